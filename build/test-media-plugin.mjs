/**
 * A web-test-runner plugin for what @web/test-runner-commands' emulateMedia cannot do with the
 * Chrome launcher (puppeteer): forced colours (Windows High Contrast). From a test:
 * `executeServerCommand('forced-colors', { active: true, dark: true })` (see test/helpers-media.ts);
 * `dark` asks for the dark palette (prefers-color-scheme: dark) as well. Replaces other emulated media features.
 */
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced colours: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: payload?.active ? 'active' : 'none' },
        { name: 'prefers-color-scheme', value: payload?.dark ? 'dark' : 'light' },
      ]);
      return true;
    },
  };
}
