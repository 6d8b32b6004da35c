import { msg } from '@lit/localize';
import type { Agreement } from '../bundle/types.js';
import { pick } from '../text/local.js';

export type SignatureBlock = NonNullable<Agreement['signatures']>[number];
export type Field = SignatureBlock['fields'][number];

/** A signature block's heading: the bundle's label, else one for who signs. */
export const blockLabel = (b: SignatureBlock, lang: string): string =>
  b.label ? pick(b.label, lang) : { pupil: msg('Pupil'), parent: msg('Parent or carer'), adult: msg('Your details') }[b.signer];

/** A field's label: the bundle's, else one for its kind. */
export const fieldLabel = (f: Field, lang: string): string =>
  f.label
    ? pick(f.label, lang)
    : {
        name: msg('Full name'),
        'first-name': msg('First name'),
        'child-name': msg('Child’s name'),
        class: msg('Class'),
        role: msg('Role'),
        text: msg('Details'),
        signature: msg('Signed (type your full name)'),
      }[f.kind];

/** Name fields are required unless the bundle says not; free text is optional unless it says so. */
export const isRequired = (f: Field): boolean => f.required ?? f.kind !== 'text';

/** Browser autofill only for the signer's own name and role, never for a child's details. */
export const autocomplete = (b: SignatureBlock, f: Field): string =>
  (b.signer !== 'pupil' && { name: 'name', signature: 'name', role: 'organization-title' }[f.kind as string]) || 'off';
