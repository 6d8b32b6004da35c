import type { ArgTypes } from '@storybook/web-components-vite';

/** A story's description on its docs page (what a school admin sees in that state). */
export const describe = (story: string) => ({ docs: { description: { story } } });

type Control = { control: 'text' } | { control: 'select'; options: string[] };
const attr = (description: string, control: Control = { control: 'text' }) => ({ ...control, description, table: { category: 'attributes' } });
const select = (options: string[]): Control => ({ control: 'select', options: ['', ...options] });

/** The controls every element shares: where the bundle comes from and the language. */
export const bundleArgTypes: ArgTypes = {
  src: attr('URL of the policy bundle (JSON), e.g. `bundles/policy.json`.'),
  lang: attr('Language of the element (else the closest `lang` ancestor, else the bundle default).', select(['en-GB', 'cy'])),
  bundle: { control: false, description: 'The bundle as an object or JSON text. Wins over `src`.', table: { category: 'properties' } },
};

/** …and those of the elements that send: where to and how. */
export const submitArgTypes: ArgTypes = {
  endpoint: attr('Where submissions go (else the bundle’s `submit.endpoint`): https, or http on localhost. Any other address is refused when the element loads.'),
  format: attr('How the envelope is sent: `text` (default), `json` or `form`.', select(['text', 'json', 'form'])),
};

/** The submission events, for the Actions panel. */
export const submitEvents = ['esafety-submit', 'esafety-submitted', 'esafety-submit-failed', 'esafety-bundle-error'];
