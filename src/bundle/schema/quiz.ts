import * as z from 'zod/mini';
import { Age, Id, LocalText, RichText } from './common.js';

/** One of the code's actions: by default ZIP IT, BLOCK IT, FLAG IT. */
export const QuizAction = z.object({
  id: Id,
  label: LocalText,
  meaning: LocalText,
});

export const Question = z.object({
  id: Id,
  ages: z.optional(z.array(Age)),
  scenario: RichText,
  /** The id of the best action. */
  answer: Id,
  explanation: RichText,
});

export const Quiz = z.object({
  actions: z.optional(z.array(QuizAction)),
  questions: z.optional(z.array(Question)),
  credit: z.optional(RichText),
});
