import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Member {
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The manifest with only the public API: Storybook's docs table and controls would otherwise
 * list private and protected fields (query, model, result, locale…) as if they were settable.
 */
function publicApi(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((x) => (!x.privacy || x.privacy === 'public') && !x.static),
      })),
    })),
  };
}

// Attributes, properties, events, slots, CSS parts and CSS properties for the docs page and the
// controls come from the Custom Elements Manifest (`npm run analyze`).
setCustomElementsManifest(publicApi(manifest as Manifest));

/** Rows of the docs table that are documentation only: no control (Storybook would offer an object editor). */
const DOC_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, t]) => [
          name,
          DOC_ONLY.has(String(t.table?.category)) ? { ...t, control: false as const } : t,
        ]),
      ),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
