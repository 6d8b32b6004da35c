import { expect, waitUntil } from '@open-wc/testing';

// dist/esafety-elements.js uploaded without dist/chunks/: it still loads (it imports nothing up
// front) and says, where each element would be and in the console, what to upload. A copy of
// the built script at a blob: address stands in for that server: no chunk can be found beside it.
describe('dist/esafety-elements.js without its chunks', () => {
  it('shows why in place of the element and in the console, and tries again on the next use', async () => {
    const code = await (await fetch('/dist/esafety-elements.js')).text();
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const errors: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.append(document.createElement('report-concern'));
      const mod = await import(/* @vite-ignore */ url);
      await waitUntil(() => box.querySelector('report-concern > [data-esafety-missing]'), 'no message shown', { timeout: 5000 });
      const shown = box.querySelector('report-concern > [data-esafety-missing]')!;
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(shown.textContent).to.contain('put the whole dist folder on the server, not only esafety-elements.js');
      expect(errors.join('\n')).to.contain('the code of <report-concern> could not be loaded');
      expect(customElements.get('report-concern')).to.equal(undefined);
      // Not remembered as failed: the next attempt fetches again (and fails again here), with one message per element.
      let failed = false;
      await mod.loadElement('report-concern').catch(() => (failed = true));
      expect(failed).to.equal(true);
      expect(box.querySelectorAll('[data-esafety-missing]')).to.have.length(1);
    } finally {
      console.error = original;
      box.remove();
      URL.revokeObjectURL(url);
    }
  });
});
