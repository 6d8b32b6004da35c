import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook 10 for the elements. It extends the project's vite.config.ts (dev server only);
// decorators need no extra plugin because tsconfig uses experimentalDecorators, which Oxc lowers.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs: the autodocs page per element (attributes, properties, events, parts and CSS
  // properties from custom-elements.json) and each story's description. No network at runtime.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Storybook's web-components renderer imports lit/directive-helpers.js, which nothing else
  // imports; unless it is pre-bundled with lit, `storybook dev` loads a second copy of lit-html
  // ("Multiple versions of Lit loaded"). The static build is not affected.
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
  // Bundles the stories load by URL (`src="bundles/policy.json"`), in `storybook dev` and in the
  // static build. Not mounted at /demo: in dev that would shadow Vite's own /demo/policy.json,
  // which the stories also import as a module (the static server would answer with raw JSON).
  staticDirs: [
    { from: '../demo/policy.json', to: '/bundles/policy.json' },
    { from: '../demo/broken.json', to: '/bundles/broken.json' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
};

export default config;
