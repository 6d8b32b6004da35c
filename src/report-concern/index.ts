import '../ui/trusted-types-guard.js'; // first, before Lit: explains a Trusted Types refusal (see the file)
import { define } from '../ui/define.js';
import { ReportConcern } from './report-concern.js';

define('report-concern', ReportConcern);

export { ReportConcern };
export type { ConcernData } from './model.js';
export type * from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'report-concern': ReportConcern;
  }
}
