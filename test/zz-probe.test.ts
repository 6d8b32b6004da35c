import { fixture, html } from '@open-wc/testing';
import '../src/esafety-policy/index.js';
describe('probe', () => {
  it('hash initial', async () => {
    const errs: string[] = [];
    window.addEventListener('error', (e) => errs.push(e.message));
    window.addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
    history.replaceState(null, '', '#%E0%A4%A');
    const b = { policy: { title: 'T', sections: [{ title: 'S', blocks: [{ type: 'paragraph', text: 'x' }] }] } };
    let el: any;
    try { el = await fixture<any>(html`<esafety-policy .bundle=${b}></esafety-policy>`); } catch (e) { errs.push('fixture threw ' + e); }
    await new Promise((r) => setTimeout(r, 200));
    console.log('article?', !!el?.shadowRoot?.querySelector('article'), el?.shadowRoot?.innerHTML.length);
    history.replaceState(null, '', location.pathname);
    console.log('errors', JSON.stringify(errs));
  });
});
