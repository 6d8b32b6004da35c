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
  // Stories that load a bundle by URL (`src`) fetch these, in `storybook dev` and in the static build.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
};

export default config;
