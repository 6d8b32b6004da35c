import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from 'storybook/test';
import '../src/esafety-quiz/index.js';
import type { EsafetyQuiz } from '../src/esafety-quiz/index.js';
import demoBundle from '../demo/policy.json';
import { bundleArgTypes, describe, submitArgTypes, submitEvents } from './docs.js';

/*
 * Every step of <esafety-quiz>. The tag `state-ready` or `state-error` says what the element
 * must show; build/check-storybook.mjs opens every story of the static build in Chromium and
 * checks it. Steps after "Start" are reached by a play function that clicks, as a pupil would.
 * `seed` fixes the order of the questions so the stories look the same each time.
 */

interface Args {
  age?: string;
  seed?: number;
  endpoint?: string;
  format?: string;
  src?: string;
  lang?: string;
  bundle?: unknown;
}

type Story = StoryObj<Args>;

async function quizOf(canvasElement: HTMLElement): Promise<EsafetyQuiz> {
  const el = canvasElement.querySelector<EsafetyQuiz>('esafety-quiz')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('.quiz')) throw new Error('no quiz yet');
  });
  return el;
}

const click = async (el: EsafetyQuiz, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

/** The best action's id for the question on screen (read from the element's own attempt). */
const best = (el: EsafetyQuiz) => (el as unknown as { questions: { answer: string }[]; at: number }).questions[(el as unknown as { at: number }).at].answer;

/** Play: start, then answer `n` questions (right when `right(i)`), stopping on the last feedback or going on to the summary. */
const play =
  (n: number, right: (i: number) => boolean, toSummary = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await quizOf(canvasElement);
    await click(el, '[part="start"]');
    const total = Number(el.shadowRoot!.querySelector('progress')!.max);
    const count = toSummary ? total : n;
    for (let i = 0; i < count; i++) {
      const answer = best(el);
      const wrong = ['zip', 'block', 'flag'].find((x) => x !== answer)!;
      await click(el, `[data-action="${right(i) ? answer : wrong}"]`);
      if (i < count - 1 || toSummary) await click(el, '[part="next"]');
    }
  };

const meta = {
  title: 'Elements/esafety-quiz',
  component: 'esafety-quiz',
  decorators: [withActions],
  render: (args: Args, { id }): TemplateResult =>
    html`${keyed(
      id,
      html`<esafety-quiz
        age=${ifDefined(args.age || undefined)}
        seed=${ifDefined(args.seed)}
        endpoint=${ifDefined(args.endpoint || undefined)}
        format=${ifDefined(args.format || undefined)}
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        .bundle=${args.bundle}
      ></esafety-quiz>`,
    )}`,
  argTypes: {
    age: { control: 'select', options: ['', 'eyfs', 'ks1', 'ks2', 'send'], description: 'The question set (default ks2).', table: { category: 'attributes' } },
    seed: { control: 'number', description: 'Fixes the order of the questions.', table: { category: 'attributes' } },
    ...submitArgTypes,
    ...bundleArgTypes,
  },
  args: { seed: 1 },
  parameters: { actions: { handles: ['esafety-quiz-complete', ...submitEvents] } },
} satisfies Meta<Args>;

export default meta;

export const Ks1Start: Story = {
  name: 'KS1: before starting',
  tags: ['state-ready'],
  args: { age: 'ks1' },
  parameters: describe('No bundle at all: the three actions with their symbols and meanings, the credit to the Click Clever Click Safe code, and “Start the quiz”.'),
};

export const Ks1Question: Story = {
  name: 'KS1: a question',
  tags: ['state-ready'],
  args: { age: 'ks1' },
  play: play(0, () => true),
  parameters: describe('One story at a time, “Question 1 of N” with a bar, “Read aloud”, and the actions as big buttons (arrow keys move between them, Enter chooses).'),
};

export const Ks1Right: Story = {
  name: 'KS1: feedback, best choice',
  tags: ['state-ready'],
  args: { age: 'ks1' },
  play: play(1, () => true),
  parameters: describe('Straight after an answer: “Yes! … is the best thing to do.” and why. Focus moves here and it is announced politely.'),
};

export const Ks1NotQuite: Story = {
  name: 'KS1: feedback, another choice',
  tags: ['state-ready'],
  args: { age: 'ks1' },
  play: play(1, () => false),
  parameters: describe('Never “wrong”: “Good thinking. The best thing to do here is …” and why, with the pupil’s choice and the best one marked in words.'),
};

export const Ks1Summary: Story = {
  name: 'KS1: the end',
  tags: ['state-ready'],
  args: { age: 'ks1', bundle: demoBundle },
  play: play(0, (i) => i % 3 !== 0, true),
  parameters: describe('The score in kind words, the stories worth talking about with a grown-up, who to tell at school (the demo school’s trusted adults and DSL), and “Try again”.'),
};

export const Eyfs: Story = {
  name: 'EYFS: picture-led',
  tags: ['state-ready'],
  args: { age: 'eyfs' },
  play: play(0, () => true),
  parameters: describe('The short set for the youngest: a picture for each story, bigger text and buttons.'),
};

export const Welsh: Story = {
  name: 'Welsh (cy)',
  tags: ['state-ready'],
  args: { age: 'ks2', lang: 'cy' },
  play: play(1, () => false),
  parameters: describe('lang="cy": the UI and the built-in stories in Welsh.'),
};

export const SmartRules: Story = {
  name: 'The school’s own actions (SMART)',
  tags: ['state-ready'],
  args: {
    bundle: {
      omitDefaults: ['zip', 'block', 'flag'],
      quiz: {
        actions: [
          { id: 'safe', label: 'SAFE', meaning: 'Keep your personal details to yourself.', symbol: 'keep-private' },
          { id: 'meet', label: 'MEET', meaning: 'Never meet someone from online without a grown-up.', symbol: 'friends' },
          { id: 'tell', label: 'TELL', meaning: 'Tell a grown-up if something worries you.', symbol: 'tell-adult' },
        ],
        questions: [
          { id: 'smart-1', scenario: 'A friend from a game wants to meet you at the shops.', answer: 'meet', explanation: 'People online may not be who they say. A grown-up keeps you safe.' },
          { id: 'smart-2', scenario: 'A quiz app asks for your school’s name.', answer: 'safe', explanation: 'Your school’s name helps a stranger find you, so keep it private.' },
        ],
        credit: 'Larkspur Lane teaches the SMART rules.',
      },
    },
  },
  parameters: describe('Actions are data, not code: a school that teaches other rules gives its own actions and questions.'),
};

export const Broken: Story = {
  name: 'Error: an answer that is not an action',
  tags: ['state-error'],
  args: { bundle: { quiz: { questions: [{ id: 'q1', scenario: 'A pop-up says you won.', answer: 'shout', explanation: '…' }] } } },
  parameters: describe('The school admin sees what is wrong and where: quiz.questions[0].answer is not one of the actions.'),
};

export const NoQuestions: Story = {
  name: 'Error: no questions for the age',
  tags: ['state-error'],
  args: { age: 'ks4' },
  parameters: describe('There are no built-in KS4 questions: the box says so and how to add some.'),
};
