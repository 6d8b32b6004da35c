import '../ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
import { define } from '../ui/define.js';
import { ParentGuidance } from './parent-guidance.js';

define('parent-guidance', ParentGuidance);

export { ParentGuidance };
export type * from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'parent-guidance': ParentGuidance;
  }
}
