import { msg } from '@lit/localize';
import { html } from 'lit/static-html.js';
import { headingTag } from '../ui/heading.js';
import type { Agreement } from '../bundle/types.js';
import type { SubmitState } from '../submit/types.js';
import { formatDate } from '../text/dates.js';
import { rich } from '../text/render.js';
import { inLang, localText, say } from '../ui/local-text.js';
import { definitions, receipt } from '../ui/receipt.js';
import { blockLabel, fieldLabel } from './labels.js';
import type { AgreementData } from './model.js';

/**
 * What someone sees once their agreement is sent, or saved and waiting to send: an honest
 * status, and a printable receipt: the agreement, what they agreed to (statements and the
 * consents given), the names typed, the date and the reference (the envelope id).
 */
export function receiptView(a: Agreement, s: SubmitState, lang: string, again: () => void, level: number, base?: string) {
  const d = s.envelope.data as unknown as AgreementData;
  const lc = { lang, base };
  const sent = s.state === 'sent';
  return receipt(
    { heading: sent ? msg('Thank you: your agreement has been sent') : msg('Waiting to send'), waiting: !sent, level, lang, print: msg('Print'), restart: msg('Fill in a new form'), again },
    html`${sent
        ? ''
        : html`<p role="status">${s.state === 'waiting' && !s.stored
            ? msg('Please keep this page open until it is sent.')
            : msg('Saved on this device. It will be sent automatically when the connection is back.')}</p>`}
      <${headingTag(level + 1)}>${say(a.title, lc)}</${headingTag(level + 1)}>
      <ul>${[...a.statements.filter((x) => d.statements.includes(x.id)), ...(a.consents ?? []).filter((c) => d.consents[c.id])].map((x) => {
        const [t, tl] = localText(x.text, lc);
        return html`<li>${inLang(rich(t), tl, lang)}</li>`;
      })}</ul>
      ${definitions([
        ...(a.signatures ?? []).flatMap((b) => b.fields.filter((f) => d.signatures[b.id]?.[f.id]).map((f) => [`${blockLabel(b, lang)}: ${fieldLabel(f, lang)}`, d.signatures[b.id][f.id]] as const)),
        [msg('Date'), formatDate(d.date, lang)],
        [msg('Reference'), s.envelope.id],
      ])}`,
  );
}
