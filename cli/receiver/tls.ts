import { createPrivateKey, X509Certificate } from 'node:crypto';
import { FileError, readInput } from '../files.js';

/**
 * The certificate and key for `receive --tls-cert … --tls-key …`, checked before the server
 * starts, so a mistake is named in words (which file, what is wrong) rather than as an OpenSSL
 * code: a missing file, a file that is not PEM, a key that belongs to another certificate, a
 * certificate that has expired or is not valid yet. `now` is for tests.
 */
export async function readTls(certFile: string, keyFile: string, now = new Date()): Promise<{ cert: Buffer; key: Buffer; validTo: string }> {
  const cert = await read(certFile, '--tls-cert');
  const key = await read(keyFile, '--tls-key');
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new FileError(`--tls-cert "${certFile}" is not a certificate in PEM form (a text file starting "-----BEGIN CERTIFICATE-----")${/PRIVATE KEY-----/.test(cert.toString('latin1')) ? ': it holds a private key — did you swap --tls-cert and --tls-key?' : ''}`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new FileError(`--tls-key "${keyFile}" is not a private key in PEM form (a text file starting "-----BEGIN PRIVATE KEY-----"), or it is protected by a passphrase — give the key without one`);
  }
  if (!x509.checkPrivateKey(privateKey)) throw new FileError(`the key in "${keyFile}" does not belong to the certificate in "${certFile}" — give the key that was made with that certificate`);
  const from = new Date(x509.validFrom);
  const to = new Date(x509.validTo);
  if (to < now) throw new FileError(`the certificate in "${certFile}" expired on ${to.toISOString().slice(0, 10)} — renew it (and restart the receiver with the new files)`);
  if (from > now) throw new FileError(`the certificate in "${certFile}" is not valid until ${from.toISOString().slice(0, 10)} — check the computer's clock, or the certificate`);
  return { cert, key, validTo: to.toISOString().slice(0, 10) };
}

/** A file the user named, with the flag that named it in any message. */
const read = (file: string, flag: string): Promise<Buffer> =>
  readInput(file).catch((e: Error) => {
    throw new FileError(`${flag}: ${e.message}`);
  });
