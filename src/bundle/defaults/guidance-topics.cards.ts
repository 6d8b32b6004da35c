/**
 * The built-in guidance topics' cards (each topic without its text: cardsOf) in English and
 * Welsh, which the index of a Welsh page loads first. The library build writes this module as
 * that list, data alone (build/english-only.mjs), so its chunk holds only the cards.
 */
import { cardsOf, DEFAULT_TOPICS } from './guidance-topics.js';

export const DEFAULT_TOPIC_CARDS = cardsOf(DEFAULT_TOPICS);
