import * as z from 'zod/mini';
import { Age, Id, IntRange, LocalText, RichText, SymbolRef } from './common.js';

/** One of the code's actions: by default ZIP IT, BLOCK IT, FLAG IT. */
export const QuizAction = z.object({
  id: Id,
  label: LocalText,
  meaning: LocalText,
  /** A built-in symbol name or an image URL. */
  symbol: z.optional(SymbolRef),
});

/** The "4 Cs" of online risk, for tagging questions and concerns. */
export const FourC = z.enum(['content', 'contact', 'conduct', 'commerce']);

export const Question = z.object({
  id: Id,
  ages: z.optional(z.array(Age)),
  about: z.optional(FourC),
  scenario: RichText,
  /** A picture for the scenario (picture-led questions for the youngest). */
  symbol: z.optional(SymbolRef),
  symbolAlt: z.optional(LocalText),
  /** The id of the best action. */
  answer: Id,
  explanation: RichText,
});

export const Quiz = z.object({
  actions: z.optional(z.array(QuizAction)),
  questions: z.optional(z.array(Question)),
  credit: z.optional(RichText),
  /** How many questions one attempt asks (default: all for the age). */
  count: z.optional(IntRange(1)),
  /** Score needed to continue when the quiz is a step of an agreement (default: none). */
  passMark: z.optional(IntRange(0)),
  /** Send each result through the outbox as kind "quiz" (no name is collected). */
  submitResults: z.optional(z.boolean()),
});
