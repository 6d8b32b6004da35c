/**
 * Type test, compiled by `npm run typecheck` (tsc), never run: what an npm user's TypeScript
 * accepts and refuses. Each `@ts-expect-error` fails the typecheck if the line after it compiles.
 */
import {
  AupForm,
  EsafetyPolicy,
  EsafetyQuiz,
  ParentGuidance,
  ReportConcern,
  type BundleInput,
  type QuizResult,
  type SubmitFailedDetail,
} from '../../src/index.js';

declare const expectType: <T>(value: T) => void;

// Tags map to their classes.
const form = document.createElement('aup-form');
expectType<AupForm>(form);
expectType<EsafetyPolicy>(document.createElement('esafety-policy'));
expectType<EsafetyQuiz>(document.createElement('esafety-quiz'));
expectType<ReportConcern>(document.createElement('report-concern'));
expectType<ParentGuidance | null>(document.querySelector('parent-guidance'));

// age, audience and format take their own values only.
form.age = 'ks2';
// @ts-expect-error 'ks9' is not an age
form.age = 'ks9';
form.audience = 'staff';
// @ts-expect-error 'teacher' is not an audience ('staff' is)
form.audience = 'teacher';
form.format = 'json';
// @ts-expect-error 'xml' is not a format
form.format = 'xml';
const quiz = document.createElement('esafety-quiz');
quiz.age = 'send';
// @ts-expect-error the quiz has no 'staff' set
quiz.age = 'staff';
// @ts-expect-error 'csv' is not a format
document.createElement('report-concern').format = 'csv';

// bundle: the bundle as a page writes it (every part optional), or its JSON text.
const bundle: BundleInput = { school: { name: 'Larkspur Lane Primary School' }, submit: { endpoint: '/forms', format: 'form' } };
form.bundle = bundle;
form.bundle = '{"school": {"name": "Larkspur Lane Primary School"}}';
// @ts-expect-error a policy needs a title and sections
document.createElement('esafety-policy').bundle = { policy: { titel: 'Online safety' } };
// @ts-expect-error submit.format is one of text, json, form
form.bundle = { submit: { format: 'xml' } };
// @ts-expect-error not a bundle
form.bundle = 42;

// Every event is declared with its detail: no casts.
form.addEventListener('esafety-submit', (e) => {
  expectType<string>(e.detail.envelope.id);
  expectType<boolean>(e.cancelable);
  // @ts-expect-error esafety-submit has no status yet
  void e.detail.status;
});
form.addEventListener('esafety-submitted', (e) => {
  expectType<number>(e.detail.status);
  expectType<string>(e.detail.envelope.kind);
  // @ts-expect-error a sent envelope has no error
  void e.detail.error;
});
form.addEventListener('esafety-submit-failed', (e) => {
  const d: SubmitFailedDetail = e.detail;
  expectType<string>(d.error);
  expectType<boolean>(d.willRetry);
  // @ts-expect-error willRetry is a boolean
  expectType<string>(e.detail.willRetry);
});
form.addEventListener('esafety-bundle-error', (e) => {
  expectType<string>(e.detail.source);
  expectType<string>(e.detail.issues[0].path);
  // @ts-expect-error issues carry path and message, not line
  void e.detail.issues[0].line;
});
quiz.addEventListener('esafety-quiz-complete', (e) => {
  const r: QuizResult = e.detail;
  expectType<number>(r.score + r.total);
  expectType<boolean>(r.answers[0].right);
  // @ts-expect-error the result has score and total, not percent
  void e.detail.percent;
});
// Bubbling events reach listeners on any ancestor, typed the same.
document.body.addEventListener('esafety-submitted', (e) => expectType<number>(e.detail.status));
