// custom-elements.json: `npm run analyze`. Modules are sorted by path so the file is the same
// whatever order the file system lists them in (CI checks it is up to date). Attribute and event
// types are filled in from a TypeScript program of the same files (build/cem-types.mjs).
import { programModules, typesPlugin } from './build/cem-types.mjs';

const types = {};

export default {
  globs: ['src/**/*.ts'],
  // src/embed is embed.html's page script and src/builder the builder page's: not part of the element library.
  exclude: ['src/i18n/generated/**', 'src/bundle/generated/**', 'src/**/*.test.ts', 'src/embed/**', 'src/builder/**'],
  litelement: true,
  overrideModuleCreation: programModules(types),
  plugins: [
    typesPlugin(types),
    {
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
