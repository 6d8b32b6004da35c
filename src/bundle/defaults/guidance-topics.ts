import type { Topic } from '../types.js';

/** The built-in guidance topics for parents and carers (English and Welsh). */
export const DEFAULT_TOPICS: Topic[] = [];
