/**
 * A web-test-runner plugin for what @web/test-runner-commands' emulateMedia cannot do with the
 * Chrome launcher (puppeteer): forced colours (Windows High Contrast). From a test:
 * `executeServerCommand('forced-colors', { active: true })` (see test/helpers-media.ts).
 */
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced colours: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
