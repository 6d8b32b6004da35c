import type { Question } from '../bundle/types.js';

/** One answered question, as the `esafety-quiz-complete` event and a quiz envelope carry it. */
export interface QuizAnswer {
  /** The question's id. */
  question: string;
  /** The id of the action chosen. */
  chosen: string;
  /** The id of the best action. */
  answer: string;
  right: boolean;
}

/** Detail of the `esafety-quiz-complete` event. */
export interface QuizResult {
  score: number;
  total: number;
  answers: QuizAnswer[];
  /** The age set asked (eyfs, ks1 …), when the element has one. */
  age?: string;
}

/** A repeatable random sequence in [0, 1) from a seed (mulberry32), for tests and stories. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The questions for an age (untagged questions suit every age; no age means all of them). */
export const questionsFor = (pool: readonly Question[], age?: string): Question[] =>
  pool.filter((q) => !age || !q.ages || q.ages.includes(age as never));

/** One attempt's questions: shuffled, and cut to `count` when the bundle sets one. */
export const attempt = (pool: readonly Question[], age: string | undefined, count: number | undefined, random: () => number): Question[] =>
  shuffle(questionsFor(pool, age), random).slice(0, count);

/** Mark one answer. */
export const mark = (q: Question, chosen: string): QuizAnswer => ({ question: q.id, chosen, answer: q.answer, right: q.answer === chosen });
