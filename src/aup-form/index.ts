import '../ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
import { define } from '../ui/define.js';
import { AupForm } from './aup-form.js';

define('aup-form', AupForm);

export { AupForm };
export type { AgreementData } from './model.js';
export type * from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aup-form': AupForm;
  }
}
