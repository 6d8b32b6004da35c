/**
 * The lists of values the schema allows (ages, audiences, symbols, contact roles, ways of
 * sending), without zod: the elements use them on every page, and the schema files build
 * their enums from them.
 */

/** Ages (pupil key stages) used to tag agreements and quiz questions. */
export const AGES = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4'] as const;

/** Adult audiences of agreements. */
export const ADULTS = ['staff', 'volunteer', 'governor', 'parent', 'visitor'] as const;

/** The built-in symbols (src/ui/symbols.ts draws them). */
export const SYMBOLS = [
  'ask-adult',
  'tell-adult',
  'keep-private',
  'be-kind',
  'stop-think',
  'screen-time',
  'trusted-sites',
  'password',
  'camera',
  'friends',
  'home',
  'gift',
  'game',
  'video',
] as const;

export const CONTACT_ROLES = [
  'dsl',
  'deputy-dsl',
  'online-safety-lead',
  'headteacher',
  'safeguarding-governor',
  'office',
  'it-support',
  'trusted-adult',
  'organisation',
  'other',
] as const;

export const ENDPOINT_RULE = 'must be an https:// address (plain http:// only for localhost)';

export const FORMATS = ['text', 'json', 'form'] as const;

/** What counts as accepted: any 2xx that does not say it failed (`status`), or only an answer echoing the id (`id`). */
export const CONFIRMS = ['status', 'id'] as const;

/** The audiences an agreement is for. */
export const audiencesOf = (a: { audience?: string; audiences?: readonly string[] }): readonly string[] => a.audiences ?? (a.audience ? [a.audience] : []);
