import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/aup-form/index.js';
import type { AupForm } from '../src/aup-form/index.js';
import type { Envelope, SubmitState } from '../src/submit/types.js';
import demoBundle from '../demo/policy.json';
// The fictional school's policy in its own structure (test/real-structure.test.ts, test/aup-audiences.test.ts).
import realStructure from '../test/fixtures/real-structure.json';
import { bundleArgTypes, describe, submitArgTypes, submitEvents } from './docs.js';

/*
 * Every audience and every state of <aup-form>. The tag `state-ready` or `state-error` says
 * what the element must show; build/check-storybook.mjs opens every story of the static build
 * in Chromium and checks it. Nothing here goes to the network: the states after "Sign and send"
 * are shown by filling the form in, taking the envelope from `esafety-submit` (the host-page
 * take-over), and giving the element that submission's state.
 */

interface Args {
  age?: string;
  audience?: string;
  endpoint?: string;
  format?: string;
  src?: string;
  lang?: string;
  bundle?: unknown;
}

type Story = StoryObj<Args>;

/** No agreements of its own: the element uses its built-in ones. */
const BARE = { school: { name: 'Larkspur Lane Primary School' }, submit: { endpoint: 'https://forms.larkspur-lane.example/esafety' } };


/** The element in the story's canvas, once it shows its form. */
async function formOf(canvasElement: HTMLElement): Promise<AupForm> {
  const el = canvasElement.querySelector<AupForm>('aup-form')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('form')) throw new Error('no form yet');
  });
  return el;
}

/** Tick everything, type a name in every field and press "Sign and send"; the page takes the envelope over. */
async function fillAndSend(el: AupForm): Promise<Envelope> {
  const root = el.shadowRoot!;
  root.getElementById('agree-all')?.click();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
    input.value = input.id.endsWith('class') ? 'Oak' : input.id.includes('first') ? 'Ava' : 'Sam Example';
    input.dispatchEvent(new InputEvent('input'));
  }
  for (const c of root.querySelectorAll<HTMLInputElement>('[id^="c-"]')) c.click();
  root.getElementById('read')!.click();
  await el.updateComplete;
  const envelope = new Promise<Envelope>((ok) => el.addEventListener('esafety-submit', (e) => (e.preventDefault(), ok((e as CustomEvent).detail.envelope)), { once: true }));
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return envelope;
}

/** A play function: fill in, send, and show the state the outbox would report for that envelope. */
const after =
  (state: (envelope: Envelope) => SubmitState, sending = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await formOf(canvasElement);
    const controller = (el as unknown as { submitter: { state?: SubmitState; sending: boolean } }).submitter;
    controller.state = state(await fillAndSend(el));
    controller.sending = sending;
    el.requestUpdate();
    await el.updateComplete;
  };

/** A school's own colours and fonts, through the CSS custom properties and ::part(). */
const schoolTheme: Decorator = (story) => html`
  <style>
    .school-theme {
      font-family: Georgia, 'Times New Roman', serif;
      --esafety-accent: #6a1b6e;
      --esafety-border: #b59ab8;
      --esafety-surface: #f7f0f8;
      --esafety-focus: #ffd23f;
      --esafety-radius: 12px;
    }
    .school-theme aup-form::part(title) {
      color: #6a1b6e;
      font-size: 2rem;
    }
    .school-theme aup-form::part(statement) {
      border-width: 2px;
    }
    .school-theme aup-form::part(submit) {
      border-radius: 999px;
      padding-inline: 2rem;
    }
  </style>
  <div class="school-theme">${story()}</div>
`;

const meta = {
  title: 'Elements/aup-form',
  component: 'aup-form',
  decorators: [withActions],
  // keyed: each story gets a fresh element, so ticks and names do not leak between stories.
  render: (args: Args, { id }): TemplateResult =>
    html`${keyed(
      id,
      html`<aup-form
        age=${ifDefined(args.age || undefined)}
        audience=${ifDefined(args.audience || undefined)}
        endpoint=${ifDefined(args.endpoint || undefined)}
        format=${ifDefined(args.format || undefined)}
        src=${ifDefined(args.src || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        .bundle=${args.bundle}
      ></aup-form>`,
    )}`,
  argTypes: {
    age: {
      control: 'select',
      options: ['', 'eyfs', 'ks1', 'ks2', 'ks3', 'ks4'],
      description: 'Pupils’ agreement, by key stage.',
      table: { category: 'attributes' },
    },
    audience: {
      control: 'select',
      options: ['', 'staff', 'volunteer', 'governor', 'parent', 'visitor'],
      description: 'Any other audience. Wins over `age`.',
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

// ---------------------------------------------------------------- the school's own agreements

export const SchoolKs1: Story = {
  name: 'KS1, the school’s agreement',
  tags: ['state-ready'],
  args: { age: 'ks1', bundle: demoBundle },
  parameters: describe(
    'The demo school’s Years 1 and 2 promise (demo/policy.json): a symbol and a “Read aloud” button beside each short statement (the button only appears where the browser can speak), big tick boxes, “I agree to all of these”, the pupil’s first name and class, the parent’s name, the “I have read this and I agree” tick and today’s date.',
  ),
};

export const SchoolParent: Story = {
  name: 'Parent, with consents',
  tags: ['state-ready'],
  args: { audience: 'parent', bundle: demoBundle },
  parameters: describe(
    'The parent and carer agreement with the school’s consents as separate ticks: photos on the website and in the newsletter are optional; the learning-apps consent is marked “(required)”.',
  ),
};

export const SchoolStaff: Story = {
  name: 'Staff, the school’s agreement',
  tags: ['state-ready'],
  args: { audience: 'staff', bundle: demoBundle },
  parameters: describe('The school’s staff agreement: full name and the role, with the labels the bundle gives.'),
};

export const SharedAgreement: Story = {
  name: 'One agreement for volunteers, staff and governors',
  tags: ['state-ready'],
  args: { audience: 'volunteer', bundle: realStructure },
  parameters: describe(
    'An agreement the school wrote once for staff, volunteers and governors (`"audiences": ["staff", "volunteer", "governor"]`), shown here to a volunteer. Its “Signed” field is a typed full name, with today’s date beside it.',
  ),
};

export const FallbackToBuiltIn: Story = {
  name: 'No school agreement for the audience, built-in allowed',
  tags: ['state-ready'],
  args: { audience: 'parent', bundle: { ...realStructure, agreementFallback: true } },
  parameters: describe(
    'The school’s bundle has agreements, but none for parents. With `"agreementFallback": true` the built-in parent agreement is shown, with a note for the school (and a console warning). Without it, the form shows an error box naming the problem.',
  ),
};

export const SchoolKs2QuizStep: Story = {
  name: 'KS2, the quiz step before signing',
  tags: ['state-ready'],
  args: { age: 'ks2', bundle: demoBundle },
  parameters: describe(
    'The demo school’s KS2 agreement has `"quizRequired": true`: step 1 is the ZIP IT, BLOCK IT, FLAG IT quiz (its heading one level below the form’s); once it is finished, “Continue to the agreement” leads to step 2, signing. Any score continues unless the bundle sets `quiz.passMark`; the score goes in the agreement’s envelope.',
  ),
};

// ---------------------------------------------------------------- built-in agreements

const builtIn = (attr: 'age' | 'audience', who: string, text: string): Story => ({
  name: `${attr === 'age' ? who.toUpperCase() : who[0].toUpperCase() + who.slice(1)} (built-in)`,
  tags: ['state-ready'],
  args: { [attr]: who, bundle: BARE },
  parameters: describe(text),
});

export const BuiltInEyfs = builtIn('age', 'eyfs', 'With no agreement in the bundle, the built-in EYFS promise: four statements with symbols and read-aloud; the parent or carer signs alone, for their child.');
export const BuiltInKs1 = builtIn('age', 'ks1', 'The built-in Years 1 and 2 promise, with symbols and read-aloud.');
export const BuiltInKs2 = builtIn('age', 'ks2', 'The built-in KS2 agreement, built around ZIP IT, BLOCK IT, FLAG IT.');
export const BuiltInKs3 = builtIn('age', 'ks3', 'The built-in secondary agreement (KS3 and KS4 share it).');
export const BuiltInStaff = builtIn('audience', 'staff', 'The built-in staff agreement (renewed every 12 months): full name and role.');
export const BuiltInVolunteer = builtIn('audience', 'volunteer', 'The built-in volunteer agreement.');
export const BuiltInGovernor = builtIn('audience', 'governor', 'The built-in governor agreement.');
export const BuiltInParent = builtIn('audience', 'parent', 'The built-in parent and carer agreement, with two optional photo consents.');
export const BuiltInVisitor = builtIn('audience', 'visitor', 'The built-in visitor agreement: full name and an optional organisation.');

export const Welsh: Story = {
  tags: ['state-ready'],
  args: { age: 'ks1', lang: 'cy', bundle: BARE },
  parameters: describe('With `lang="cy"`: the built-in promise in Welsh, the element’s own words in Welsh, and “Read aloud” speaks Welsh (a Welsh voice where the device has one).'),
};

export const Themed: Story = {
  tags: ['state-ready'],
  decorators: [schoolTheme],
  args: { age: 'ks1', bundle: demoBundle },
  parameters: describe('Styled to match a school website through `--esafety-*` custom properties and `::part(title)`, `::part(statement)`, `::part(submit)`.'),
};

// ---------------------------------------------------------------- states

export const Errors: Story = {
  name: 'Errors',
  tags: ['state-ready'],
  args: { age: 'ks1', bundle: demoBundle },
  parameters: describe(
    '“Sign and send” with nothing filled in: “There is a problem” at the top takes focus and links to each field; each message also stands beside its field. Whatever was typed stays.',
  ),
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitFor(() => expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).toBe(true));
  },
};

export const Sending: Story = {
  tags: ['state-ready'],
  args: { audience: 'staff', bundle: BARE },
  parameters: describe('On its way: the button is disabled (a double click sends once) and “Sending…” is announced.'),
  play: after((envelope) => ({ state: 'sending', envelope }), true),
};

export const Sent: Story = {
  tags: ['state-ready'],
  args: { age: 'ks1', bundle: demoBundle },
  parameters: describe(
    'The school’s server accepted it: “Thank you”, and a receipt to print — what was agreed, the names, the date and the reference (the submission id). “Fill in a new form” clears it for the next person on a shared device.',
  ),
  play: after((envelope) => ({ state: 'sent', envelope, status: 201 })),
};

export const Waiting: Story = {
  name: 'Waiting to send',
  tags: ['state-ready'],
  args: { audience: 'parent', bundle: demoBundle },
  parameters: describe(
    'No connection (or the server is down): the agreement is saved on the device and sent automatically later. The receipt is there already; the heading says honestly that it is not sent yet.',
  ),
  play: after((envelope) => ({ state: 'waiting', envelope, error: 'the network request failed', retryAt: Date.now() + 60_000, stored: true })),
};

export const WaitingNotStored: Story = {
  name: 'Waiting to send, not saved',
  tags: ['state-ready'],
  args: { audience: 'visitor', bundle: BARE },
  parameters: describe(
    'The browser could not save it (a sandboxed iframe as Google Sites embeds pages, private browsing, storage full): it says “Not saved on this device”, keeps trying while the page is open, offers to print or save a copy, and leaving the page asks first.',
  ),
  play: after((envelope) => ({ state: 'waiting', envelope, error: 'the network request failed', retryAt: Date.now() + 60_000, stored: false })),
};

export const Rejected: Story = {
  name: 'Refused by the server',
  tags: ['state-ready'],
  args: { age: 'ks2', bundle: BARE },
  parameters: describe('The school’s server answered with an error (here 422): a clear message at the top with the status, a copy to print or save; the form and everything in it stay, ready to send again.'),
  play: after((envelope) => ({ state: 'rejected', envelope, status: 422, error: 'the server answered 422' })),
};

export const AnsweredFailed: Story = {
  name: 'Not sent: the server kept saying it failed',
  tags: ['state-ready'],
  args: { audience: 'parent', bundle: demoBundle },
  parameters: describe(
    'The school’s system answered 200 but said it failed (`{"result":"error"}`, or an error page with `confirm: "id"`), a few times in a row: never “sent”. The form comes back with everything in it, and a copy to print or save.',
  ),
  play: after((envelope) => ({ state: 'rejected', envelope, status: 200, error: 'the server answered 200 but said it failed' })),
};

// ---------------------------------------------------------------- refused when it loads

export const PlainHttpEndpoint: Story = {
  name: 'Broken: http endpoint',
  tags: ['state-error'],
  args: { age: 'ks1', endpoint: 'http://forms.example.org/esafety', bundle: BARE },
  parameters: describe('`endpoint="http://…"` on a real domain: refused when the element loads (submissions must use https), not when a pupil presses “Sign and send”.'),
};

export const NoEndpoint: Story = {
  name: 'Broken: no endpoint',
  tags: ['state-error'],
  args: { age: 'ks1', bundle: {} },
  parameters: describe('Neither the bundle nor the tag says where submissions go: the box says how to add one.'),
};

export const UnknownAge: Story = {
  name: 'Broken: unknown age',
  tags: ['state-error'],
  args: { age: 'year3', bundle: BARE },
  parameters: describe('`age="year3"` is not an audience: the box lists the ones there are.'),
};
