import { msg } from '@lit/localize';
import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { headingTag } from '../ui/heading.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { Envelope, SubmitState } from '../submit/types.js';
import { formatDate, today } from '../text/dates.js';
import { announce } from '../ui/announce.js';
import { contactList } from '../ui/contact-list.js';
import { definitions } from '../ui/form.js';
import { keptText, receipt } from '../ui/receipt.js';
import { DETAILS, detailLabel, roleLabel, whatLabel } from './labels.js';
import { readers, routesFor, type ConcernData } from './model.js';
import { readersView, routesView, urgentView } from './routes.js';

/** "Save a copy" while it is not sent (ui/copy.ts), for the element, which loads it with this module. */
export { saveLink, TextCopy } from '../ui/copy.js';

/**
 * The report as label and value pairs, laid out for the DSL to copy into the school's
 * safeguarding record: when, the reference, who reported, the kind, what happened, the
 * details given, and the name and contact or "Anonymous".
 */
export function summary(env: Envelope, lang: string): [string, string][] {
  const d = env.data as unknown as ConcernData;
  const t = new Date(env.submittedAt);
  return [
    [msg('Date and time'), `${formatDate(today(t), lang)}, ${t.toTimeString().slice(0, 5)}`],
    [msg('Reference'), env.id],
    [msg('Reported by'), roleLabel(d.reporter)],
    [msg('Kind of concern'), d.categoryLabel || d.category],
    [whatLabel(), d.what],
    ...DETAILS.filter((k) => d[k]).map((k): [string, string] => [detailLabel(k), d[k]!]),
    [msg('Name'), d.anonymous ? msg('Anonymous') : (d.name ?? '')],
    ...(d.contact ? [[d.reporter === 'pupil' ? msg('Class') : msg('Contact'), d.contact] as [string, string]] : []),
  ];
}

/** The summary as plain text, for "Save a copy". */
export const plainSummary = (env: Envelope, lang: string, school: string): string =>
  [school, msg('Report a concern'), '', ...summary(env, lang).map(([k, v]) => `${k}\n${v}\n`)].join('\n');

/**
 * After "Send report": sent (who reads it and when, the urgent routes again, a printable copy),
 * or not sent yet (kept trying while the page is open; print or save a copy; the school's phone
 * and email). `save`: the "Save a copy" link (not sent only).
 */
export function concernReceipt(b: ResolvedBundle, s: SubmitState, lang: string, again: () => void, level: number, save?: unknown, apart = '') {
  const sub = headingTag(level + 1);
  const d = s.envelope.data as unknown as ConcernData;
  const sent = s.state === 'sent';
  const pupil = d.reporter === 'pupil';
  // Kept in the outbox only when the outbox says the write really succeeded.
  const stored = !sent && 'stored' in s && !!s.stored;
  const people = [...new Set([...readers(b), ...(b.school?.contacts ?? []).filter((x) => x.role === 'office')])];
  return receipt(
    {
      heading: sent ? (pupil ? msg('Thank you for telling us') : msg('Thank you: your report has been sent')) : msg('Not sent yet'),
      waiting: !sent,
      level,
      lang,
      print: msg('Print a copy'),
      restart: msg('Report something else'),
      // Not sent and kept nowhere else: no "Report something else" until it is sent.
      again: sent || stored ? again : undefined,
      apart,
      actions: sent ? nothing : save,
    },
    html`<p
        role="status"
        ${announce(
          sent
            ? pupil
              ? msg('You did the right thing by telling us.')
              : msg('The school has your report.')
            : `${msg('Your report has not reached the school yet.')} ${keptText(stored)}`,
        )}
      ></p>
      ${sent
        ? readersView(b, lang)
        : html`<p>${msg('If you cannot keep this page open, print or save a copy of your report.')}</p>
            ${people.length ? html`<p>${msg('You can also contact the school:')}</p>${contactList(people, { lang })}` : nothing}`}
      ${urgentView(b, lang, sub, apart)} ${routesView(routesFor(b.concern.routes, d.reporter, d.category), { lang, base: b.defaultLocale }, false, sub, apart)}
      <${sub}>${msg('Copy of the report')}</${sub}>
      ${definitions(summary(s.envelope, lang))}`,
  );
}
