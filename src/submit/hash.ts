// Not in envelope.ts: only the agreement form uses it, on its first submit (aup-form/signing.ts),
// and envelope.ts goes in the chunk both forms load before they show (vite.config.ts, forms).

/**
 * A fingerprint of the text someone agreed to: "sha256:<hex>". Pages without a secure context
 * have no crypto.subtle; they get "fnv1a:<hex>" (not for security, only to tell texts apart).
 */
export async function hashText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (crypto.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return `sha256:${[...digest].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  }
  let h = 0x811c9dc5;
  for (const x of bytes) h = Math.imul(h ^ x, 0x01000193) >>> 0;
  return `fnv1a:${h.toString(16).padStart(8, '0')}`;
}
