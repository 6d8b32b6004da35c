import type { ResolvedBundle } from '../bundle/merge.js';
import { isBuiltInAgreement } from '../bundle/resolve.js';
import { audiencesOf } from '../bundle/schema/values.js';
import type { Agreement } from '../bundle/types.js';
import type { Field, SignatureBlock } from './labels.js';

/** What the person has filled in so far. */
export interface AgreementInput {
  /** Ids of the statements ticked. */
  agreed: ReadonlySet<string>;
  /** Typed values by field element id (see fieldId). */
  values: Readonly<Record<string, string>>;
  consents: Readonly<Record<string, boolean>>;
  /** The "I have read and agree" tick. */
  read: boolean;
  /** The honeypot field: empty from a person. */
  trap: string;
}

/** Nothing filled in yet. */
export const blank = (): AgreementInput => ({ agreed: new Set(), values: {}, consents: {}, read: false, trap: '' });

/** `data` of an agreement's envelope. */
export interface AgreementData {
  agreementId: string;
  /** Ids of the statements agreed to (all of them). */
  statements: string[];
  /** Typed values: signature block id → field id → value. */
  signatures: Record<string, Record<string, string>>;
  /** Consent id → given or not. */
  consents: Record<string, boolean>;
  /** The day it was signed, YYYY-MM-DD. */
  date: string;
  /** Hash of the statements as shown (in the shown language, one per line): see submit/hash.ts. */
  textHash: string;
  /** The quiz taken before signing, when the agreement requires it. */
  quiz?: { score: number; total: number };
}

/** Element ids (ids in the bundle cannot contain ".", so these never collide). */
export const fieldId = (b: SignatureBlock, f: Field): string => `f-${b.id}.${f.id}`;
export const statementId = (id: string): string => `st-${id}`;
export const consentId = (id: string): string => `c-${id}`;

/** Which agreement a form shows for an audience, and whether it is a built-in one standing in for the school's. */
export interface AgreementChoice {
  agreement?: Agreement;
  /** True when the bundle has agreements, none for this audience, and allows the built-in one. */
  fallback?: boolean;
  /** The audiences the school's own agreements are for (when it has any). */
  own: string[];
}

/**
 * The school's agreement for an audience (the last one given). A bundle with no agreements of
 * its own uses the built-in ones; one with agreements, but none for this audience, uses the
 * built-in one only with `agreementFallback: true`. `send` takes the built-in KS1 agreement.
 */
export function chooseAgreement(b: ResolvedBundle, who: string): AgreementChoice {
  const forWho = (list: readonly Agreement[], aud = who) => list.filter((a) => audiencesOf(a).includes(aud)).at(-1);
  const own = b.agreements.filter((a) => !isBuiltInAgreement(a));
  const ownAudiences = [...new Set(own.flatMap((a) => audiencesOf(a)))];
  const mine = forWho(own);
  if (mine) return { agreement: mine, own: ownAudiences };
  if (own.length && !b.agreementFallback) return { own: ownAudiences };
  const builtIn = forWho(b.agreements) ?? (who === 'send' ? forWho(b.agreements, 'ks1') : undefined);
  return { agreement: builtIn, fallback: own.length > 0 && !!builtIn, own: ownAudiences };
}
