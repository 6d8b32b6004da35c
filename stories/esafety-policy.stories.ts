import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/esafety-policy/index.js';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import demoBundle from '../demo/policy.json';
// The test fixture of the fictional school's policy in its own structure (test/real-structure.test.ts).
import realStructure from '../test/fixtures/real-structure.json';
import { describe } from './docs.js';

/*
 * Every state of <esafety-policy>. The tag `state-ready`, `state-loading` or `state-error` on
 * each story says what the element must show; build/check-storybook.mjs opens every story of
 * the static build in Chromium and checks it.
 */

interface Args {
  src?: string;
  lang?: string;
  'heading-level'?: number;
  /** Only documented (from custom-elements.json); the stories set the attribute. */
  headingLevel?: number;
  /** The bundle property: an object, or JSON text. */
  bundle?: unknown;
}

type Story = StoryObj<Args>;

type Json = Record<string, unknown>;

/** The demo school's bundle with some policy fields replaced. */
function demoWith(policy: Json): Json {
  return { ...demoBundle, policy: { ...demoBundle.policy, ...policy } };
}

/**
 * The demo bundle as the stories show it when nothing is overdue. Its real `nextReview` may
 * already be in the past; a fixed date keeps the story the same whatever day it is opened.
 */
const demo = demoWith({ nextReview: '2027-09-01' });

/** A small, valid bundle that each "broken" story spoils in one way. */
function small(policy: Json = {}, top: Json = {}): Json {
  return {
    version: '2025.1',
    school: {
      name: 'Larkspur Lane Primary School',
      contacts: [
        { id: 'dsl', role: 'dsl', name: 'Rebecca Haworth', phone: '01632 960142', email: 'dsl@larkspur-lane.example' },
      ],
    },
    policy: {
      title: 'Online safety policy',
      approved: '2025-09-01',
      reviewed: '2025-09-01',
      nextReview: '2027-09-01',
      sections: [
        {
          title: 'Introduction and aims',
          blocks: [
            { type: 'paragraph', text: 'We want every child to be **safe, kind and confident** online.' },
            { type: 'clause', text: 'Any adult who is worried about a child speaks to the DSL on the same day.' },
          ],
        },
        { title: 'Who to talk to', blocks: [{ type: 'contacts', ids: ['dsl'] }] },
      ],
      ...policy,
    },
    ...top,
  };
}

/** Section 1's blocks of the small bundle with one more block. */
function withBlock(b: Json): Json {
  const sections = (small().policy as { sections: Json[] }).sections;
  const [first, ...rest] = sections;
  return small({ sections: [{ ...first, blocks: [...(first.blocks as Json[]), b] }, ...rest] });
}

/** URLs containing this never answer (see `hangingFetch`), so the element stays on "Loading…". */
const NEVER = 'never-answers';

/** Wrap window.fetch once so that a request to a URL containing NEVER never settles. */
const hangingFetch: Decorator = (story) => {
  const w = window as Window & { esafetyStoriesFetchHang?: true };
  if (!w.esafetyStoriesFetchHang) {
    w.esafetyStoriesFetchHang = true;
    const real = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return url.includes(NEVER) ? new Promise<Response>(() => {}) : real(input, init);
    };
  }
  return story();
};

/** A school's own colours and fonts, through the CSS custom properties and ::part(). */
const schoolTheme: Decorator = (story) => html`
  <style>
    .school-theme {
      font-family: Georgia, 'Times New Roman', serif;
      --esafety-accent: #6a1b6e;
      --esafety-link: #0b5c7a;
      --esafety-border: #b59ab8;
      --esafety-surface: #f7f0f8;
      --esafety-focus: #ffd23f;
      --esafety-mark: #c8f1ec;
      --esafety-radius: 12px;
    }
    .school-theme esafety-policy::part(header) {
      border-left: 8px solid #6a1b6e;
      padding-left: 1rem;
    }
    .school-theme esafety-policy::part(title) {
      font-size: 2.25rem;
      color: #6a1b6e;
    }
    .school-theme esafety-policy::part(heading) {
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .school-theme esafety-policy::part(note) {
      border-left-width: 6px;
    }
  </style>
  <div class="school-theme">${story()}</div>
`;

/** The docs page shows every story inline: a scrolling box keeps the long ones from filling it. */
const docsBox: Decorator = (story, { viewMode }) =>
  viewMode === 'docs'
    ? html`<div style="max-height: 30rem; overflow: auto" tabindex="0" role="region" aria-label="Story preview">${story()}</div>`
    : story();


const meta = {
  title: 'Elements/esafety-policy',
  component: 'esafety-policy',
  decorators: [withActions, docsBox],
  // keyed: each story gets a fresh element, so state such as a search does not leak between stories.
  render: (args: Args, { id }): TemplateResult =>
    html`${keyed(
      id,
      html`<esafety-policy
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        heading-level=${ifDefined(args['heading-level'])}
        .bundle=${args.bundle}
      ></esafety-policy>`,
    )}`,
  args: { 'heading-level': 2 },
  argTypes: {
    src: {
      control: 'text',
      description: 'URL of the policy bundle (JSON). Try `bundles/policy.json`, `fixtures/all-blocks.json` or `bundles/broken.json`.',
      table: { category: 'attributes' },
    },
    lang: {
      control: 'select',
      options: ['', 'en-GB', 'cy'],
      description: 'Language of the element (else the closest `lang` ancestor, else the bundle default).',
      table: { category: 'attributes' },
    },
    'heading-level': {
      control: { type: 'number', min: 1, max: 5, step: 1 },
      description: 'Level of the policy title heading (1–5); sections use the levels below it.',
      table: { category: 'attributes', defaultValue: { summary: '2' } },
    },
    // The property twin of heading-level: documented from custom-elements.json, set through the attribute here.
    headingLevel: { control: false },
    bundle: {
      control: false,
      description: 'The bundle as an object or JSON text. Wins over `src`.',
      table: { category: 'properties' },
    },
  },
  parameters: {
    actions: { handles: ['esafety-bundle-error'] },
  },
} satisfies Meta<Args>;

export default meta;

// ---------------------------------------------------------------- states of a good bundle

export const WholePolicy: Story = {
  name: 'Whole policy',
  tags: ['state-ready'],
  args: { bundle: demo },
  parameters: describe(
    'The demo school’s full policy (demo/policy.json): school name, title, version and dates, a search box, the contents list with deep links, numbered sections and clauses, notes, tables, footnotes, appendices, key contacts and related policies.',
  ),
};

export const SchoolsOwnStructure: Story = {
  name: 'The school’s own structure',
  tags: ['state-ready'],
  args: { bundle: realStructure },
  parameters: describe(
    'A policy as a school really writes it (`"numbering": "given"`): its own numbers, skipping, repeating ("3.7" twice, each with its own anchor) and out of order ("12." after "15."), an unnumbered “Review” heading and appendices labelled “Appendix 4” and “Appendix A”. It is a draft awaiting approval (who approves, at which meeting), reviewed every two years, with sign-off lines left blank until signed. References in the text (“section 3.7”, “Appendix 4”) and bare web and email addresses are links; lists nest, clauses and notes hold more paragraphs; contacts include a role with no name, one person with two roles and a helpline with its website; one related policy has no link.',
  ),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<EsafetyPolicy>('esafety-policy')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('#section-3-7-2')?.textContent).toMatch(/3\.7\s+Monitoring/));
    await expect(el.shadowRoot!.querySelector('a[href="#appendix-4"]')?.textContent).toBe('Appendix 4');
    await expect(el.shadowRoot!.querySelectorAll('[part="sign-off"] .blank').length).toBe(2);
  },
};

export const FromUrl: Story = {
  name: 'Loaded from a URL (src)',
  tags: ['state-ready'],
  args: { src: 'bundles/policy.json' },
  parameters: describe(
    'What a school web admin pastes into the CMS: `<esafety-policy src="policy.json">`. The element fetches the bundle (once per page, however many elements use it) and renders it.',
  ),
};

export const Loading: Story = {
  tags: ['state-loading'],
  decorators: [hangingFetch],
  args: { src: `${NEVER}/policy.json` },
  parameters: describe(
    'While the bundle is downloading, a visitor sees a short “Loading…” line (announced to screen readers) instead of an empty box. Here the server never answers; a real slow server gives up after 15 seconds with an error.',
  ),
};

export const Welsh: Story = {
  tags: ['state-ready'],
  args: { bundle: demo, lang: 'cy' },
  parameters: describe(
    'With `lang="cy"` the policy text comes from the bundle’s Welsh translations and the element’s own words (Contents, Search this policy, dates) are in Welsh.',
  ),
};

export const OverdueReview: Story = {
  name: 'Overdue review',
  tags: ['state-ready'],
  args: { bundle: demoWith({ reviewed: '2024-09-01', nextReview: '2025-09-01' }) },
  parameters: describe(
    'When the next review date has passed, a notice under the dates says the policy was due for review on that day, so visitors (and Ofsted) can see it may be out of date — and the school is reminded to review it.',
  ),
};

export const OverdueNoticeOff: Story = {
  name: 'Overdue notice off',
  tags: ['state-ready'],
  args: { bundle: demoWith({ reviewed: '2024-09-01', nextReview: '2025-09-01', overdueNotice: false }) },
  parameters: describe(
    'The same overdue policy with `"overdueNotice": false` in the bundle: the dates are shown but no notice. For a school that is mid-review and does not want the warning on its website.',
  ),
};

export const SearchResults: Story = {
  name: 'Search results',
  tags: ['state-ready'],
  args: { bundle: demo },
  parameters: describe(
    'A visitor typed “filtering” into the search box: only the sections that mention it stay visible, with the word highlighted, and a status line says how many sections match (read out by screen readers).',
  ),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<EsafetyPolicy>('esafety-policy')!;
    const input = await waitFor(() => {
      const i = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
      if (!i) throw new Error('no search box yet');
      return i;
    });
    await userEvent.type(input, 'filtering');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/filtering/));
    await expect(el.shadowRoot!.querySelectorAll('mark').length).toBeGreaterThan(0);
  },
};

export const Themed: Story = {
  tags: ['state-ready'],
  decorators: [schoolTheme],
  args: { bundle: demo },
  parameters: describe(
    'Styled to match a school website: colours through `--esafety-accent`, `--esafety-link`, `--esafety-surface` and friends, and the title, header and headings through `::part(title)`, `::part(header)`, `::part(heading)`. The font is inherited from the page.',
  ),
};

export const UnknownField: Story = {
  name: 'Unknown field (warning only)',
  tags: ['state-ready'],
  args: { bundle: small({ nextReveiw: '2027-09-01' }) },
  parameters: describe(
    'A misspelt field (`"nextReveiw"`) does not stop the policy: it renders, and the browser console warns that the field was ignored and suggests “nextReview”.',
  ),
};

// ---------------------------------------------------------------- broken bundles

const NOT_JSON = `{
  "policy": {
    "title": "Online safety policy",
    "sections": [
      { "title": "Introduction", "blocks": [{ "type": "paragraph", "text": "We keep everyone safe online." }] },
    ]
  }
}`;

export const NotJson: Story = {
  name: 'Broken: not JSON',
  tags: ['state-error'],
  args: { bundle: NOT_JSON },
  parameters: describe(
    'The bundle text has a trailing comma, which JSON does not allow. Instead of the policy, the visitor sees a box saying this part of the page cannot be shown yet, and the web admin sees the line and column of the mistake.',
  ),
};

export const WrongType: Story = {
  name: 'Broken: wrong type',
  tags: ['state-error'],
  args: { bundle: small({ sections: 'Introduction' }) },
  parameters: describe('`"sections"` is a piece of text where a list of sections is expected; the error box names the field (`policy.sections`) and says what it should be.'),
};

export const MissingField: Story = {
  name: 'Broken: missing required field',
  tags: ['state-error'],
  args: { bundle: small({ title: undefined }) },
  parameters: describe('The policy has no title. The error box says `policy.title` is missing.'),
};

export const UnknownBlockType: Story = {
  name: 'Broken: unknown block type',
  tags: ['state-error'],
  args: { bundle: withBlock({ type: 'paragraf', text: 'Pupils use the internet safely.' }) },
  parameters: describe('A block of type `"paragraf"` (a typo). The error box gives the path of the block and lists the block types that exist.'),
};

export const BadDate: Story = {
  name: 'Broken: bad date',
  tags: ['state-error'],
  args: { bundle: small({ approved: '2025-13-01' }) },
  parameters: describe('`"approved": "2025-13-01"` is not a real date (there is no month 13). The error box asks for a date written as YYYY-MM-DD.'),
};

export const JavascriptLink: Story = {
  name: 'Broken: javascript: link',
  tags: ['state-error'],
  args: { bundle: withBlock({ type: 'paragraph', text: 'Read the [code of conduct](javascript:alert(document.cookie)).' }) },
  parameters: describe(
    'A link in the text uses `javascript:`. Links may only be https:, http:, mailto: or tel:, so the bundle is refused and nothing from it reaches the page.',
  ),
};

export const NotFound: Story = {
  name: 'Broken: 404',
  tags: ['state-error'],
  args: { src: 'bundles/no-such-policy.json' },
  parameters: describe(
    '`src` points at a file that is not there. The error box gives the full address and the server’s answer (404), and suggests checking the spelling and where the file was uploaded.',
  ),
};

export const NetworkFailure: Story = {
  name: 'Broken: network failure',
  tags: ['state-error'],
  args: { src: 'http://127.0.0.1:9/policy.json' },
  parameters: describe(
    'The request fails outright (nothing answers at the address, or another site does not allow reading the file — CORS). The error box says so and what to check.',
  ),
};

export const NoBundle: Story = {
  name: 'Broken: no bundle at all',
  tags: ['state-error'],
  args: {},
  parameters: describe(
    'A bare `<esafety-policy>` on a page with no bundle: the box explains the three ways to give one (`src`, an inline `<script type="application/json">`, or a page-wide `<meta name="esafety-bundle">`).',
  ),
};

export const NoPolicyPart: Story = {
  name: 'Broken: bundle without a policy',
  tags: ['state-error'],
  args: { bundle: { ...small(), policy: undefined } },
  parameters: describe(
    'A valid bundle (school, agreements…) that has no `"policy"` part. The other elements could use it, but this one has nothing to show, and says so.',
  ),
};

export const SeveralProblems: Story = {
  name: 'Broken: several problems (demo/broken.json)',
  tags: ['state-error'],
  args: { src: 'bundles/broken.json' },
  parameters: describe('The demo site’s broken bundle, loaded by URL: every problem is listed with its path, not just the first.'),
};
