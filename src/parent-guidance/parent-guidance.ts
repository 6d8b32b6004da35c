import { msg, str } from '@lit/localize';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { AGES } from '../bundle/schema/values.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { BundleIssue, GuidanceNote, Topic } from '../bundle/types.js';
import { uiLocaleFor } from '../i18n/localization.js';
import { formatDate } from '../text/dates.js';
import { dirOf, pick, pickWithLang } from '../text/local.js';
import { mark } from '../text/render.js';
import { block, linkList, text, type BlockContext } from '../ui/blocks.js';
import { BundleElement } from '../ui/bundle-element.js';
import { apartName } from '../ui/landmarks.js';
import { headingTag } from '../ui/heading.js';
import { ageBandLabel, agesText } from './labels.js';
import { matches, topicCards, topicInHash, type TopicCard } from './model.js';
import { guidanceStyles } from './styles.js';
import { DEFAULT_THEMES } from '../bundle/defaults/guidance-themes.en.js';
import { topicsBuiltIn, topicsWithoutText } from '../bundle/defaults/built-in.js';
import { partsCheck } from '../bundle/fast-parts.js';

/**
 * This page without its fragment, as a full address: a path alone that starts with "//"
 * (https://school.example//x) would be read as another site's address.
 */
const indexAddress = (): string => {
  const u = new URL(location.href);
  u.hash = '';
  return u.href;
};

/**
 * Online-safety guidance for parents and carers: built-in UK topics (social media and age
 * ratings, parental controls, gaming, screen time, photos, bullying, scams, AI, where to get
 * help) and the school's own, as cards filtered by age and theme with a search. A topic opens
 * in place under its own address (`#guidance-<id>`), so links to it and the back button work;
 * it prints cleanly. The school's bundle adds topics and notes, and overrides or hides (with
 * `omitDefaults`) built-in topics by id.
 *
 * @tagname parent-guidance
 * @summary Guidance pages for parents and carers, with filters, search and deep links.
 *
 * @attr topic - Show this one topic only (by id), e.g. for a CMS page per topic.
 * @attr heading-level - Level of the topic and card headings (1–5, default 2); sub-headings use the level below.
 * @attr {string} id - Also names the topic addresses: with `id="advice"` they are `#advice-<topic>`, so two lists on a page do not clash.
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr {string} lang - Language of the element (else the closest ancestor's, else the bundle default). Right-to-left languages lay out mirrored.
 *
 * @fires esafety-bundle-error - The bundle (or the `topic` attribute) could not be used. `detail.issues` lists
 *   `{ path, message }` for each problem; `detail.source` says where the bundle came from.
 *
 * @csspart guidance - The whole element once loaded.
 * @csspart intro - The bundle's introduction above the topics.
 * @csspart school-note - The school's own notes (above the topics, or inside one).
 * @csspart filters - The search box and the age and theme choices.
 * @csspart search-input - The search field.
 * @csspart count - The "Topics shown" line.
 * @csspart cards - The list of topic cards.
 * @csspart card - Each topic card.
 * @csspart card-link - A card's title link, which opens the topic.
 * @csspart no-results - The "No topics match" box with its clear button.
 * @csspart back - The "All topics" link above an open topic.
 * @csspart topic - An open topic.
 * @csspart title - The open topic's title.
 * @csspart talk - The "Talk to your child" prompts.
 * @csspart links - The trusted links.
 * @csspart link - Links from the bundle.
 * @csspart reviewed - The "Last reviewed" date.
 * @csspart note - Notes.
 * @csspart list - Bullet and numbered lists.
 * @csspart clause - Numbered clauses.
 * @csspart number - Clause numbers.
 * @csspart table - Tables.
 * @csspart table-wrap - The scrolling box around each table (narrow screens).
 * @csspart contacts - Contact lists.
 * @csspart contact - Each contact in them.
 * @csspart match - Search matches in the cards.
 * @csspart loading - The loading line (of the guidance, or of an open topic's advice).
 * @csspart error - The box shown in place of the guidance when the bundle is broken, or of an
 *   open topic's advice when it could not be loaded.
 *
 * @cssprop [--esafety-accent=#1d4f91] - Accent colour (card edges, links, buttons).
 * @cssprop [--esafety-link] - Link colour (defaults to the accent).
 * @cssprop [--esafety-border=#8a8f98] - Borders of cards and fields.
 * @cssprop [--esafety-muted=#4a5160] - Secondary text (ages, dates, counts).
 * @cssprop [--esafety-surface=#f4f6f9] - Background of notes and the prompts.
 * @cssprop [--esafety-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--esafety-danger=#b3261e] - Border of the error box.
 * @cssprop [--esafety-mark=#fff2a8] - Background of search matches.
 * @cssprop [--esafety-radius=4px] - Corner radius.
 * @cssprop [--esafety-max-width=48rem] - Widest the guidance grows.
 * @cssprop [--esafety-target=#fff7d6] - Background of the place a link or the address took the reader (a heading or a field).
 */
export class ParentGuidance extends BundleElement {
  static override styles = guidanceStyles;
  protected static override check = partsCheck(['school', 'guidance'], { guidance: { themes: DEFAULT_THEMES } }, () =>
    import('../bundle/defaults/parent-guidance.welsh.js'),
  );
  /**
   * The built-in topics load on demand (src/bundle/defaults/built-in.ts): their cards for the
   * index, and their text once a parent opens one or searches (wantText).
   */
  protected static override builtIns = topicsBuiltIn;
  static override properties: PropertyDeclarations = {
    topic: {},
    q: { state: true, attribute: false },
    age: { state: true, attribute: false },
    theme: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** Show this one topic only (by id): no index, no back link, no address of its own. */
  topic?: string;

  private q = '';
  private age = '';
  private theme = '';
  /** The topic the address names (undefined: the index). */
  private open?: string;
  /** Whether the open topic was reached from the index, so "All topics" can go back in history. */
  private fromIndex = false;
  /** The id of what to focus after the next render. */
  private focusNext?: string;
  /** The built-in topics with the school's merged over them (replace, add, drop by id). */
  private topics: Topic[] = [];
  private cards?: TopicCard[];
  private cardsKey?: [Topic[], string];
  /** The bundle whose built-in topics' text has been asked for (once for each). */
  private textFor?: ResolvedBundle;
  /** Why the built-in topics' text could not be loaded (the index still works on their cards). */
  private textMissing?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    addEventListener('popstate', this.onHash);
    this.onHash();
    this.fromIndex = false; // a topic named in the address on load was not opened from the index
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    removeEventListener('popstate', this.onHash);
  }

  private get hashPrefix(): string {
    return `${this.id || 'guidance'}-`;
  }

  protected override worksBare(): boolean {
    return true;
  }

  /** One topic to show at once (the attribute, or the address on arrival): its text with it; else the cards. */
  protected override builtInSet(): string | undefined {
    return this.topic !== undefined || this.open ? undefined : 'cards';
  }

  protected override requirements(b: ResolvedBundle): BundleIssue[] {
    // The base class has merged the built-in topics in (builtIns above).
    this.topics = b.guidance.topics;
    this.textMissing = undefined;
    const ids = this.topics.map((t) => t.id);
    const issues: BundleIssue[] = [];
    if (!ids.length)
      issues.push({ path: 'guidance.topics', message: this.builtInsMissing ?? 'has no topics: omitDefaults leaves out every built-in one, and the bundle adds none' });
    b.guidance.notes?.forEach((n, i) => {
      if (n.topic && !ids.includes(n.topic))
        issues.push({ path: `guidance.notes[${i}].topic`, message: `no topic has the id "${n.topic}" (check the spelling, and that omitDefaults does not hide it)` });
    });
    if (this.topic !== undefined && !ids.includes(this.topic))
      issues.push({ path: 'the topic attribute', message: `"${this.topic}" is not a guidance topic — use one of: ${ids.join(', ')}` });
    return issues;
  }

  protected override recheck(changed: PropertyValues): boolean {
    return changed.has('topic');
  }

  /**
   * Merge the built-in topics' text into the shown bundle, without a "Loading…" in between: when
   * a topic is open, or the search is used (from its focus, so that it is in before the first
   * key, most times), or a card is about to be opened (its link has focus, or is pressed: often
   * in before the click). A topic waiting for it says so; the search waits too, rather than show
   * a count it would take back.
   */
  private wantText = (): void => {
    const r = this.result;
    if (!r?.ok || !topicsWithoutText(r.bundle) || this.textFor === r.bundle) return;
    this.textFor = r.bundle;
    void topicsBuiltIn(r.bundle, !!this.listsWelsh).then(({ bundle, missing }) => {
      if (this.result !== r) return; // loaded again meanwhile: the new load asks for its own
      if (missing) {
        this.textMissing = missing;
        console.error(`<parent-guidance>: ${missing}`);
        return this.requestUpdate();
      }
      this.topics = bundle.guidance.topics;
      this.result = { ...r, bundle };
    });
  };

  /** Follow the address: open the topic it names, or go back to the index. */
  private onHash = () => this.openTopic(topicInHash(location.hash, this.hashPrefix));

  private openTopic(next: string | undefined) {
    const prev = this.open;
    if (next === prev) return;
    this.fromIndex = !prev;
    this.open = next;
    this.focusNext = next ? 'topic-title' : `card-${prev}`;
  }

  /** "All topics": back in history when the index is the page before, else to the index as a new page. */
  private back = (e: MouseEvent) => {
    if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // a new tab or window: the browser's job
    e.preventDefault();
    if (this.fromIndex) return history.back();
    history.pushState(null, '', indexAddress());
    this.openTopic(undefined);
  };

  private clear = () => {
    this.q = this.age = this.theme = '';
    this.focusNext = 'q';
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.open !== undefined || this.topic !== undefined || this.q.trim()) this.wantText();
    const id = this.focusNext;
    if (!id || !this.result || this.topic) return;
    this.focusNext = undefined;
    // By id, not a selector: the id comes from the address, which anyone can write (#guidance-x"]).
    const target = (this.renderRoot as ShadowRoot).getElementById(id);
    if (!target) return;
    const r = target.getBoundingClientRect();
    if (id === 'topic-title' && (r.top < 0 || r.bottom > innerHeight)) this.scrollIntoView();
    target.focus({ preventScroll: id === 'topic-title' });
  }

  protected renderBundle(b: ResolvedBundle): TemplateResult {
    const lang = this.locale;
    const id = this.topic ?? this.open;
    const t = id === undefined ? undefined : this.topics.find((x) => x.id === id);
    const ctx: BlockContext = { lang, base: b.defaultLocale, contacts: b.school?.contacts ?? [] };
    return html`<section class="guidance" part="guidance" lang=${lang} dir=${dirOf(lang)}>
      ${t ? this.renderTopic(t, b, ctx) : this.renderIndex(b, ctx)}
    </section>`;
  }

  private renderIndex(b: ResolvedBundle, ctx: BlockContext): TemplateResult {
    const { lang } = ctx;
    const g = b.guidance;
    if (this.cardsKey?.[0] !== this.topics || this.cardsKey[1] !== lang) {
      this.cards = topicCards(this.topics, g.notes, lang);
      this.cardsKey = [this.topics, lang];
    }
    const cards = this.cards!;
    const shown = cards.filter((c) => matches(c, { q: this.q, age: this.age, theme: this.theme }));
    const themes = g.themes.filter((th) => cards.some((c) => c.topic.tags?.includes(th.id)));
    const H = this.heading();
    const q = this.q.trim().toLowerCase();
    // A search waits for the built-in topics' text; without it (not on the server), titles and summaries are searched.
    const waiting = !!q && !!topicsWithoutText(b) && !this.textMissing;
    const hl = (s: string) => (q ? mark(s, q) : s);
    const option = (value: string, label: string, current: string) =>
      html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    return html`${g.intro ? html`<p part="intro">${text(g.intro, ctx)}</p>` : nothing}
      ${g.notes?.filter((n) => !n.topic).map((n) => this.note(n, ctx, H))}
      <div class="filters" part="filters" role="search" aria-label=${apartName(msg('Find a topic'), this.apart())}>
        <p>
          <label for="q">${msg('Search')}</label>
          <input id="q" part="search-input" type="search" autocomplete="off" .value=${this.q} @focus=${this.wantText}
            @input=${(e: InputEvent) => (this.q = (e.target as HTMLInputElement).value)} />
        </p>
        <p>
          <label for="age">${msg('Your child’s age')}</label>
          <select id="age" @change=${(e: Event) => (this.age = (e.target as HTMLSelectElement).value)}>
            ${option('', msg('Any age'), this.age)}${AGES.map((a) => option(a, ageBandLabel(a), this.age))}
          </select>
        </p>
        ${themes.length
          ? html`<p>
              <label for="theme">${msg('Theme')}</label>
              <select id="theme" @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value)}>
                ${option('', msg('All themes'), this.theme)}${themes.map((th) => option(th.id, pick(th.label, lang), this.theme))}
              </select>
            </p>`
          : nothing}
      </div>
      <p class="muted" part="count" role="status">
        ${waiting ? msg('Searching…') : msg(str`Topics shown: ${shown.length} of ${cards.length}`)}
        ${q && this.textMissing ? html`<span class="why">${msg('Only titles and summaries were searched: the full advice could not be loaded.')}</span>` : nothing}
      </p>
      ${waiting
        ? nothing
        : shown.length
        ? html`<ul class="cards" part="cards" role="list" @focusin=${this.wantText} @pointerdown=${this.wantText}>
            ${shown.map(
              (c) => html`<li class="card" part="card" lang=${c.lang ?? nothing} dir=${c.lang ? dirOf(c.lang) : nothing}>
                <${H}><a part="card-link" id="card-${c.topic.id}" href="#${this.hashPrefix}${c.topic.id}">${hl(c.title)}</a></${H}>
                ${c.summary ? html`<p>${hl(c.summary)}</p>` : nothing}
                <p class="muted">${agesText(c.topic.ages)}</p>
              </li>`,
            )}
          </ul>`
        : html`<div class="none" part="no-results">
            <p>${msg('No topics match. Try another word, or a different age or theme.')}</p>
            <button type="button" @click=${this.clear}>${msg('Clear the search and filters')}</button>
          </div>`}`;
  }

  private renderTopic(t: Topic, b: ResolvedBundle, ctx: BlockContext): TemplateResult {
    const { lang } = ctx;
    const notes = b.guidance.notes;
    // A built-in topic whose text is still on its way (or could not be loaded).
    const waiting = topicsWithoutText(b)?.has(t.id);
    const [title, tl] = pickWithLang(t.title, lang);
    // The topic's own language (say Urdu, from the school) may differ from the interface's.
    const ui = tl ? uiLocaleFor(lang) : nothing;
    const H = this.heading();
    const H2 = this.heading(1);
    return html`${this.topic === undefined
        ? html`<a class="back" part="back" href=${indexAddress()} @click=${this.back}>${msg('All topics')}</a>`
        : nothing}
      <article part="topic" lang=${tl ?? nothing} dir=${tl ? dirOf(tl) : nothing}>
        <${H} class="title" part="title" id="topic-title" tabindex="-1">${title}</${H}>
        ${t.summary ? html`<p class="summary">${text(t.summary, ctx)}</p>` : nothing}
        <p class="muted" lang=${ui}>${agesText(t.ages)}</p>
        ${!waiting
          ? nothing
          : this.textMissing
            ? html`<p class="error" part="error" role="alert" lang=${ui}>${msg('The advice on this topic could not be loaded.')} <span class="why" lang="en">${this.textMissing}</span></p>`
            : html`<p class="loading" part="loading" role="status" lang=${ui}>${msg('Loading…')}</p>`}
        ${t.blocks?.map((x, i) => block(x, i, ctx))}
        ${notes?.filter((n) => n.topic === t.id).map((n) => this.note(n, ctx, H2))}
        ${t.talk?.length
          ? html`<section class="talk" part="talk">
              <${H2} lang=${ui}>${msg('Talk to your child')}</${H2}>
              <ul>${t.talk.map((p) => html`<li>${text(p, ctx)}</li>`)}</ul>
            </section>`
          : nothing}
        ${t.links?.length
          ? html`<section part="links">
              <${H2} lang=${ui}>${msg('Trusted links')}</${H2}>
              ${linkList(t.links, ctx)}
            </section>`
          : nothing}
        ${t.reviewed ? html`<p class="muted" part="reviewed" lang=${ui}>${msg(str`Last reviewed ${formatDate(t.reviewed, lang)}`)}</p>` : nothing}
      </article>`;
  }

  /** One of the school's notes, under its title or "At our school". */
  private note(n: GuidanceNote, ctx: BlockContext, H: ReturnType<typeof headingTag>): TemplateResult {
    return html`<div class="note" part="school-note">
      <${H}>${n.title ? pick(n.title, ctx.lang) : msg('At our school')}</${H}>
      ${n.text ? html`<p>${text(n.text, ctx)}</p>` : nothing}
      ${n.blocks?.map((x, i) => block(x, i, ctx))}
    </div>`;
  }
}
