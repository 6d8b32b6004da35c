import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { announce } from '../ui/announce.js';
import { headingTag } from '../ui/heading.js';
import type { ResolvedBundle } from '../bundle/merge.js';
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

import { saveLink, TextCopy } from '../ui/copy.js';

/** Each form's "Save a copy" file (a blob: URL in the browser's memory), until it forgets it. */
const copies = new WeakMap<object, TextCopy>();

/** Lets go of the copy `form` offered (when it goes from the page, or starts afresh). */
export const forgetCopy = (form: object): void => copies.get(form)?.forget();

/**
 * What `form` shows of its submission `s`: the receipt (`view`) while it is sent, waiting to
 * send, or tried again later (not while it is first sending, `busy`: the form shows, busy);
 * and while it is not sent, "Save a copy" (`save`: in the receipt, or over the kept form once
 * given up).
 */
export function afterSubmit(
  form: object,
  o: { a: Agreement; b: ResolvedBundle; s: SubmitState; lang: string; busy: boolean; again: () => void; level: number; apart: () => string | undefined },
): { view?: TemplateResult; save?: unknown } {
  const { a, b, s, lang } = o;
  let copy = copies.get(form);
  if (!copy) copies.set(form, (copy = new TextCopy()));
  const save = s.state !== 'sent' && saveLink(copy.url(s.envelope.id, () => agreementText(a, s.envelope, lang, pick(b.school?.name, lang))), 'agreement', s.envelope.submittedAt);
  const shows = s.state === 'sent' || s.state === 'waiting' || (s.state === 'sending' && !o.busy);
  return { view: shows ? receiptView(a, s, lang, o.again, o.level, save, o.apart(), b.defaultLocale) : undefined, save };
}

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
