// An email to the DSL when a concern arrives (nodemailer over SMTP). The email says that a
// concern arrived and where to read it: no name, class or words of the report, in the subject
// or anywhere else (email is copied, forwarded and previewed on lock screens).

import type { Stored } from './store.js';

export interface MailSettings {
  /** nodemailer's SMTP URL: smtp://user:pass@host:587 or smtps://… */
  smtp: string;
  to: string;
  from: string;
  /** The receiver's address for the link to the inbox. */
  publicUrl: string | (() => string);
}

export interface Notifier {
  concern(e: Stored): Promise<void>;
  close(): void;
}

export async function mailer(s: MailSettings): Promise<Notifier> {
  let nodemailer: typeof import('nodemailer');
  try {
    nodemailer = (await import('nodemailer')).default as unknown as typeof import('nodemailer');
  } catch {
    throw new Error('Email notifications need the "nodemailer" package: npm install nodemailer');
  }
  const transport = nodemailer.createTransport(s.smtp);
  return {
    async concern(e) {
      const d = e.envelope.data as Record<string, unknown>;
      const link = new URL(`/inbox/concerns/${e.id}`, typeof s.publicUrl === 'function' ? s.publicUrl() : s.publicUrl).href;
      await transport.sendMail({
        from: s.from,
        to: s.to,
        subject: `New online-safety concern${e.school ? ` for ${e.school}` : ''}`,
        text: [
          `A concern was reported on ${e.submittedAt.replace('T', ' ').slice(0, 16)} UTC and is waiting in the inbox.`,
          typeof d.categoryLabel === 'string' ? `Kind of concern: ${d.categoryLabel}` : '',
          '',
          'For safety the report itself is not in this email. Read it, signed in, at:',
          link,
          '',
          `Reference: ${e.id}`,
        ]
          .filter((l, i, a) => l !== '' || a[i - 1] !== '')
          .join('\n'),
      });
    },
    close: () => transport.close(),
  };
}
