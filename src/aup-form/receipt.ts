import { msg } from '@lit/localize';
import { html } from 'lit/static-html.js';
import { announce } from '../ui/announce.js';
import { headingTag } from '../ui/heading.js';
import type { Agreement } from '../bundle/types.js';
import type { Envelope, SubmitState } from '../submit/types.js';
import { formatDate } from '../text/dates.js';
import { pick } from '../text/local.js';
import { plainText } from '../text/markup.js';
import { rich } from '../text/render.js';
import { inLang, localText, say } from '../ui/local-text.js';
import { definitions } from '../ui/form.js';
import { keptText, receipt } from '../ui/receipt.js';
import { blockLabel, fieldLabel } from './labels.js';
import type { AgreementData } from './model.js';

/** "Save a copy" while it is not sent (ui/copy.ts), for the element, which loads it with this module. */
export { saveLink, TextCopy } from '../ui/copy.js';

/** What was agreed to (statements and the consents given) and the names, date and reference, as shown on the receipt. */
function parts(a: Agreement, env: Envelope, lang: string) {
  const d = env.data as unknown as AgreementData;
  const agreed = [...a.statements.filter((x) => d.statements.includes(x.id)), ...(a.consents ?? []).filter((c) => d.consents[c.id])].map((x) => pick(x.text, lang));
  const rows: [string, string][] = [
    ...(a.signatures ?? []).flatMap((b) => b.fields.filter((f) => d.signatures[b.id]?.[f.id]).map((f): [string, string] => [`${blockLabel(b, lang)}: ${fieldLabel(f, lang)}`, d.signatures[b.id][f.id]])),
    [msg('Date'), formatDate(d.date, lang)],
    [msg('Reference'), env.id],
  ];
  return { title: pick(a.title, lang), agreed, rows };
}

/** The agreement as plain text, for "Save a copy". */
export function agreementText(a: Agreement, env: Envelope, lang: string, school: string): string {
  const p = parts(a, env, lang);
  return [...[school, p.title].filter(Boolean), '', ...p.agreed.map((t) => `- ${plainText(t)}`), '', msg('I have read this and I agree'), '', ...p.rows.map(([k, v]) => `${k}\n${v}\n`)].join('\n');
}

/**
 * What someone sees once their agreement is sent, or waiting to send: an honest status ("Saved
 * on this device" only when it is), and a printable receipt: the agreement, what they agreed to,
 * the names typed, the date and the reference (the envelope id). `save`: the "Save a copy" link
 * while it is not sent.
 */
export function receiptView(a: Agreement, s: SubmitState, lang: string, again: () => void, level: number, save: unknown, apart?: string, base?: string) {
  const d = s.envelope.data as unknown as AgreementData;
  const lc = { lang, base };
  const sent = s.state === 'sent';
  const stored = 'stored' in s && !!s.stored;
  const p = parts(a, s.envelope, lang);
  return receipt(
    { heading: sent ? msg('Thank you: your agreement has been sent') : msg('Waiting to send'), waiting: !sent, level, lang, apart, print: msg('Print'), restart: msg('Fill in a new form'), again, actions: sent ? undefined : save },
    html`${sent
        ? ''
        : html`<p role="status" ${announce(keptText(stored))}></p>${stored ? '' : html`<p>${msg('If you cannot keep this page open, print or save a copy of your agreement.')}</p>`}`}
      <${headingTag(level + 1)}>${say(a.title, lc)}</${headingTag(level + 1)}>
      <ul>${[...a.statements.filter((x) => d.statements.includes(x.id)), ...(a.consents ?? []).filter((c) => d.consents[c.id])].map((x) => {
        const [t, tl] = localText(x.text, lc);
        return html`<li>${inLang(rich(t), tl, lang)}</li>`;
      })}</ul>
      ${definitions(p.rows)}`,
  );
}
