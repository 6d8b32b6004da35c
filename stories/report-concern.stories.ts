import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/report-concern/index.js';
import type { ReportConcern } from '../src/report-concern/index.js';
import type { Envelope, SubmitState } from '../src/submit/types.js';
import demoBundle from '../demo/policy.json';
import { bundleArgTypes, describe, submitArgTypes, submitEvents } from './docs.js';

/*
 * Every state of <report-concern>. The tag `state-ready` or `state-error` says what the element
 * must show; build/check-storybook.mjs opens every story of the static build in Chromium and
 * checks it. Nothing here goes to the network: the states after "Send report" are shown by
 * filling the form in, taking the envelope from `esafety-submit` (the host-page take-over), and
 * giving the element that submission's state.
 */

interface Args {
  reporter?: string;
  endpoint?: string;
  format?: string;
  src?: string;
  lang?: string;
  bundle?: unknown;
}

type Story = StoryObj<Args>;

const ENDPOINT = 'https://forms.larkspur-lane.example/esafety';
/** No concern settings of its own: the built-in categories and routes. */
const BARE = { school: { name: 'Larkspur Lane Primary School' }, submit: { endpoint: ENDPOINT } };

/** The element in the story's canvas, once it shows its form. */
async function formOf(canvasElement: HTMLElement): Promise<ReportConcern> {
  const el = canvasElement.querySelector<ReportConcern>('report-concern')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('form')) throw new Error('no form yet');
  });
  return el;
}

/** Set a field's value as typing would. */
function fill(el: ReportConcern, id: string, value: string) {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
}

/** Choose a radio of a group by its value. */
const choose = (el: ReportConcern, group: string, value: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)].find((r) => r.value === value)?.click();

/** Fill in a report as the given reporter (anonymously or not). */
async function fillIn(el: ReportConcern, role: string, anonymous = false) {
  choose(el, 'role', role);
  await el.updateComplete;
  choose(el, 'category', 'contact');
  fill(el, 'what', 'Someone I do not know keeps messaging in the chat of a game and asked for a photo.');
  fill(el, 'where', 'BlockWorld chat');
  fill(el, 'when', 'Last night, about 8pm');
  await el.updateComplete;
  if (anonymous) el.shadowRoot!.getElementById('anonymous')!.click();
  else {
    await el.updateComplete;
    fill(el, 'name', role === 'pupil' ? 'Ava' : 'Sam Example');
    fill(el, 'contact', role === 'pupil' ? 'Oak' : 'sam@example.org');
  }
  await el.updateComplete;
}

/** Press "Send report"; the page takes the envelope over. */
function send(el: ReportConcern): Promise<Envelope> {
  const envelope = new Promise<Envelope>((ok) => el.addEventListener('esafety-submit', (e) => (e.preventDefault(), ok((e as CustomEvent).detail.envelope)), { once: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return envelope;
}

/** A play function: fill in, send, and show the state the outbox would report for that envelope. */
const after =
  (role: string, state: (envelope: Envelope) => SubmitState, sending = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await formOf(canvasElement);
    await fillIn(el, role);
    const controller = (el as unknown as { submitter: { state?: SubmitState; sending: boolean } }).submitter;
    controller.state = state(await send(el));
    controller.sending = sending;
    el.requestUpdate();
    await el.updateComplete;
  };

const meta = {
  title: 'Elements/report-concern',
  component: 'report-concern',
  decorators: [withActions],
  // keyed: each story gets a fresh element, so what was typed does not leak between stories.
  render: (args: Args, { id }): TemplateResult =>
    html`${keyed(
      id,
      html`<report-concern
        reporter=${ifDefined(args.reporter || undefined)}
        endpoint=${ifDefined(args.endpoint || undefined)}
        format=${ifDefined(args.format || undefined)}
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        .bundle=${args.bundle}
      ></report-concern>`,
    )}`,
  argTypes: {
    reporter: {
      control: 'select',
      options: ['', 'pupil', 'parent', 'staff', 'other'],
      description: 'Who is reporting, chosen in advance (they can still change it).',
      table: { category: 'attributes' },
    },
    ...submitArgTypes,
    ...bundleArgTypes,
  },
  parameters: {
    actions: { handles: submitEvents },
  },
} satisfies Meta<Args>;

export default meta;

// ---------------------------------------------------------------- who is reporting

export const Bare: Story = {
  name: 'Bare, with an endpoint',
  tags: ['state-ready'],
  args: { endpoint: ENDPOINT },
  parameters: describe(
    'No bundle at all, only `endpoint` on the tag: the built-in categories (content, contact, conduct, commerce) and UK routes. “If someone is in immediate danger, call 999” comes first; until the reporter says who they are, only the routes for everyone show.',
  ),
};

export const School: Story = {
  name: 'The school’s bundle',
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe('The demo school (demo/policy.json): its own urgent notice (with the DSL’s number), its own category (school devices), and its DSL named as the person who reads reports.'),
};

export const Pupil: Story = {
  tags: ['state-ready'],
  args: { reporter: 'pupil', bundle: demoBundle },
  parameters: describe('`reporter="pupil"`: Childline, Report Remove and CEOP; short, kind words (“Telling us is the right thing to do.”), and the class instead of a phone number.'),
};

export const Parent: Story = {
  tags: ['state-ready'],
  args: { reporter: 'parent', bundle: demoBundle },
  parameters: describe('A parent or carer: CEOP, Report Remove, the NSPCC helpline, Report Harmful Content and the IWF. Choosing what happened narrows them further.'),
};

export const Staff: Story = {
  tags: ['state-ready'],
  args: { reporter: 'staff', bundle: demoBundle },
  parameters: describe('Staff and volunteers: CEOP, the NSPCC helpline, the IWF and the Professionals Online Safety Helpline.'),
};

export const Anonymous: Story = {
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe('“I want to stay anonymous” ticked: the name and contact fields go, and nothing that says who they are is sent.'),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillIn(el, 'parent', true);
    await waitFor(() => expect(el.shadowRoot!.getElementById('name')).toBeNull());
  },
};

export const Welsh: Story = {
  name: 'Welsh',
  tags: ['state-ready'],
  args: { lang: 'cy', reporter: 'parent', bundle: BARE },
  parameters: describe('With `lang="cy"`: the element’s words, the built-in categories and the routes in Welsh.'),
};

// ---------------------------------------------------------------- states

export const Errors: Story = {
  name: 'Errors',
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe('“Send report” with nothing filled in: “There is a problem” takes focus and links to each question; each message also stands beside its question.'),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitFor(() => expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).toBe(true));
  },
};

export const Sending: Story = {
  tags: ['state-ready'],
  args: { bundle: BARE },
  parameters: describe('On its way: the button is disabled (a double click sends once) and “Sending…” is announced.'),
  play: after('parent', (envelope) => ({ state: 'sending', envelope }), true),
};

export const Sent: Story = {
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe(
    'Accepted by the school’s server: who will read it (the DSL by name) and when (not round the clock), the urgent routes again, and a copy laid out for the DSL’s safeguarding record, to print.',
  ),
  play: after('parent', (envelope) => ({ state: 'sent', envelope, status: 201 })),
};

export const SentPupil: Story = {
  name: 'Sent by a pupil',
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe('The same for a pupil: “Thank you for telling us. You did the right thing by telling us.”'),
  play: after('pupil', (envelope) => ({ state: 'sent', envelope, status: 201 })),
};

export const Waiting: Story = {
  name: 'Not sent yet (retrying)',
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe(
    'No connection, or the server is down: the report is kept only in this page (never in browser storage: a shared device is the risk), the screen says “Not saved on this device”, and it is retried while the page is open. The reporter can print or save a copy, and sees the school’s phone and email; “Report something else” waits until it is sent, and leaving the page asks first.',
  ),
  play: after('parent', (envelope) => ({ state: 'waiting', envelope, error: 'the network request failed', retryAt: Date.now() + 60_000, stored: false })),
};

export const Rejected: Story = {
  name: 'Refused by the server',
  tags: ['state-ready'],
  args: { bundle: BARE },
  parameters: describe('The school’s server answered with an error (here 422): a clear message at the top, a copy to print or save; everything typed stays, ready to send again.'),
  play: after('staff', (envelope) => ({ state: 'rejected', envelope, status: 422, error: 'the server answered 422' })),
};

export const AnsweredFailed: Story = {
  name: 'Not sent: the server kept saying it failed',
  tags: ['state-ready'],
  args: { bundle: demoBundle },
  parameters: describe('The school’s system answered 200 but said it failed, a few times in a row: never “sent”. The form comes back with everything typed, and a copy to print or save.'),
  play: after('parent', (envelope) => ({ state: 'rejected', envelope, status: 200, error: 'the server answered 200 but said it failed' })),
};

// ---------------------------------------------------------------- refused when it loads

export const NoEndpoint: Story = {
  name: 'Broken: no endpoint',
  tags: ['state-error'],
  args: { bundle: {} },
  parameters: describe('Neither the bundle nor the tag says where reports go: the box says how to add one.'),
};

export const UnknownReporter: Story = {
  name: 'Broken: unknown reporter',
  tags: ['state-error'],
  args: { reporter: 'teacher', bundle: BARE },
  parameters: describe('`reporter="teacher"` is not one of the reporters: the box lists the ones there are.'),
};

export const UnsafeRoute: Story = {
  name: 'Broken: unsafe route link',
  tags: ['state-error'],
  args: { bundle: { ...BARE, concern: { routes: [{ id: 'x', name: 'X', description: 'X', url: 'javascript:alert(1)' }] } } },
  parameters: describe('A route whose link is `javascript:`: refused, with where it is in the bundle.'),
};
