import { expect, waitUntil } from '@open-wc/testing';
import { $, byId, clickId, typeIn } from './helpers-dom.js';
import { control, records } from './receiver-client.js';

/** A frame on the page showing `src`, big enough for a form. */
const frame = (src: string) => {
  const f = document.createElement('iframe');
  f.style.width = '800px';
  f.style.height = '900px';
  f.src = src;
  document.body.append(f);
  return f;
};

/**
 * Runs `test` with the built script loaded from a blob: address, which stands in for a server with
 * dist/esafety-elements.js and no chunks beside it, and with what it writes to console.error.
 */
async function withoutChunks(test: (load: () => Promise<{ loadElement: (tag: string) => Promise<void> }>, errors: string[]) => Promise<void>) {
  const code = await (await fetch('/dist/esafety-elements.js')).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const errors: string[] = [];
  const original = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.join(' '));
  try {
    await test(() => import(/* @vite-ignore */ url), errors);
  } finally {
    console.error = original;
    URL.revokeObjectURL(url);
  }
}

// dist/esafety-elements.js uploaded without dist/chunks/: it still loads (it imports nothing up
// front) and says, where each element would be and in the console, what to upload.
describe('dist/esafety-elements.js without its chunks', () => {
  it('shows why in place of the element and in the console, and tries again on the next use', () =>
    withoutChunks(async (load, errors) => {
      const box = document.createElement('div');
      document.body.append(box);
      try {
        box.append(document.createElement('report-concern'));
        const mod = await load();
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
        box.remove();
      }
    }));

  it('a form whose sending code is missing says it was not sent, and keeps what was typed', async () => {
    await control('reset');
    // embed.html in a school's folder uploaded without chunks/submit-*.js (build/embed-test-server.mjs).
    const f = frame('/__embed/no-submit/embed.html?el=report-concern&reporter=parent');
    try {
      await waitUntil(() => f.contentDocument?.querySelector('report-concern')?.shadowRoot?.querySelector('form'), 'the form did not show', { timeout: 10000 });
      const rc = f.contentDocument!.querySelector('report-concern') as HTMLElement & { updateComplete: Promise<unknown> };
      await clickId(rc, byId(rc, 'category').value === 'contact' ? 'category' : 'category.contact');
      const what = 'Someone in a game chat asked my child for photos.';
      await typeIn(rc, 'what', what);
      await clickId(rc, 'anonymous');
      const failed = new Promise<CustomEvent>((r) => rc.addEventListener('esafety-submit-failed', (e) => r(e as CustomEvent), { once: true }));
      $(rc, '[part="submit"]').click();
      const detail = (await failed).detail;
      expect(detail.willRetry).to.equal(false);
      expect(detail.error).to.contain('the code that sends it could not be loaded');
      expect(detail.error).to.contain('put the whole dist folder on the server');
      await waitUntil(() => rc.shadowRoot!.querySelector('.submit-error'), 'no "not sent" box');
      const box = $(rc, '.submit-error').textContent!;
      expect(box).to.contain('Not sent: this page could not send it. Your answers are kept');
      expect(box).not.to.contain('error 0');
      expect(rc.shadowRoot!.querySelector('#done'), 'no thank-you').to.equal(null);
      expect(byId(rc, 'what').value).to.equal(what);
      expect(await records()).to.have.length(0);
    } finally {
      f.remove();
    }
  });

  it('an agreement whose check and data code is missing says it was not sent, and keeps what was typed', async () => {
    await control('reset');
    // A folder uploaded without chunks/signing-*.js (build/embed-test-server.mjs): the form shows,
    // and loads that code when it is first used.
    const f = frame('/__embed/no-signing/embed.html?el=aup-form&age=ks2');
    const errors: string[] = [];
    try {
      await waitUntil(() => f.contentDocument?.querySelector('aup-form')?.shadowRoot?.querySelector('[part="statement"]'), 'the agreement did not show', { timeout: 10000 });
      const form = f.contentDocument!.querySelector('aup-form') as HTMLElement & { updateComplete: Promise<unknown> };
      const win = f.contentWindow as Window & typeof globalThis;
      const original = win.console.error;
      win.console.error = (...a: unknown[]) => void errors.push(a.join(' '));
      let submits = 0;
      form.addEventListener('esafety-submit', () => submits++);
      const name = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')][0];
      await typeIn(form, name.id, 'Robin Ash');
      $(form, '[part="submit"]').click();
      await waitUntil(() => form.shadowRoot!.querySelector('.submit-error'), 'no "not sent" box');
      win.console.error = original;
      const box = $(form, '.submit-error').textContent!;
      expect(box).to.contain('Not sent: this page could not send it. Your answers are kept');
      expect(f.contentDocument!.activeElement === form && form.shadowRoot!.activeElement?.classList.contains('submit-error'), 'focus on the box').to.equal(true);
      expect(errors.join('\n')).to.contain('the code that checks and sends it could not be loaded');
      expect(errors.join('\n')).to.contain('put the whole dist folder on the server');
      expect(form.shadowRoot!.querySelector('.error-summary:not(.submit-error), #done'), 'neither a check nor a thank-you').to.equal(null);
      expect(byId(form, name.id).value, 'what was typed is kept').to.equal('Robin Ash');
      expect(submits, 'nothing was sent').to.equal(0);
      expect(await records()).to.have.length(0);
    } finally {
      f.remove();
    }
  });

  /**
   * The error an element from embed.html in `folder` shows in place of its content, which is not
   * there (`absent`: what would show it; build/embed-test-server.mjs).
   */
  const errorIn = async (folder: string, tag: string, absent: string): Promise<string> => {
    const f = frame(`/__embed/${folder}/embed.html?el=${tag}`);
    try {
      const root = () => f.contentDocument?.querySelector(tag)?.shadowRoot;
      await waitUntil(() => root()?.querySelector('.bundle-error, [part="error"]'), 'no error shown', { timeout: 10000 });
      expect(root()!.querySelector(absent), `no ${absent}`).to.equal(null);
      return root()!.textContent!;
    } finally {
      f.remove();
    }
  };
  const policyError = (folder: string) => errorIn(folder, 'esafety-policy', 'article');
  const quizError = (folder: string) => errorIn(folder, 'esafety-quiz', '[part="start"], .start');

  it('a bundle nested too deep, whose code that says where is missing, is still refused, and says what to upload', async () => {
    const text = await policyError('no-depth');
    expect(text).to.contain('is nested too deep (sections more than 20 levels, or anything more than 64)');
    expect(text).to.contain('check that the whole dist folder was uploaded');
  });

  it('a bundle that could not be loaded, with the words that explain it missing too, still says so, and what to upload', async () => {
    const text = await policyError('no-load-words');
    expect(text).to.contain('policy.json');
    expect(text).to.contain('could not be loaded (the server answered 404)');
    expect(text).to.contain('check that the whole dist folder was uploaded');
  });

  it('a bundle with a misspelt field, whose code that suggests the right one is missing, still shows, and warns to check the spelling', async () => {
    const f = frame('/__embed/no-suggest/embed.html?el=esafety-policy');
    try {
      const el = () => f.contentDocument?.querySelector('esafety-policy') as (HTMLElement & { bundleWarnings: readonly { path: string; message: string }[] }) | null;
      await waitUntil(() => el()?.shadowRoot?.querySelector('article'), 'the policy did not show', { timeout: 10000 });
      const warning = el()!.bundleWarnings.find((w) => w.path === 'policy.titel');
      expect(warning?.message).to.equal('is not a field the bundle knows, so it was ignored — check the spelling');
    } finally {
      f.remove();
    }
  });

  it('a quiz that sends its results, whose sending code is missing, says so before anyone plays', async () => {
    // A folder uploaded without chunks/sender-*.js, its bundle's quiz sending results.
    const text = await quizError('no-sender');
    expect(text).to.contain('asks for results to be sent');
    expect(text).to.contain('the code that sends them could not be loaded');
    expect(text).to.contain('put the whole dist folder on the server');
  });

  it('a young pupils’ agreement whose symbols and “Read aloud” are missing still shows every statement to tick, without them', async () => {
    // A folder uploaded without chunks/statement-aids-*.js.
    const f = frame('/__embed/no-aids/embed.html?el=aup-form&age=ks1');
    try {
      const form = () => f.contentDocument?.querySelector('aup-form')?.shadowRoot;
      await waitUntil(() => form()?.querySelector('[part="statement"]'), 'the agreement did not show', { timeout: 10000 });
      const statements = [...form()!.querySelectorAll('[part="statement"]')];
      expect(statements.length).to.be.above(2);
      for (const s of statements) {
        expect(s.querySelector('input[type="checkbox"]'), s.textContent!).to.exist;
        expect(s.querySelector('label')!.textContent!.trim(), 'its words').not.to.equal('');
      }
      expect(form()!.querySelector('[part="read-aloud"], [part="error"]'), 'no read-aloud, and no error box').to.equal(null);
      expect(form()!.querySelector('[part="submit"]'), 'it can be signed').to.exist;
    } finally {
      f.remove();
    }
  });

  it('an agreement that asks for the quiz first, whose quiz step or quiz is missing, says so and how to mend it, not an empty step', async () => {
    // A folder whose ks1 agreement has quizRequired, uploaded without chunks/quiz-step-*.js, or without chunks/esafety-quiz-*.js.
    for (const folder of ['no-quiz-step', 'no-quiz']) {
      const f = frame(`/__embed/${folder}/embed.html?el=aup-form&age=ks1`);
      try {
        const form = () => f.contentDocument?.querySelector('aup-form')?.shadowRoot;
        await waitUntil(() => form()?.querySelector('.bundle-error, [part="error"]'), `${folder}: no error shown`, { timeout: 10000 });
        const text = form()!.textContent!;
        expect(text, folder).to.contain('the agreement "ks1-quiz"');
        expect(text, folder).to.contain('asks for the quiz first, but the quiz could not be loaded');
        expect(text, folder).to.contain('put the whole dist folder on the server');
        expect(form()!.querySelector('[part="quiz-step"], form'), `${folder}: neither an empty step nor a form to sign`).to.equal(null);
      } finally {
        f.remove();
      }
    }
  });

  it('a quiz whose built-in questions are missing says so, and how to mend it, instead of an empty quiz', async () => {
    // A folder uploaded without chunks/quiz-questions*.js.
    const text = await quizError('no-questions');
    expect(text).to.contain('the built-in quiz questions could not be loaded');
    expect(text).to.contain('put the whole dist folder on the server');
  });
});

describe('the Trusted Types refusal, with the file of its words missing', () => {
  it('the console still says why nothing can be shown', () =>
    // No chunk beside the script, so the words cannot be loaded.
    withoutChunks(async (load, errors) => {
      await load();
      // What the browser fires when the page's policy refuses Lit's Trusted Types policy.
      document.dispatchEvent(
        new SecurityPolicyViolationEvent('securitypolicyviolation', {
          disposition: 'enforce',
          effectiveDirective: 'trusted-types',
          violatedDirective: 'trusted-types',
          sample: 'lit-html',
          originalPolicy: "trusted-types 'none'",
          blockedURI: 'trusted-types-policy',
          statusCode: 200,
        }),
      );
      await waitUntil(() => errors.some((e) => e.includes('Trusted Types policy “lit-html”')), `no message in the console: ${errors.join(' | ')}`, { timeout: 5000 });
      expect(errors.join('\n')).to.contain('esafety-elements: the page’s Content-Security-Policy does not allow the Trusted Types policy “lit-html”, so nothing can be shown');
    }));
});
