/**
 * esafety-elements: everything in one module. Importing it registers every element.
 * (Each later element adds its import here.)
 */
import './ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
export * from './esafety-policy/index.js';
export * from './aup-form/index.js';
export * from './esafety-quiz/index.js';
export * from './report-concern/index.js';
export * from './parent-guidance/index.js';
export * from './bundle/index.js';
export type * from './events.js';
