import '../ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
import { define } from '../ui/define.js';
import { EsafetyQuiz } from './esafety-quiz.js';

define('esafety-quiz', EsafetyQuiz);

export { EsafetyQuiz };
export type { QuizAnswer, QuizResult } from './model.js';
export type * from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'esafety-quiz': EsafetyQuiz;
  }
}
