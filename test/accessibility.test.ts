import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { AupForm } from '../src/aup-form/index.js';
import type { EsafetyQuiz } from '../src/esafety-quiz/index.js';
import type { ReportConcern } from '../src/report-concern/index.js';
import { storyToRead } from '../src/esafety-quiz/actions.js';
import { DEFAULT_QUESTIONS } from '../src/bundle/defaults/quiz-questions.js';
import { DEFAULT_QUIZ } from '../src/bundle/defaults/quiz.js';
import { pick } from '../src/text/local.js';
import { $, $$, byId, clickId, fixtureJson, shadowFocus, spoken, typeIn, until } from './helpers.js';
import { backdrop, contrast, forcedColors } from './helpers-media.js';
import { control, ENDPOINT } from './receiver-client.js';

/*
 * The second accessibility pass (issue 15): programmatic focus visible in forced colours,
 * symbols in forced colours, pupil-sized targets, what is announced, unique landmark names,
 * 320 px, and the Welsh leftovers of the quiz.
 */

const axe = (window as unknown as { axe: { run(ctx: Document | Element, o: RunOptions): Promise<AxeResults> } }).axe;

/** A quiz of three questions of the school's own, one per action (no built-in ones). */
const q = (id: string, answer: string, scenario: string) => ({ id, answer, scenario, explanation: `Because of ${id}.` });
const OWN = {
  omitDefaults: DEFAULT_QUESTIONS.map((x) => x.id),
  quiz: { questions: [q('own-zip', 'zip', 'A game asks for your home address.'), q('own-block', 'block', 'Someone keeps sending you nasty messages.'), q('own-flag', 'flag', 'A person online asks to meet you at the park.')] },
};
const FLAG_ONLY = { omitDefaults: OWN.omitDefaults, quiz: { questions: [q('own-flag', 'flag', 'A person online asks to meet you at the park.')] } };

const words = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

async function startQuiz(tpl: TemplateResult): Promise<EsafetyQuiz> {
  const el = await fixture<EsafetyQuiz>(tpl);
  await until(el, '.quiz');
  $(el, '[part="start"]').click();
  await el.updateComplete;
  return el;
}

async function answer(el: EsafetyQuiz, id = 'zip') {
  $(el, `[data-action="${id}"]`).click();
  await el.updateComplete;
  await waitUntil(() => shadowFocus(el)?.matches('.feedback .said'), 'focus on the feedback');
}

/** A pupil's report, sent to the test receiver; resolves once the receipt shows. */
async function sendPupilReport(el: ReportConcern) {
  await clickId(el, 'category');
  await typeIn(el, 'what', 'Someone keeps sending mean messages.');
  await typeIn(el, 'name', 'Ava');
  $(el, '[part="submit"]').click();
  await until(el, '[part="receipt"]');
}

/** The focus mark on `target` (focused): a solid outline at least 2px wide with 3:1 against what is around it. */
function expectRing(target: HTMLElement, what: string) {
  const cs = getComputedStyle(target);
  expect(cs.outlineStyle, `${what}: outline style`).to.not.equal('none');
  expect(parseFloat(cs.outlineWidth), `${what}: outline width`).to.be.at.least(2);
  const around = backdrop(target.parentElement ?? (target.getRootNode() as ShadowRoot).host);
  const ratio = contrast(cs.outlineColor, around);
  expect(ratio, `${what}: outline ${cs.outlineColor} on ${around}`).to.be.at.least(3);
  return ratio;
}

/** The ring, normally and in forced colours (light and dark palettes). */
async function expectRingEverywhere(el: Element, target: HTMLElement, what: string) {
  expect(shadowFocus(el), `${what} has focus`).to.equal(target);
  expectRing(target, what);
  try {
    for (const dark of [false, true]) {
      await forcedColors(true, dark);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expectRing(target, `${what} (forced colours, ${dark ? 'dark' : 'light'})`);
    }
  } finally {
    await forcedColors(false);
  }
}

describe('accessibility: programmatic focus is visible, also in forced colours', () => {
  beforeEach(() => control('reset'));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a policy heading reached from the contents', async () => {
    const el = await fixture<HTMLElement>(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await until(el, 'article');
    $(el, '[part="contents"] a[href="#section-3"]').click();
    await waitUntil(() => shadowFocus(el)?.id === 'section-3', 'heading not focused');
    await expectRingEverywhere(el, $(el, '#section-3'), 'policy heading');
  });

  it('a policy heading reached from a #section address', async () => {
    history.replaceState(null, '', '#section-2-3-1');
    const el = await fixture<HTMLElement>(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await waitUntil(() => shadowFocus(el)?.id === 'section-2-3-1', 'heading not focused');
    await expectRingEverywhere(el, $(el, '#section-2-3-1'), 'deep-linked heading');
  });

  it('the guidance topic title', async () => {
    const el = await fixture<HTMLElement>(html`<parent-guidance .bundle=${{}}></parent-guidance>`);
    await until(el, '[part="card-link"]');
    $(el, '[part="card-link"]').click();
    await waitUntil(() => shadowFocus(el)?.id === 'topic-title', 'topic title not focused');
    // The index had the built-in topics' cards: their advice follows the title (and focus stays on it).
    await waitUntil(() => el.shadowRoot!.querySelector('[part="talk"]'), 'the advice did not follow');
    expect(shadowFocus(el)?.id).to.equal('topic-title');
    await expectRingEverywhere(el, $(el, '#topic-title'), 'topic title');
  });

  it('the quiz’s “Question N of M”, its feedback and “You finished the quiz!”', async () => {
    const el = await startQuiz(html`<esafety-quiz .bundle=${FLAG_ONLY}></esafety-quiz>`);
    await waitUntil(() => shadowFocus(el)?.id === 'progress', 'question not focused');
    await expectRingEverywhere(el, $(el, '#progress'), 'Question 1 of 1');
    await answer(el, 'flag');
    await expectRingEverywhere(el, $(el, '.said'), 'feedback');
    $(el, '[part="next"]').click();
    await waitUntil(() => shadowFocus(el)?.id === 'summary', 'summary not focused');
    await expectRingEverywhere(el, $(el, '#summary'), 'summary heading');
  });

  it('the error summary and the “Thank you” heading', async () => {
    const form = await fixture<AupForm>(html`<aup-form age="ks1" endpoint=${ENDPOINT}></aup-form>`);
    await until(form, 'form');
    $(form, '[part="submit"]').click();
    await waitUntil(() => shadowFocus(form)?.classList.contains('error-summary'), 'error summary not focused');
    await expectRingEverywhere(form, $(form, '.error-summary'), 'error summary');

    const report = await fixture<ReportConcern>(html`<report-concern reporter="pupil" endpoint=${ENDPOINT}></report-concern>`);
    await until(report, 'form');
    await sendPupilReport(report);
    await waitUntil(() => shadowFocus(report)?.id === 'done', '“Thank you” not focused');
    expect(words($(report, '#done'))).to.equal('Thank you for telling us');
    await expectRingEverywhere(report, $(report, '#done'), '“Thank you” heading');
  });
});

describe('accessibility: symbols in forced colours follow the system colours', () => {
  afterEach(() => forcedColors(false));

  it('the quiz’s and the agreement’s symbols take the text colour, not the school’s accent', async () => {
    const pale = '#9fd3a6'; // a school's light green: 1.6:1 on white
    const quiz = await fixture<EsafetyQuiz>(html`<esafety-quiz style="--esafety-accent:${pale}"></esafety-quiz>`);
    await until(quiz, '.quiz');
    const aup = await fixture<AupForm>(html`<aup-form age="eyfs" endpoint=${ENDPOINT} style="--esafety-accent:${pale}"></aup-form>`);
    await until(aup, 'form');
    const symbols = [...$$(quiz, 'svg'), ...$$(aup, 'svg')];
    expect(symbols.length).to.be.at.least(6);
    // Normally: the school's accent, as it chose.
    expect(getComputedStyle(symbols[0]).stroke).to.equal('rgb(159, 211, 166)');
    for (const dark of [false, true]) {
      await forcedColors(true, dark);
      for (const s of symbols) {
        const cs = getComputedStyle(s);
        expect(cs.stroke, 'stroke follows the text colour').to.equal(cs.color);
        expect(contrast(cs.stroke, backdrop(s)), `symbol on ${backdrop(s)} (${dark ? 'dark' : 'light'})`).to.be.at.least(4.5);
      }
    }
  });
});

describe('accessibility: pupils’ targets are at least 44 × 44 CSS px', () => {
  const atLeast44 = (e: Element, what: string) => {
    const r = e.getBoundingClientRect();
    expect(r.width, `${what}: width`).to.be.at.least(44);
    expect(r.height, `${what}: height`).to.be.at.least(44);
  };

  for (const age of ['eyfs', 'ks1']) {
    it(`${age.toUpperCase()} agreement: every checkbox, and the links of the error summary`, async () => {
      const el = await fixture<AupForm>(html`<aup-form age=${age} endpoint=${ENDPOINT}></aup-form>`);
      await until(el, 'form');
      const boxes = $$(el, 'input[type="checkbox"]');
      expect(boxes.length).to.be.at.least(3);
      boxes.forEach((b) => atLeast44(b, `checkbox ${b.id}`));
      $(el, '[part="submit"]').click();
      await until(el, '.error-summary a'); // the check loads on the form's first use (aup-form/signing.ts)
      const links = $$(el, '.error-summary a');
      expect(links.length).to.be.at.least(2);
      links.forEach((a) => atLeast44(a, `error link “${words(a)}”`));
    });
  }

  it('the quiz’s “tell the school online”, as a link (the form has an id) and as a button (it has none)', async () => {
    for (const id of ['report', '']) {
      fixtureCleanup();
      const form = id ? html`<report-concern id=${id} endpoint=${ENDPOINT}></report-concern>` : html`<report-concern endpoint=${ENDPOINT}></report-concern>`;
      const page = await fixture<HTMLElement>(html`<div><esafety-quiz .bundle=${FLAG_ONLY}></esafety-quiz>${form}</div>`);
      const quiz = page.querySelector<EsafetyQuiz>('esafety-quiz')!;
      await until(quiz, '.quiz');
      $(quiz, '[part="start"]').click();
      await quiz.updateComplete;
      await answer(quiz, 'flag');
      const link = $(quiz, '[part="report-link"]');
      expect(link.localName).to.equal(id ? 'a' : 'button');
      atLeast44(link, `report link (${link.localName})`);
    }
  });
});

describe('accessibility: what is announced', () => {
  beforeEach(() => control('reset'));

  it('each question of the quiz has a heading, which takes focus', async () => {
    const el = await startQuiz(html`<esafety-quiz seed="3" .bundle=${OWN}></esafety-quiz>`);
    for (let n = 1; n <= 3; n++) {
      await waitUntil(() => shadowFocus(el)?.id === 'progress', `question ${n} not focused`);
      const h = $(el, '#progress');
      expect(h.localName, `question ${n}`).to.equal('h2');
      expect(words(h)).to.equal(`Question ${n} of 3`);
      await answer(el);
      if (n < 3) {
        $(el, '[part="next"]').click();
        await el.updateComplete;
      }
    }
    const nested = await startQuiz(html`<esafety-quiz heading-level="3" .bundle=${OWN}></esafety-quiz>`);
    expect($(nested, '#progress').localName).to.equal('h3');
  });

  it('quiz feedback: said once (focus, no live region) and only its words, not the buttons', async () => {
    const el = await startQuiz(html`<esafety-quiz seed="1" .bundle=${FLAG_ONLY}></esafety-quiz>`);
    await answer(el, 'zip');
    const focused = shadowFocus(el)!;
    // Its paragraphs (verdict, explanation) and nothing else: no button labels.
    expect([...focused.children].map(words).join(' ')).to.equal('Good thinking. The best thing to do here is FLAG IT. Because of own-flag.');
    expect(focused.querySelectorAll('button, a')).to.have.length(0);
    expect(focused.closest('[aria-live]')).to.equal(null);
    expect($$(el, '[aria-live], [role="status"], [role="alert"], [role="log"]')).to.have.length(0);
    // The buttons are still there, after the words.
    expect($(el, '.feedback [part="next"]')).to.exist;
  });

  it('a pupil’s confirmation: the status line is on the page empty first, then filled (so it is announced)', async () => {
    const el = await fixture<ReportConcern>(html`<report-concern reporter="pupil" endpoint=${ENDPOINT}></report-concern>`);
    await until(el, 'form');
    // What each status line of the receipt held when it was put on the page.
    const atInsertion: string[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element) for (const s of [n, ...n.querySelectorAll('[role="status"]')]) if (s.matches('[part="receipt"] [role="status"]')) atInsertion.push(words(s));
    });
    seen.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await sendPupilReport(el);
    } finally {
      seen.disconnect();
    }
    expect(atInsertion).to.deep.equal(['']);
    const line = $(el, '[part="receipt"] [role="status"]');
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.equal('You did the right thing by telling us.');
    expect(line.isConnected, 'the same line, filled').to.equal(true);
    expect($(el, '[part="receipt"] [role="status"]')).to.equal(line);
  });
});

describe('accessibility: landmark names are unique on a page (axe landmark-unique)', () => {
  beforeEach(() => control('reset'));

  const landmarkUnique = async () => {
    const r = await axe.run(document, { runOnly: ['landmark-unique'], resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => String(n.target)));
  };
  const regions = (...els: Element[]) => els.flatMap((e) => $$(e, 'section[aria-labelledby], nav, [role="search"]'));

  it('two <report-concern> under their own headings, and with no heading at all; also once sent', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>For pupils</h2>
      <report-concern reporter="pupil" endpoint=${ENDPOINT}></report-concern>
      <h2>For parents</h2>
      <report-concern reporter="parent" endpoint=${ENDPOINT}></report-concern>
    </div>`);
    const [a, b] = page.querySelectorAll<ReportConcern>('report-concern');
    await until(a, 'form');
    await until(b, 'form');
    expect(regions(a, b).length).to.equal(4);
    expect(await landmarkUnique()).to.deep.equal([]);
    expect(words(byId(b, 'apart'))).to.equal('(For parents)');
    await sendPupilReport(a);
    expect(await landmarkUnique()).to.deep.equal([]);

    fixtureCleanup();
    const bare = await fixture<HTMLElement>(html`<div>
      <report-concern endpoint=${ENDPOINT}></report-concern>
      <report-concern endpoint=${ENDPOINT}></report-concern>
    </div>`);
    const [c, d] = bare.querySelectorAll<ReportConcern>('report-concern');
    await until(c, 'form');
    await until(d, 'form');
    expect(await landmarkUnique()).to.deep.equal([]);
    expect([words(byId(c, 'apart')), words(byId(d, 'apart'))]).to.deep.equal(['(1)', '(2)']);
  });

  it('two error boxes (different elements, and the same one twice)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>Quiz</h2>
      <esafety-quiz age="year9"></esafety-quiz>
      <h2>Agreement</h2>
      <aup-form age="ks9"></aup-form>
      <esafety-quiz age="year10"></esafety-quiz>
    </div>`);
    const els = [...page.children].filter((e) => e.localName.includes('-'));
    for (const e of els) await until(e, '.bundle-error');
    expect(regions(...els).length).to.equal(3);
    expect(await landmarkUnique()).to.deep.equal([]);
  });

  it('two policies (search, contents, footnotes, tables) and two guidance indexes (search)', async () => {
    const bundle = await fixtureJson('all-blocks.json');
    const page = await fixture<HTMLElement>(html`<div>
      <h2>This year</h2>
      <esafety-policy .bundle=${bundle}></esafety-policy>
      <h2>Last year</h2>
      <esafety-policy .bundle=${bundle}></esafety-policy>
      <parent-guidance .bundle=${{}}></parent-guidance>
      <parent-guidance .bundle=${{}}></parent-guidance>
    </div>`);
    const [a, b] = page.querySelectorAll('esafety-policy');
    const [c, d] = page.querySelectorAll('parent-guidance');
    for (const e of [a, b]) await until(e, 'article');
    for (const e of [c, d]) await until(e, '[part="filters"]');
    const policyRegions = regions(a, b).length + $$(a, '[part="table-wrap"]').length * 2;
    expect(policyRegions).to.be.at.least(8);
    expect(await landmarkUnique()).to.deep.equal([]);
    expect($(b, '[part="contents"]').getAttribute('aria-labelledby')).to.equal('contents-title apart');
    expect(words(byId(b, 'apart'))).to.equal('(Last year)');
    expect($(c, '[part="filters"]').getAttribute('aria-label')).to.equal('Find a topic (Last year 1)');
    expect($(d, '[part="filters"]').getAttribute('aria-label')).to.equal('Find a topic (Last year 2)');
  });

  it('one element alone keeps its plain names', async () => {
    const el = await fixture<ReportConcern>(html`<report-concern endpoint=${ENDPOINT}></report-concern>`);
    await until(el, 'form');
    expect(el.shadowRoot!.getElementById('apart')).to.equal(null);
    expect($(el, '[part="urgent"]').getAttribute('aria-labelledby')).to.equal('urgent');
  });
});

describe('accessibility: 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the error box wraps a long bundle address: no element is wider than the page', async () => {
    await setViewport({ width: 320, height: 640 });
    // No hyphen or other break opportunity: only overflow-wrap can break it.
    const src = '/files/onlinesafety/bundles/LarkspurLanePrimarySchoolOnlineSafetyPolicyBundle2026.json';
    const page = await fixture<HTMLElement>(html`<div>
      <esafety-policy src=${src}></esafety-policy>
      <aup-form age="ks1" src=${src}></aup-form>
      <esafety-quiz src=${src}></esafety-quiz>
      <report-concern src=${src}></report-concern>
      <parent-guidance src=${src}></parent-guidance>
    </div>`);
    for (const e of page.children) {
      await until(e, '.bundle-error');
      expect(e.shadowRoot!.textContent).to.contain(src);
      expect(e.scrollWidth, e.localName).to.be.at.most(e.clientWidth);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('accessibility: the quiz in Welsh, and what it reads aloud', () => {
  it('the credit line has Welsh', async () => {
    const el = await fixture<EsafetyQuiz>(html`<esafety-quiz lang="cy"></esafety-quiz>`);
    await until(el, '.quiz');
    await waitUntil(() => $(el, '[part="start"]').textContent!.trim() !== 'Start the quiz', 'no Welsh interface');
    const credit = words($(el, '.credit'));
    expect(credit).to.equal('ZIP IT, BLOCK IT, FLAG IT yw cod Click Clever Click Safe, gan Gyngor y DU ar Ddiogelwch Plant ar y Rhyngrwyd.');
    expect(pick(DEFAULT_QUIZ.credit, 'en-GB')).to.contain('is the Click Clever Click Safe code');
  });

  it('the read-aloud text of every built-in question, in English and Welsh, never has “..”', () => {
    let n = 0;
    for (const question of DEFAULT_QUESTIONS)
      for (const lang of ['en-GB', 'cy']) {
        const text = storyToRead(pick(question.scenario, lang), DEFAULT_QUIZ.actions, lang);
        expect(text, `${question.id} (${lang})`).to.not.match(/\.\s*\./);
        expect(text).to.contain(pick(DEFAULT_QUIZ.actions[0].meaning, lang));
        n++;
      }
    expect(n).to.equal(DEFAULT_QUESTIONS.length * 2);
  });

  it('the “Read aloud” button speaks that text', async () => {
    const said: string[] = [];
    const real = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { cancel() {}, speak: (u: { text: string }) => said.push(u.text), getVoices: () => [] } });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: class { lang = ''; constructor(public text: string) {} } });
    try {
      const el = await startQuiz(html`<esafety-quiz age="ks1" seed="2" lang="cy"></esafety-quiz>`);
      $(el, '.story ~ [part="read-aloud"]').click();
      expect(said).to.have.length(1);
      expect(said[0]).to.contain(words($(el, '.scenario')));
      expect(said[0]).to.not.match(/\.\s*\./);
    } finally {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      if (real) Object.defineProperty(window, 'SpeechSynthesisUtterance', real);
    }
  });
});
