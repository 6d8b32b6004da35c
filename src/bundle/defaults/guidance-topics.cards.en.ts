/**
 * The built-in guidance topics' cards for pages not in Welsh: the library build writes this
 * module as the cards with their English text only (build/english-only.mjs).
 */
export { DEFAULT_TOPIC_CARDS } from './guidance-topics.cards.js';
