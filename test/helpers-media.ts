import { executeServerCommand } from '@web/test-runner-commands';

/** Turn forced colours (Windows High Contrast) on or off for this page (build/test-media-plugin.mjs). */
export const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });
