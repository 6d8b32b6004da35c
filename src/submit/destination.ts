import type { ResolvedBundle } from '../bundle/merge.js';
import { isAllowedEndpoint } from '../bundle/schema/rules.js';
import { CONFIRMS, ENDPOINT_RULE, FORMATS } from '../bundle/schema/values.js';
import type { BundleIssue } from '../bundle/types.js';
import { isSchemeRelative } from '../text/urls.js';
import type { Confirm, Destination, Format } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15000;

const fail = (path: string, message: string): { ok: false; issues: BundleIssue[] } => ({ ok: false, issues: [{ path, message }] });

/**
 * Where a form's submissions go: the endpoint, format, confirmation rule and timeout from the
 * element's attributes and the bundle, or what is wrong with them (for the element's error box,
 * before anyone fills anything in). Apart from the sending (submit/controller.ts), so that a
 * quiz that sends no result does not load that.
 */
export function submitDestination(
  bundle: ResolvedBundle,
  endpointAttr?: string | null,
  formatAttr?: string | null,
  confirmAttr?: string | null,
): { ok: true; dest: Destination } | { ok: false; issues: BundleIssue[] } {
  const raw = endpointAttr || bundle.submit?.endpoint;
  const where = endpointAttr ? 'the endpoint attribute' : 'submit.endpoint';
  if (!raw) return fail(where, 'is missing — give the address that receives the forms, in the bundle ("submit": {"endpoint": "https://…"}) or as endpoint="https://…" on the tag');
  let endpoint: string;
  try {
    endpoint = new URL(raw, document.baseURI).href;
  } catch {
    return fail(where, `"${raw}" is not a web address`);
  }
  // "//host/x" or "/\\host/x" resolve to another site: an address of its own, never a path.
  if (isSchemeRelative(raw) || !isAllowedEndpoint(endpoint)) return fail(where, `"${raw}" ${ENDPOINT_RULE}`);
  const format = (formatAttr || bundle.submit?.format || 'text') as Format;
  if (!FORMATS.includes(format)) return fail('the format attribute', `"${formatAttr}" is not a format — use one of: ${FORMATS.map((f) => `"${f}"`).join(', ')}`);
  const confirm = (confirmAttr || bundle.submit?.confirm || 'status') as Confirm;
  if (!CONFIRMS.includes(confirm))
    return fail('the confirm attribute', `"${confirmAttr}" is not a confirmation rule — use "status" (any 2xx that does not say it failed) or "id" (only an answer echoing the submission's id)`);
  return { ok: true, dest: { endpoint, format, confirm, timeoutMs: bundle.submit?.timeoutMs ?? DEFAULT_TIMEOUT_MS } };
}
