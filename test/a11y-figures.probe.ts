/*
 * Not a test: prints the figures of issue 15 (focus-mark contrast, normally and in forced
 * colours; pupils' target sizes; what the quiz feedback says; the status line when inserted; the
 * symbols' contrast in forced colours). Run: npx web-test-runner test/a11y-figures.probe.ts
 * The thresholds are asserted in test/accessibility.test.ts.
 */
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { $, $$, fixtureJson, shadowFocus, typeIn, clickId, until } from './helpers.js';
import { backdrop, contrast, forcedColors } from './helpers-media.js';
import { control, ENDPOINT } from './receiver-client.js';

const out: string[] = [];
async function ring(el: Element, t: HTMLElement, what: string) {
  const fig = () => {
    const cs = getComputedStyle(t);
    const around = backdrop(t.parentElement ?? (t.getRootNode() as ShadowRoot).host);
    const own = cs.backgroundColor;
    const outline = cs.outlineStyle === 'none' ? 'none' : `${cs.outlineWidth} ${contrast(cs.outlineColor, around).toFixed(2)}:1`;
    return `outline ${outline}; mark bg vs around ${contrast(own.startsWith('rgba(0, 0, 0, 0)') ? around : own, around).toFixed(2)}:1`;
  };
  const n = fig();
  await forcedColors(true, false); const fl = fig();
  await forcedColors(true, true); const fd = fig();
  await forcedColors(false);
  out.push(`${what} [focused ${shadowFocus(el) === t}]: normal ${n} | forced light ${fl} | forced dark ${fd}`);
}
const size = (e: Element, what: string) => { const r = e.getBoundingClientRect(); out.push(`${what}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`); };

describe('issue 15 figures', () => {
  after(() => console.log('\n' + out.join('\n')));
  it('figures', async () => {
    await control('reset');
    const OWN = { quiz: { questions: [{ id: 'f', answer: 'flag', scenario: 'A person online asks to meet you.', explanation: 'Tell someone.' }] }, omitDefaults: [] as string[] };
    const pol = await fixture<HTMLElement>(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await until(pol, 'article');
    $(pol, '[part="contents"] a[href="#section-3"]').click();
    await waitUntil(() => shadowFocus(pol)?.id === 'section-3');
    await ring(pol, $(pol, '#section-3'), 'policy heading');
    history.replaceState(null, '', location.pathname);
    const g = await fixture<HTMLElement>(html`<parent-guidance .bundle=${{}}></parent-guidance>`);
    await until(g, '[part="card-link"]');
    $(g, '[part="card-link"]').click();
    await waitUntil(() => shadowFocus(g)?.id === 'topic-title');
    await ring(g, $(g, '#topic-title'), 'guidance topic title');
    history.replaceState(null, '', location.pathname);
    fixtureCleanup();
    const page = await fixture<HTMLElement>(html`<div><esafety-quiz .bundle=${OWN}></esafety-quiz><report-concern id="r" endpoint=${ENDPOINT}></report-concern></div>`);
    const quiz = page.querySelector('esafety-quiz')!;
    await until(quiz, '.quiz');
    $(quiz, '[part=start]').click();
    await waitUntil(() => shadowFocus(quiz)?.id === 'progress');
    await ring(quiz, $(quiz, '#progress'), 'quiz Question 1 of 1');
    $(quiz, '[data-action=flag]').click();
    await waitUntil(() => shadowFocus(quiz)?.matches('.feedback, .said'));
    await ring(quiz, shadowFocus(quiz)!, 'quiz feedback');
    size($(quiz, '[part=report-link]'), 'quiz "tell the school online" link');
    const feedbackLive = quiz.shadowRoot!.querySelector('[aria-live]');
    out.push(`quiz feedback: in a live region ${!!feedbackLive?.contains(shadowFocus(quiz))}; focused text "${shadowFocus(quiz)!.textContent!.replace(/\s+/g, ' ').trim()}"`);
    out.push(`quiz question heading: <${$(quiz, '#progress').localName}>`);
    for (const age of ['eyfs', 'ks1']) {
      const f = await fixture<any>(html`<aup-form age=${age} endpoint=${ENDPOINT}></aup-form>`);
      await until(f, 'form');
      const boxes = $$(f, 'input[type=checkbox]');
      size(boxes[0], `${age} checkbox (of ${boxes.length}, smallest ${Math.min(...boxes.map((b) => b.getBoundingClientRect().width)).toFixed(1)})`);
      $(f, '[part=submit]').click();
      await waitUntil(() => shadowFocus(f)?.classList.contains('error-summary'));
      const links = $$(f, '.error-summary a');
      out.push(`${age} error-summary links: smallest height ${Math.min(...links.map((a) => a.getBoundingClientRect().height)).toFixed(1)} of ${links.length}`);
      if (age === 'ks1') await ring(f, $(f, '.error-summary'), 'error summary');
    }
    const rc = await fixture<any>(html`<report-concern reporter="pupil" endpoint=${ENDPOINT}></report-concern>`);
    await until(rc, 'form');
    await clickId(rc, 'category');
    await typeIn(rc, 'what', 'Mean messages.');
    await typeIn(rc, 'name', 'Ava');
    let atInsert = '?';
    const mo = new MutationObserver(() => { const s = rc.shadowRoot.querySelector('[part=receipt] [role=status]'); if (s && atInsert === '?') atInsert = JSON.stringify(s.textContent.replace(/\s+/g, ' ').trim()); });
    mo.observe(rc.shadowRoot, { childList: true, subtree: true });
    $(rc, '[part=submit]').click();
    await waitUntil(() => shadowFocus(rc)?.id === 'done');
    mo.disconnect();
    out.push(`pupil confirmation status text when inserted: ${atInsert}`);
    await ring(rc, $(rc, '#done'), '"Thank you" heading');
    fixtureCleanup();
    const sym = await fixture<HTMLElement>(html`<esafety-quiz style="--esafety-accent:#1f5c3a"></esafety-quiz>`);
    await until(sym, '.quiz');
    const svg = $$(sym, 'svg')[0];
    for (const dark of [false, true]) {
      await forcedColors(true, dark);
      const cs = getComputedStyle(svg);
      out.push(`symbol in forced colours (${dark ? 'dark' : 'light'}), school accent #1f5c3a: stroke ${cs.stroke} on ${backdrop(svg)} = ${contrast(cs.stroke, backdrop(svg)).toFixed(2)}:1`);
    }
    await forcedColors(false);
  });
});
