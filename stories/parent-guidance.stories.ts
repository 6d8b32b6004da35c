import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/parent-guidance/index.js';
import type { ParentGuidance } from '../src/parent-guidance/index.js';
import demoBundle from '../demo/policy.json';
import { describe } from './docs.js';

/*
 * Every state of <parent-guidance>. The tag `state-ready` or `state-error` says what the element
 * must show; build/check-storybook.mjs opens every story of the static build in Chromium and
 * checks it. Stories that open a topic give the element an `id`, so its address
 * (#open-demo-gaming) does not open topics in the other stories of the docs page.
 */

interface Args {
  topic?: string;
  id?: string;
  lang?: string;
  'heading-level'?: number;
  src?: string;
  bundle?: unknown;
}

type Story = StoryObj<Args>;

/** The demo school's bundle, with the notes and a theme of its own a school would add. */
const school = {
  ...demoBundle,
  guidance: {
    ...demoBundle.guidance,
    themes: [{ id: 'school-apps', label: { en: 'Apps we use in school', cy: 'Apiau rydyn ni’n eu defnyddio yn yr ysgol' } }],
    notes: [
      {
        title: { en: 'Worried about something you have seen?', cy: 'Yn poeni am rywbeth rydych chi wedi’i weld?' },
        text: 'Talk to our Designated Safeguarding Lead the same day — in person, by phone or by email.',
        blocks: [{ type: 'contacts', roles: ['dsl'] }],
      },
      {
        topic: 'parental-controls',
        text: 'In school, every device is filtered and monitored by **Ashcombe Vale Grid for Learning**. At home, the controls are yours to set.',
      },
    ],
    topics: [
      ...demoBundle.guidance.topics,
      {
        id: 'school-apps',
        title: 'Apps we use in school',
        summary: 'What your child logs in to, and why.',
        tags: ['school-apps'],
        ages: ['ks1', 'ks2'],
        blocks: [
          {
            type: 'table',
            caption: 'Our learning apps',
            head: ['App', 'What for', 'Who'],
            rowHeaders: true,
            rows: [
              ['Seesaw', 'Sharing classwork with families', 'Reception to Year 6'],
              ['Bookworm Reader', 'Reading books at home', 'Years 1 to 6'],
            ],
          },
        ],
        talk: ['Ask your child to show you something they made in Seesaw this week.'],
        reviewed: '2026-09-01',
      },
    ],
  },
};

/** A right-to-left topic the school gives only in Urdu. */
const urdu = {
  guidance: {
    topics: [
      {
        id: 'screen-time-urdu',
        title: { ur: 'بچوں کے لیے اسکرین کا وقت' },
        summary: { ur: 'سونے سے پہلے ایک گھنٹہ اسکرین بند کریں۔' },
        ages: ['ks1', 'ks2'],
        tags: ['screen-time'],
        blocks: [{ type: 'list', items: [{ ur: 'رات کو فون کمرے سے باہر چارج کریں۔' }, { ur: 'خاندان کے اصول مل کر بنائیں۔' }] }],
        talk: [{ ur: 'اپنے بچے سے پوچھیں کہ وہ آن لائن کیا دیکھنا پسند کرتا ہے۔' }],
        links: [{ title: 'Childnet', url: 'https://www.childnet.com/' }],
        reviewed: '2026-11-01',
      },
    ],
  },
};

/** The element in the story's canvas, once it shows its topics. */
async function ready(canvasElement: HTMLElement): Promise<ParentGuidance> {
  const el = canvasElement.querySelector<ParentGuidance>('parent-guidance')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('[part="guidance"]')) throw new Error('not ready yet');
  });
  return el;
}

const meta = {
  title: 'Elements/parent-guidance',
  component: 'parent-guidance',
  decorators: [withActions],
  render: (args: Args, { id }): TemplateResult =>
    html`${keyed(
      id,
      html`<parent-guidance
        id=${ifDefined(args.id || undefined)}
        topic=${ifDefined(args.topic || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        heading-level=${ifDefined(args['heading-level'])}
        src=${ifDefined(args.src || undefined)}
        .bundle=${args.bundle}
      ></parent-guidance>`,
    )}`,
  argTypes: {
    topic: { control: 'text', description: 'Show this one topic only (by id), e.g. for a CMS page per topic.', table: { category: 'attributes' } },
    id: { control: 'text', description: 'Also names the topic addresses: `#<id>-<topic>` (default `#guidance-<topic>`).', table: { category: 'attributes' } },
    lang: {
      control: 'select',
      options: ['', 'en-GB', 'cy', 'ur'],
      description: 'Language of the element (else the closest `lang` ancestor, else the bundle default). Right-to-left languages lay out mirrored.',
      table: { category: 'attributes' },
    },
    'heading-level': { control: { type: 'number', min: 1, max: 5 }, description: 'Level of the card and topic headings.', table: { category: 'attributes' } },
    src: { control: 'text', description: 'URL of the policy bundle (JSON).', table: { category: 'attributes' } },
    bundle: { control: false, description: 'The bundle as an object or JSON text. Wins over `src`.', table: { category: 'properties' } },
  },
  parameters: { actions: { handles: ['esafety-bundle-error'] } },
} satisfies Meta<Args>;

export default meta;

// ---------------------------------------------------------------- the index

export const BuiltIn: Story = {
  name: 'Built-in topics (no bundle)',
  tags: ['state-ready'],
  args: {},
  parameters: describe(
    'A bare `<parent-guidance>` with no bundle at all: the built-in UK topics as cards (title, one-line summary, the ages it matters for), with a search, “Your child’s age” and “Theme”, and a status line that says how many topics are shown.',
  ),
};

export const SchoolAdditions: Story = {
  name: 'School topics, notes and overrides',
  tags: ['state-ready'],
  args: { bundle: school },
  parameters: describe(
    'The demo school’s bundle: its introduction, a note above the topics on how to reach the DSL (with the contact), its own topics and theme (“Apps we use in school”), and its own “Parental controls” and “Screen time” in place of the built-in ones (same ids). A built-in topic is hidden with `"omitDefaults": ["<id>"]`.',
  ),
};

export const Filtered: Story = {
  tags: ['state-ready'],
  args: {},
  parameters: describe('A parent chose “Ages 5–7 (KS1)” and the “Gaming” theme: only the topics for both are shown, and the count says so (read out by screen readers).'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const root = el.shadowRoot!;
    for (const [id, value] of [['age', 'ks1'], ['theme', 'gaming']]) {
      const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
    await waitFor(() => expect(root.querySelector('[part="count"]')?.textContent).not.toMatch(/Topics shown: (\d+) of \1$/));
  },
};

export const NoResults: Story = {
  name: 'Search with no results',
  tags: ['state-ready'],
  args: {},
  parameters: describe('Nothing matches “zebra”: the element says so kindly and offers a button that clears the search and filters.'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await userEvent.type(el.shadowRoot!.querySelector<HTMLInputElement>('#q')!, 'zebra');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="no-results"]')).toBeTruthy());
  },
};

// ---------------------------------------------------------------- a topic

export const TopicOpen: Story = {
  name: 'A topic, opened from its card',
  tags: ['state-ready'],
  args: { id: 'open-demo' },
  parameters: describe(
    'A parent opened “Gaming”: the topic shows in place under its own address (`#open-demo-gaming` here, `#guidance-gaming` without an `id`), so it can be bookmarked or shared, and the browser’s back button returns to the list. Focus moves to the title; “All topics” returns to the card. Blocks, step-by-step lists, “Talk to your child” prompts, trusted links (opened with no referrer) and the date it was last reviewed.',
  ),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const card = el.shadowRoot!.querySelector<HTMLAnchorElement>('#card-gaming') ?? el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="card-link"]')!;
    card.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="topic"]')).toBeTruthy());
  },
};

export const SingleTopic: Story = {
  name: 'One topic (topic attribute)',
  tags: ['state-ready'],
  args: { topic: 'parental-controls', bundle: school },
  parameters: describe(
    '`<parent-guidance topic="parental-controls">` for a CMS page per topic: just that topic, with no list and no “All topics” link. Here it is the school’s own version, with its note “At our school” about the school’s filtering.',
  ),
};

export const Welsh: Story = {
  tags: ['state-ready'],
  args: { lang: 'cy' },
  parameters: describe('With `lang="cy"`: the built-in topics, themes, ages and the element’s own words in Welsh.'),
};

export const WelshTopic: Story = {
  name: 'Welsh, one topic',
  tags: ['state-ready'],
  args: { lang: 'cy', topic: 'social-media' },
  parameters: describe('A built-in topic in Welsh, with its date in Welsh (“Adolygwyd ddiwethaf 1 Tachwedd 2026”).'),
};

export const UrduTopic: Story = {
  name: 'Right to left: an Urdu topic',
  tags: ['state-ready'],
  args: { topic: 'screen-time-urdu', bundle: urdu },
  parameters: describe(
    'A topic the school gives in Urdu only: it is marked `lang="ur" dir="rtl"` and lays out mirrored (text and list bullets on the right), while the element’s own headings stay in English.',
  ),
};

export const UrduIndex: Story = {
  name: 'Right to left: Urdu among the cards',
  tags: ['state-ready'],
  args: { bundle: urdu },
  parameters: describe('The same Urdu topic as a card among the built-in English ones: that card alone reads right to left, its accent edge on the right.'),
};

// ---------------------------------------------------------------- refused

export const MissingTitle: Story = {
  name: 'Broken: topic without a title',
  tags: ['state-error'],
  args: { bundle: { guidance: { topics: [{ id: 'apps', summary: 'The apps we use.' }] } } },
  parameters: describe('A topic with no `title`: the error box names it (`guidance.topics[0].title`).'),
};

export const UnsafeLink: Story = {
  name: 'Broken: javascript: trusted link',
  tags: ['state-error'],
  args: { bundle: { guidance: { topics: [{ id: 'apps', title: 'Apps', links: [{ title: 'Help', url: 'javascript:alert(1)' }] }] } } },
  parameters: describe('A trusted link with a `javascript:` address is refused when the bundle loads: links may only be https:, http:, mailto: or tel:.'),
};

export const UnknownTopic: Story = {
  name: 'Broken: unknown topic attribute',
  tags: ['state-error'],
  args: { topic: 'gamming' },
  parameters: describe('`topic="gamming"` (a typo) names no topic: the box says so and lists the topics there are.'),
};

export const NoteForMissingTopic: Story = {
  name: 'Broken: note for a missing topic',
  tags: ['state-error'],
  args: { bundle: { guidance: { notes: [{ topic: 'parental-control', text: 'We filter school devices.' }] } } },
  parameters: describe('A school note for `"topic": "parental-control"`, which is not a topic (the id is `parental-controls`): the box gives the path, `guidance.notes[0].topic`.'),
};
