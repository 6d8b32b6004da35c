import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/aup-form/index.js';
import type { AupForm, AgreementData } from '../src/aup-form/index.js';
import '../src/esafety-quiz/index.js';
import type { EsafetyQuiz, QuizResult } from '../src/esafety-quiz/index.js';
import { attempt, seeded, shuffle } from '../src/esafety-quiz/model.js';
import { DEFAULT_QUESTIONS } from '../src/bundle/defaults/quiz-questions.js';
import { validateBundle } from '../src/bundle/validate.js';
import type { Envelope } from '../src/submit/types.js';
import { $, $$, intercept, shadowFocus, spoken, until } from './helpers.js';
import { control, ENDPOINT, records } from './receiver-client.js';

const q = (id: string, answer: string, scenario: string, extra: object = {}) => ({ id, answer, scenario, explanation: `Because of ${id}.`, ...extra });

/** A small quiz of the school's own: three questions, one per action, and no built-in ones. */
const OWN = {
  school: {
    name: 'Larkspur Lane Primary School',
    contacts: [
      { id: 'dsl', role: 'dsl', name: 'Mrs Priya Hollis' },
      { id: 'ta', role: 'trusted-adult', name: 'Mr Tom Arden' },
      { id: 'office', role: 'office', name: 'School office' },
    ],
  },
  omitDefaults: DEFAULT_QUESTIONS.map((x) => x.id),
  quiz: {
    questions: [
      q('own-zip', 'zip', 'A game asks for your home address.'),
      q('own-block', 'block', 'Someone keeps sending you nasty messages.'),
      q('own-flag', 'flag', 'A person online asks to meet you at the park.'),
    ],
  },
};

async function mount(tpl: TemplateResult): Promise<EsafetyQuiz> {
  const el = await fixture<EsafetyQuiz>(tpl);
  await until(el, '.quiz, .bundle-error');
  return el;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const scenario = (el: Element) => $(el, '.scenario').textContent!.trim();

async function start(el: EsafetyQuiz) {
  $(el, '[part="start"]').click();
  await el.updateComplete;
}

/** Answer the question on screen with an action id and wait for the feedback. */
async function choose(el: EsafetyQuiz, id: string) {
  $(el, `[data-action="${id}"]`).click();
  await el.updateComplete;
}

async function next(el: EsafetyQuiz) {
  $(el, '[part="next"]').click();
  await el.updateComplete;
}

/** The question on screen, looked up in the bundle the element uses. */
function current(el: EsafetyQuiz, bundle: { quiz: { questions: { id: string; scenario: unknown; answer: string }[] } }) {
  const s = scenario(el);
  const found = bundle.quiz.questions.find((x) => (typeof x.scenario === 'string' ? x.scenario : (x.scenario as Record<string, string>).en) === s);
  if (!found) throw new Error(`unknown question on screen: ${s}`);
  return found;
}

describe('<esafety-quiz>: model', () => {
  it('shuffles the same way for the same seed, differently for another, and keeps every question', () => {
    const list = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffle(list, seeded(7));
    expect(a).to.deep.equal(shuffle(list, seeded(7)));
    expect(a).to.not.deep.equal(shuffle(list, seeded(8)));
    expect([...a].sort((x, y) => x - y)).to.deep.equal(list);
  });

  it('asks the questions for the age, cut to the bundle count', () => {
    const r = validateBundle({ ...OWN, quiz: { ...OWN.quiz, questions: [...OWN.quiz.questions, q('only-ks2', 'zip', 'KS2 only', { ages: ['ks2'] })], count: 3 } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { questions, count } = r.bundle.quiz;
    const ks1 = attempt(questions, 'ks1', count, seeded(1));
    expect(ks1.map((x) => x.id)).to.not.include('only-ks2');
    expect(ks1).to.have.length(3);
    expect(attempt(questions, 'ks2', count, seeded(1))).to.have.length(3);
  });
});

describe('<esafety-quiz>: bare, on the built-in questions', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('introduces the three actions with their meanings and the credit, and is accessible', async () => {
    const el = await mount(html`<esafety-quiz age="ks1"></esafety-quiz>`);
    const key = $$(el, '.key li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(key).to.have.length(3);
    expect(key[0]).to.match(/^ZIP IT Keep your personal things private/);
    expect(key[1]).to.match(/^BLOCK IT /);
    expect(key[2]).to.match(/^FLAG IT Tell an adult/);
    expect($(el, '.credit').textContent).to.include('Click Clever Click Safe');
    expect(text(el)).to.include('There is no timer');
    await expect(el).to.be.accessible();
  });

  it('a whole KS1 run by keyboard alone: Tab, arrow keys between the actions, Enter to choose', async () => {
    const el = await mount(html`<esafety-quiz age="ks1" seed="3"></esafety-quiz>`);
    const done = new Promise<QuizResult>((ok) => el.addEventListener('esafety-quiz-complete', (e) => ok(e.detail), { once: true }));
    const tabTo = async (part: string) => {
      for (let i = 0; i < 25 && shadowFocus(el)?.getAttribute('part') !== part; i++) await sendKeys({ press: 'Tab' });
      expect(shadowFocus(el)?.getAttribute('part'), `Tab reaches ${part}`).to.equal(part);
    };
    el.focus();
    await tabTo('start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const total = $$(el, 'progress').length && Number($(el, 'progress').getAttribute('max'));
    expect(total).to.be.at.least(12);
    const picks: string[] = [];
    for (let i = 0; i < total; i++) {
      await waitUntil(() => shadowFocus(el)?.id === 'progress', 'focus on "Question n of N"');
      expect(shadowFocus(el)!.textContent).to.equal(`Question ${i + 1} of ${total}`);
      await tabTo('action');
      expect(shadowFocus(el)!.dataset.action).to.equal('zip');
      // Arrow keys move along the actions (and wrap); Tab would leave the group.
      const moves = i % 3;
      for (let m = 0; m < moves; m++) await sendKeys({ press: 'ArrowRight' });
      if (i % 4 === 3) {
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'ArrowRight' });
      }
      const chosen = shadowFocus(el)!.dataset.action!;
      expect(chosen).to.equal(['zip', 'block', 'flag'][moves]);
      picks.push(chosen);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadowFocus(el)?.matches('.feedback .said'), 'focus moves to the feedback');
      await tabTo('next');
      await sendKeys({ press: 'Enter' });
    }
    const result = await done;
    await waitUntil(() => shadowFocus(el)?.id === 'summary', 'focus moves to the summary');
    expect(result.total).to.equal(total);
    expect(result.answers.map((a) => a.chosen)).to.deep.equal(picks);
    expect(result.score).to.equal(result.answers.filter((a) => a.chosen === a.answer).length);
    expect($(el, '[part="score"]').textContent).to.include(`for ${result.score} of ${total} stories`);
    expect($$(el, '.missed li')).to.have.length(total - result.score);
    await expect(el).to.be.accessible();
  });

  it('an EYFS set is short and picture-led; a set for "send" is the KS1 one', async () => {
    const eyfs = await mount(html`<esafety-quiz age="eyfs" seed="1"></esafety-quiz>`);
    await start(eyfs);
    const n = Number($(eyfs, 'progress').getAttribute('max'));
    expect(n).to.be.within(6, 11);
    expect(eyfs.shadowRoot!.querySelector('.story .symbol')).to.exist;
    expect($(eyfs, '.quiz').classList.contains('young')).to.be.true;
    await expect(eyfs).to.be.accessible();
    const send = await mount(html`<esafety-quiz age="send" seed="1"></esafety-quiz>`);
    const ks1 = await mount(html`<esafety-quiz age="ks1" seed="1"></esafety-quiz>`);
    await start(send);
    await start(ks1);
    expect(scenario(send)).to.equal(scenario(ks1));
  });

  it('a changed age loads that age’s questions and starts again; an age without any says so', async () => {
    // Each age set's built-in questions load on their own (defaults/built-in.ts): a new age loads its set.
    const idsOf = (set: string) => DEFAULT_QUESTIONS.filter((x) => x.ages?.includes(set as 'ks1'));
    const onScreen = (el: EsafetyQuiz, set: string) => idsOf(set).some((x) => (x.scenario as Record<string, string>).en === scenario(el));
    const el = await mount(html`<esafety-quiz age="ks1" seed="4"></esafety-quiz>`);
    await start(el);
    expect(onScreen(el, 'ks1'), scenario(el)).to.equal(true);
    expect(Number($(el, 'progress').getAttribute('max'))).to.equal(idsOf('ks1').length);
    el.setAttribute('age', 'ks2');
    await until(el, '[part="start"]');
    await start(el);
    expect(onScreen(el, 'ks2'), scenario(el)).to.equal(true);
    expect(Number($(el, 'progress').getAttribute('max'))).to.equal(idsOf('ks2').length);
    el.setAttribute('age', 'ks3');
    await until(el, '.bundle-error');
    expect($(el, '.bundle-error').textContent).to.include('has no questions for "ks3"');
    el.setAttribute('age', 'eyfs');
    await until(el, '[part="start"]');
    await start(el);
    expect(onScreen(el, 'eyfs'), scenario(el)).to.equal(true);
  });

  it('is in Welsh, UI and built-in questions, under lang="cy"', async () => {
    const el = await mount(html`<esafety-quiz age="ks2" lang="cy" seed="2"></esafety-quiz>`);
    await waitUntil(() => $(el, '[part="start"]').textContent!.trim() !== 'Start the quiz', 'Welsh UI');
    expect($(el, '[part="start"]').textContent!.trim()).to.equal('Dechrau’r cwis');
    await start(el);
    const en = DEFAULT_QUESTIONS.map((x) => (x.scenario as Record<string, string>).en);
    const cy = DEFAULT_QUESTIONS.map((x) => (x.scenario as Record<string, string>).cy);
    expect(cy).to.include(scenario(el));
    expect(en).to.not.include(scenario(el));
    expect($(el, '#progress').textContent).to.match(/^Cwestiwn 1 o \d+$/);
    const shown = DEFAULT_QUESTIONS.find((x) => (x.scenario as Record<string, string>).cy === scenario(el))!;
    await choose(el, shown.answer);
    const label = { zip: 'ZIP IT', block: 'BLOCK IT', flag: 'FLAG IT' }[shown.answer];
    expect($(el, '.verdict').textContent!.trim()).to.equal(`Ie! ${label} yw’r peth gorau i’w wneud.`);
    expect($(el, '#why').textContent).to.equal((shown.explanation as Record<string, string>).cy);
    await expect(el).to.be.accessible();
  });

  it('works on a phone: no sideways scrolling at 320px, buttons at least 44px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(html`<esafety-quiz age="ks1" seed="1"></esafety-quiz>`);
    await start(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const b of $$(el, '[part="action"]')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('<esafety-quiz>: feedback and the end', () => {
  it('says why when the answer is best, and gently gives the better action when not — never "wrong"', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${OWN} seed="5"></esafety-quiz>`);
    await start(el);
    const first = current(el, OWN);
    await choose(el, first.answer);
    await waitUntil(() => shadowFocus(el)?.matches('.feedback .said'), 'focus on the feedback');
    const label = { zip: 'ZIP IT', block: 'BLOCK IT', flag: 'FLAG IT' }[first.answer];
    expect($(el, '.verdict').textContent!.trim()).to.equal(`Yes! ${label} is the best thing to do.`);
    expect($(el, '#why').textContent).to.equal(`Because of ${first.id}.`);
    expect($(el, `[data-action="${first.answer}"]`).textContent).to.include('Best choice');
    // Said once (focus, no live region as well), and only the feedback's words, not the buttons after it.
    expect($$(el, '[aria-live], [role="status"], [role="alert"]')).to.have.length(0);
    expect(shadowFocus(el)!.querySelectorAll('button, a')).to.have.length(0);
    expect([...shadowFocus(el)!.children].map((p) => p.textContent!.trim()).join(' ')).to.equal(`Yes! ${label} is the best thing to do. Because of ${first.id}.`);
    for (const b of $$(el, '[part="action"]')) expect((b as HTMLButtonElement).disabled, 'one answer per question').to.be.true;
    await expect(el).to.be.accessible();

    await next(el);
    const second = current(el, OWN);
    const other = ['zip', 'block', 'flag'].find((x) => x !== second.answer)!;
    await choose(el, other);
    const better = { zip: 'ZIP IT', block: 'BLOCK IT', flag: 'FLAG IT' }[second.answer];
    expect($(el, '.verdict').textContent!.trim()).to.equal(`Good thinking. The best thing to do here is ${better}.`);
    expect($(el, `[data-action="${other}"]`).textContent).to.include('Your choice');
    expect($(el, `[data-action="${other}"]`).getAttribute('aria-pressed')).to.equal('true');
    expect(text(el)).to.not.match(/wrong|incorrect/i);
    await expect(el).to.be.accessible();
  });

  it('FLAG IT feedback and the summary name the trusted adults and the DSL, and link to the report form on the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <esafety-quiz .bundle=${OWN} seed="1"></esafety-quiz>
      <report-concern id="tell-us"></report-concern>
    </div>`);
    const el = page.querySelector('esafety-quiz')!;
    await until(el, '.quiz');
    await start(el);
    while (current(el, OWN).answer !== 'flag') {
      await choose(el, 'zip');
      expect(el.shadowRoot!.querySelector('[part="tell"]'), 'only after a FLAG IT question').to.be.null;
      await next(el);
    }
    await choose(el, 'flag');
    const tell = $(el, '[part="tell"]');
    expect([...tell.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Mr Tom Arden (Trusted adult)',
      'Mrs Priya Hollis (Designated Safeguarding Lead)',
    ]);
    expect(tell.querySelector('a[part="report-link"]')!.getAttribute('href')).to.equal('#tell-us');
    await expect(el).to.be.accessible();
  });

  it('without a report form on the page, shows no link to one; without contacts, still says who to tell', async () => {
    const el = await mount(html`<esafety-quiz age="ks1" seed="1"></esafety-quiz>`);
    await start(el);
    for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('[part="tell"]'); i++) {
      await choose(el, 'flag');
      if (!el.shadowRoot!.querySelector('[part="tell"]')) await next(el);
    }
    const tell = $(el, '[part="tell"]');
    expect(tell.textContent).to.include('a grown-up you trust');
    expect(tell.querySelector('[part="report-link"]')).to.be.null;
  });

  it('ends with the score, kind words, the questions worth talking about, and a fresh, reshuffled try', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${OWN} seed="9"></esafety-quiz>`);
    const results: QuizResult[] = [];
    el.addEventListener('esafety-quiz-complete', (e) => results.push(e.detail));
    await start(el);
    const order = [] as string[];
    for (let i = 0; i < 3; i++) {
      const x = current(el, OWN);
      order.push(x.id);
      await choose(el, x.id === 'own-block' ? 'flag' : x.answer);
      await next(el);
    }
    await waitUntil(() => shadowFocus(el)?.id === 'summary', 'summary focused');
    expect(results).to.have.length(1);
    const r = results[0];
    expect(r.score).to.equal(2);
    expect(r.total).to.equal(3);
    expect(r.answers.map((a) => a.question)).to.deep.equal(order);
    expect(r.answers.find((a) => a.question === 'own-block')).to.deep.equal({ question: 'own-block', chosen: 'flag', answer: 'block', right: false });
    expect($(el, '[part="score"]').textContent).to.include('2 of 3');
    expect(text(el)).to.include('Well done!');
    const missed = $$(el, '.missed li');
    expect(missed).to.have.length(1);
    expect(missed[0].textContent).to.include('Someone keeps sending you nasty messages.');
    expect(missed[0].textContent).to.include('Best thing to do: BLOCK IT.');
    await expect(el).to.be.accessible();

    $(el, '[part="again"]').click();
    await el.updateComplete;
    await waitUntil(() => shadowFocus(el)?.id === 'progress', 'the new try starts at question 1');
    expect($(el, '#progress').textContent).to.equal('Question 1 of 3');
    expect(el.currentAnswers).to.have.length(0);
    const again = [] as string[];
    for (let i = 0; i < 3; i++) {
      again.push(current(el, OWN).id);
      await choose(el, 'zip');
      await next(el);
    }
    expect(again, 'another order on the next try').to.not.deep.equal(order);
    expect(results).to.have.length(2);
    expect(results[1].score).to.equal(1);
    expect(text(el)).to.include('Good try!');
  });

  it('all best answers get the warmest words and no list to talk about', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${OWN}></esafety-quiz>`);
    await start(el);
    for (let i = 0; i < 3; i++) {
      await choose(el, current(el, OWN).answer);
      await next(el);
    }
    expect(text(el)).to.include('Brilliant!');
    expect(el.shadowRoot!.querySelector('.missed')).to.be.null;
  });
});

describe('<esafety-quiz>: the school’s bundle', () => {
  it('replaces a built-in question by id, adds its own, drops others, and sets the count', async () => {
    const [first, second] = DEFAULT_QUESTIONS.filter((x) => x.ages?.includes('ks1'));
    const bundle = {
      omitDefaults: DEFAULT_QUESTIONS.filter((x) => x !== first && x !== second).map((x) => x.id),
      quiz: { questions: [q(first.id, first.answer, 'Our own words for this one.'), q('own', 'block', 'A message from someone you do not know has a link.')], count: 2 },
    };
    const el = await mount(html`<esafety-quiz age="ks1" .bundle=${bundle} seed="4"></esafety-quiz>`);
    await start(el);
    expect($(el, '#progress').textContent).to.equal('Question 1 of 2');
    const seen = new Set<string>();
    for (let t = 0; t < 6; t++) {
      for (let i = 0; i < 2; i++) {
        seen.add(scenario(el));
        await choose(el, 'zip');
        await next(el);
      }
      $(el, '[part="again"]').click();
      await el.updateComplete;
    }
    const secondText = (second.scenario as Record<string, string>).en;
    expect([...seen].sort()).to.deep.equal(['A message from someone you do not know has a link.', 'Our own words for this one.', secondText].sort());
  });

  it('takes the school’s own actions (SMART rules) with their own questions', async () => {
    const bundle = {
      omitDefaults: ['zip', 'block', 'flag', ...DEFAULT_QUESTIONS.map((x) => x.id)],
      quiz: {
        actions: [
          { id: 'safe', label: 'SAFE', meaning: 'Keep your details to yourself.' },
          { id: 'meet', label: 'MEET', meaning: 'Never meet someone from online without a grown-up.' },
          { id: 'tell', label: 'TELL', meaning: 'Tell a grown-up if something worries you.' },
        ],
        questions: [q('smart-1', 'meet', 'A game friend wants to meet you.'), q('smart-2', 'safe', 'A quiz asks for your school’s name.')],
        credit: 'Our SMART rules.',
      },
    };
    const el = await mount(html`<esafety-quiz .bundle=${bundle} seed="1"></esafety-quiz>`);
    expect($$(el, '.key b').map((b) => b.textContent)).to.deep.equal(['SAFE', 'MEET', 'TELL']);
    expect($(el, '.credit').textContent).to.equal('Our SMART rules.');
    await start(el);
    expect($$(el, '[part="action"] .label').map((b) => b.textContent)).to.deep.equal(['SAFE', 'MEET', 'TELL']);
    const x = current(el, bundle);
    await choose(el, x.answer === 'meet' ? 'tell' : 'meet');
    expect($(el, '.verdict').textContent).to.include(`The best thing to do here is ${x.answer.toUpperCase()}.`);
    await expect(el).to.be.accessible();
  });

  it('refuses a question whose answer is not an action, naming where', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${{ quiz: { questions: [q('bad', 'shout', 'Hmm.')] } }}></esafety-quiz>`);
    const box = $(el, '.bundle-error');
    expect(box.textContent).to.include('quiz.questions[0].answer');
    expect(box.textContent).to.include('shout');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the age is unknown or has no questions', async () => {
    const bad = await mount(html`<esafety-quiz age="year3"></esafety-quiz>`);
    expect($(bad, '.bundle-error').textContent).to.include('"year3" is not one of: eyfs, ks1, ks2, ks3, ks4, send');
    const none = await mount(html`<esafety-quiz age="ks4"></esafety-quiz>`);
    expect($(none, '.bundle-error').textContent).to.include('has no questions for "ks4"');
    await expect(none).to.be.accessible();
  });

  it('shows bundle text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__quizXss=1">';
    const bundle = { ...OWN, quiz: { questions: [q('x', 'zip', evil, { explanation: evil })], credit: evil } };
    const el = await mount(html`<esafety-quiz .bundle=${bundle}></esafety-quiz>`);
    await start(el);
    await choose(el, 'block');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(scenario(el)).to.equal(evil);
    expect((window as { __quizXss?: number }).__quizXss).to.be.undefined;
  });
});

describe('<esafety-quiz>: sending the result', () => {
  beforeEach(() => control('reset'));

  it('with an endpoint, sends the result through the outbox as kind "quiz", with no name', async () => {
    const el = await mount(html`<esafety-quiz age="ks1" .bundle=${OWN} endpoint=${ENDPOINT} format="json"></esafety-quiz>`);
    const sent = new Promise<Envelope>((ok) => el.addEventListener('esafety-submitted', (e) => ok((e as CustomEvent).detail.envelope), { once: true }));
    await start(el);
    for (let i = 0; i < 3; i++) {
      await choose(el, current(el, OWN).answer);
      await next(el);
    }
    const envelope = await sent;
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('has been sent'), 'status says sent');
    const stored = await records();
    expect(stored).to.have.length(1);
    const e = stored[0].envelope;
    expect(e.id).to.equal(envelope.id);
    expect(e.kind).to.equal('quiz');
    expect(e.audience).to.equal('ks1');
    expect(e.school).to.equal('Larkspur Lane Primary School');
    expect(e.data).to.include({ score: 3, total: 3, age: 'ks1' });
    expect((e.data.answers as unknown[]).length).to.equal(3);
    expect(JSON.stringify(e)).to.not.match(/"name"/);
    await expect(el).to.be.accessible();
  });

  it('when the school’s server is down, says the score will be sent later, and sends it once', async () => {
    await control('plan', { responses: [{ status: 503 }] });
    const el = await mount(html`<esafety-quiz .bundle=${{ ...OWN, quiz: { ...OWN.quiz, submitResults: true }, submit: { endpoint: ENDPOINT } }}></esafety-quiz>`);
    await start(el);
    for (let i = 0; i < 3; i++) {
      await choose(el, 'zip');
      await next(el);
    }
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('when the connection is back'), 'waiting status', { timeout: 5000 });
    await waitUntil(async () => (await records()).length === 1, 'retried and stored once', { timeout: 8000 });
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('has been sent'), 'status says sent');
  });

  it('sends nothing when neither the bundle nor an endpoint asks for it', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${OWN}></esafety-quiz>`);
    let submits = 0;
    el.addEventListener('esafety-submit', () => submits++);
    await start(el);
    for (let i = 0; i < 3; i++) {
      await choose(el, 'zip');
      await next(el);
    }
    expect(submits).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.be.null;
    expect(await records()).to.have.length(0);
  });

  it('a bundle that asks for results but has no endpoint is a clear error', async () => {
    const el = await mount(html`<esafety-quiz .bundle=${{ quiz: { submitResults: true } }}></esafety-quiz>`);
    expect($(el, '.bundle-error').textContent).to.include('submit.endpoint');
  });
});

describe('<esafety-quiz>: the quiz step of <aup-form>', () => {
  const agreement = (passMark?: number) => ({
    ...OWN,
    submit: { endpoint: ENDPOINT },
    quiz: { ...OWN.quiz, ...(passMark && { passMark }) },
    agreements: [
      {
        id: 'ks1',
        audience: 'ks1',
        title: 'Our online promise',
        statements: [{ id: 's1', text: 'I ask before I go online.' }],
        signatures: [{ id: 'pupil', signer: 'pupil', fields: [{ id: 'first-name', kind: 'first-name' }] }],
        quizRequired: true,
      },
    ],
  });

  /** The quiz inside the form's shadow root, once it shows. */
  async function quizIn(form: AupForm): Promise<EsafetyQuiz> {
    await waitUntil(() => form.shadowRoot!.querySelector('esafety-quiz')?.shadowRoot?.querySelector('.quiz'), 'quiz step shown');
    return form.shadowRoot!.querySelector('esafety-quiz')!;
  }

  async function play(quiz: EsafetyQuiz, right: (i: number) => boolean) {
    await start(quiz);
    for (let i = 0; i < 3; i++) {
      const x = current(quiz, OWN);
      await choose(quiz, right(i) ? x.answer : x.answer === 'zip' ? 'block' : 'zip');
      await next(quiz);
    }
  }

  it('asks the quiz first, then the agreement, and records the score with the signature', async () => {
    const form = await fixture<AupForm>(html`<aup-form age="ks1" .bundle=${agreement()}></aup-form>`);
    const quiz = await quizIn(form);
    expect(form.shadowRoot!.querySelector('form'), 'no form before the quiz').to.be.null;
    expect(form.shadowRoot!.textContent).to.include('Step 1 of 2');
    expect(quiz.shadowRoot!.querySelector('h3[part="title"]'), 'the quiz heading sits under the form title').to.exist;
    await expect(form).to.be.accessible();
    await play(quiz, (i) => i === 0);
    await form.updateComplete;
    // Any score continues when the bundle sets no pass mark.
    const go = $(form, '[part="continue"]');
    await expect(form).to.be.accessible();
    go.click();
    await waitUntil(() => form.shadowRoot!.activeElement?.matches('h2[part="title"]'), 'focus on the agreement title');
    expect(form.shadowRoot!.textContent).to.include('Step 2 of 2');
    expect(form.shadowRoot!.querySelector('esafety-quiz')).to.be.null;
    ($(form, '[id="agree-all"], [id="st-s1"], input[type="checkbox"]') as HTMLInputElement).click();
    const name = $(form, 'input[type="text"]:not(.hp input)') as HTMLInputElement;
    name.value = 'Ava';
    name.dispatchEvent(new InputEvent('input'));
    ($(form, '[id="read"]') as HTMLInputElement).click();
    await form.updateComplete;
    const envelope = intercept<AgreementData>(form);
    $(form, '[part="submit"]').click();
    const e = await envelope;
    expect(e.kind).to.equal('agreement');
    expect(e.data.quiz).to.deep.equal({ score: 1, total: 3 });
  });

  it('with a pass mark, asks for another try until it is reached', async () => {
    const form = await fixture<AupForm>(html`<aup-form age="ks1" .bundle=${agreement(3)}></aup-form>`);
    const quiz = await quizIn(form);
    await play(quiz, (i) => i !== 1);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="continue"]')).to.be.null;
    expect(await spoken(form, '[part="quiz-step"] [role="status"]')).to.include('you need 3 or more stories right');
    await expect(form).to.be.accessible();
    $(quiz, '[part="again"]').click();
    await quiz.updateComplete;
    for (let i = 0; i < 3; i++) {
      await choose(quiz, current(quiz, OWN).answer);
      await next(quiz);
    }
    await form.updateComplete;
    $(form, '[part="continue"]').click();
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('form')).to.exist;
  });

  it('the quiz step gets the bundle as the form was given it, and fills in the quiz’s own defaults: inline, or from a URL', async () => {
    const text = JSON.stringify(agreement()).replace(/</g, '\\u003c');
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    try {
      for (const form of [
        await fixture<AupForm>(html`<aup-form age="ks1"><script type="application/json">${text}</script></aup-form>`),
        await fixture<AupForm>(html`<aup-form age="ks1" src=${url}></aup-form>`),
      ]) {
        const quiz = await quizIn(form);
        // The built-in actions (ZIP IT, BLOCK IT, FLAG IT), which the form no longer fills in itself.
        expect([...quiz.shadowRoot!.querySelectorAll('.key b')].map((b) => b.textContent)).to.deep.equal(['ZIP IT', 'BLOCK IT', 'FLAG IT']);
        await start(quiz);
        expect(current(quiz, OWN).id, 'the school’s own questions').to.match(/^own-/);
      }
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a question whose answer is not an action does not stop the agreement form: its quiz step says what is wrong', async () => {
    const b = agreement();
    const bad = { ...b, quiz: { ...b.quiz, questions: [...b.quiz.questions, q('own-shout', 'shout', 'Someone shouts in a game.')] } };
    const form = await fixture<AupForm>(html`<aup-form age="ks1" .bundle=${bad}></aup-form>`);
    await waitUntil(() => form.shadowRoot!.querySelector('esafety-quiz')?.shadowRoot?.querySelector('.bundle-error'), 'the quiz step shows its error');
    expect(form.shadowRoot!.querySelector('[part="quiz-step"]'), 'the form shows its quiz step').to.exist;
    expect(form.shadowRoot!.querySelector('esafety-quiz')!.shadowRoot!.textContent).to.include('"shout" is not one of the quiz actions');
  });

  it('an agreement without quizRequired goes straight to signing', async () => {
    const b = agreement();
    const form = await fixture<AupForm>(html`<aup-form age="ks1" .bundle=${{ ...b, agreements: [{ ...b.agreements[0], quizRequired: false }] }}></aup-form>`);
    await until(form, 'form');
    expect(form.shadowRoot!.querySelector('esafety-quiz')).to.be.null;
  });
});
