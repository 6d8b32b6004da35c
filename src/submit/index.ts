/** Submissions: envelopes, formats, and the outbox that keeps them until they are accepted. */
export type * from './types.js';
export { SubmitController, type SubmitRequest } from './controller.js';
export { createEnvelope, newId } from './envelope.js';
export { hashText } from './hash.js';
export { onOutbox, resumeOutbox, waiting } from './outbox.js';
export { encode, flatten, refusal } from './transport.js';
