import '../ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
import { define } from '../ui/define.js';
import { EsafetyPolicy } from './esafety-policy.js';

define('esafety-policy', EsafetyPolicy);

export { EsafetyPolicy };
export type * from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'esafety-policy': EsafetyPolicy;
  }
}
