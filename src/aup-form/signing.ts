import { msg, str } from '@lit/localize';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { Agreement } from '../bundle/types.js';
import type { QuizResult } from '../esafety-quiz/model.js';
import type { SubmitRequest } from '../submit/controller.js';
import { hashText } from '../submit/hash.js';
import { pick } from '../text/local.js';
import type { FieldError } from '../ui/form.js';
import { fieldLabel, isRequired } from './labels.js';
import { consentId, fieldId, statementId, type AgreementData, type AgreementInput } from './model.js';

// What the form needs only once someone signs: the check of what they filled in, and the data
// sent (submission). Loaded when the form is first used (aup-form.ts, loadSigning), not with the form, so a
// page where nobody signs does not download it (issue 14). With it, the "There is a problem" box
// that shows what the check found.

export { errorSummary } from '../ui/error-summary.js';

const tick = () => msg('Tick this box to sign');

/** The problems with the input, keyed by what they are about, in the order of the form. */
export function validate(a: Agreement, input: AgreementInput, lang: string): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  const missing = a.statements.find((s) => !input.agreed.has(s.id));
  if (missing) errors.statements = { id: statementId(missing.id), message: msg('Tick each statement') };
  for (const b of a.signatures ?? [])
    for (const f of b.fields) {
      const id = fieldId(b, f);
      if (isRequired(f) && !input.values[id]?.trim()) errors[id] = { id, message: msg(str`Fill in “${fieldLabel(f, lang)}”`) };
    }
  for (const c of a.consents ?? [])
    if (c.required && !input.consents[c.id]) errors[consentId(c.id)] = { id: consentId(c.id), message: tick() };
  if (!input.read) errors.read = { id: 'read', message: tick() };
  return errors;
}

/** The envelope data for a complete, valid input. */
export async function agreementData(a: Agreement, input: AgreementInput, lang: string, date: string): Promise<AgreementData> {
  return {
    agreementId: a.id,
    statements: a.statements.map((s) => s.id),
    signatures: Object.fromEntries(
      (a.signatures ?? []).map((b) => [b.id, Object.fromEntries(b.fields.map((f) => [f.id, input.values[fieldId(b, f)]?.trim() ?? '']))]),
    ),
    consents: Object.fromEntries((a.consents ?? []).map((c) => [c.id, !!input.consents[c.id]])),
    date,
    textHash: await hashText(a.statements.map((s) => pick(s.text, lang)).join('\n')),
  };
}

/** What is sent for a complete, valid input, by `who` on `date` (YYYY-MM-DD), with the quiz taken first (if any). */
export async function submission(a: Agreement, b: ResolvedBundle, input: AgreementInput, lang: string, who: string, date: string, quiz?: QuizResult): Promise<SubmitRequest> {
  return {
    kind: 'agreement',
    audience: who,
    locale: lang,
    school: pick(b.school?.name, lang) || undefined,
    policyVersion: b.policy?.version ?? b.version,
    honeypot: input.trap,
    data: { ...(await agreementData(a, input, lang, date)), ...(quiz && { quiz: { score: quiz.score, total: quiz.total } }) },
  };
}
