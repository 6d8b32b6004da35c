import { msg, str } from '@lit/localize';
import { isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { guard } from 'lit/directives/guard.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { Block, BundleIssue, Policy } from '../bundle/types.js';
import { allContacts } from '../bundle/contacts.js';
import { addMonths, formatDate, isPast } from '../text/dates.js';
import { inLangNode } from '../text/rich-into.js';
import { mark } from '../text/render.js';
import { make } from '../ui/block-nodes.js';
import { block, linkList, numberSpan, text, type BlockContext } from '../ui/blocks.js';
import { BundleElement } from '../ui/bundle-element.js';
import { headingName } from '../ui/heading.js';
import { apartLabel, labelledBy } from '../ui/landmarks.js';
import { getLocale } from '../i18n/localization.js';
import { contactList } from '../ui/contact-list.js';
import { inLang, say, type LangContext } from '../ui/local-text.js';
import { buildModel, partWords, prepareSearch, refKey, searchModel, type PolicyModel, type SectionNode } from './model.js';
import { sectionNodes, type BlockBuild, type Found, type SectionHost } from './section-nodes.js';
import { policyStyles } from './styles.js';
import { partsCheck } from '../bundle/fast-parts.js';

/**
 * How much marking one render may do for a search (or showing for the first time, which it
 * always does): each block or section title it marks or unmarks costs 10, or one more than the
 * matches it marks when those are more (so 80 of them, several screens, fewer when a short
 * search matches many times in each). A letter typed into a 500-section policy changes the
 * marks of thousands of blocks and hundreds of titles; the rest follow in the next rounds, each
 * its own task, so typing stays quick. At 1500 the first key of a search took 26 ms (median; 41
 * at worst) there, at 800 21 (28), with every mark for "s" on the page after 0.4 s rather than
 * 0.27. Titles were marked all at once until they came under the budget too: the first key took
 * 38 ms then, 30 since (a slower machine; every mark for "s" 0.70 s then, 0.75 since).
 */
const MARK_BUDGET = 800;

/** What marking `hl` in words `w` costs of MARK_BUDGET (see there). */
function markCost(w: string, hl: string | undefined): number {
  let n = 1;
  if (hl) for (let at = w.indexOf(hl); at >= 0 && n < 1000; at = w.indexOf(hl, at + hl.length)) n++;
  return Math.max(10, n);
}

/** "#section-4-2" → "section-4-2"; a malformed %-escape is used as written, never thrown. */
function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** What goes before a section's title in the contents: "Appendix A:" or its number. */
type TocLabel = (n: SectionNode, appendix: boolean) => string | undefined;

/**
 * The contents list as templates, for the static render (a page builds it as nodes: tocNodes).
 * Outside the class, so a page's bundle leaves it out.
 */
function tocTemplate(model: PolicyModel, ctx: LangContext, label: TocLabel): TemplateResult {
  const entry = (n: SectionNode, depth: number, appendix = false): TemplateResult => {
    const before = label(n, appendix) ?? n.num;
    return html`<li>
      <a href="#${n.anchor}">${before ? `${before} ` : ''}${inLang(n.title, n.titleLang, ctx.lang)}</a>${depth > 0 && n.children.length
        ? html`<ol>${n.children.map((c) => entry(c, depth - 1))}</ol>`
        : nothing}
    </li>`;
  };
  return html`<ol class="toc">${model.sections.map((n) => entry(n, 1))}</ol>
    ${model.appendices.length ? html`<ol class="toc appendices">${model.appendices.map((n) => entry(n, 0, true))}</ol>` : nothing}`;
}

/**
 * The school's online-safety policy, rendered from the policy bundle: title and dates, a
 * contents list with deep links (#section-4-2), sections and clauses numbered by position or
 * as the school numbered them, lists, notes, tables, footnotes, appendices, contacts, related
 * policies and sign-off lines, with search and a print layout. References in the text ("see
 * 4.2", "Appendix 4") and bare web and email addresses become links.
 *
 * @tagname esafety-policy
 * @summary Publishes the school's online-safety policy from a JSON policy bundle.
 *
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr {string} lang - Language of the element (else the closest ancestor's, else the bundle default).
 * @attr heading-level - Level of the policy title's heading (1–5, default 2); sections use the levels below it.
 *
 * @fires esafety-bundle-error - The bundle could not be used. `detail.issues` lists
 *   `{ path, message }` for each problem; `detail.source` says where the bundle came from.
 *
 * @csspart policy - The whole policy once loaded.
 * @csspart header - Title, dates and summary.
 * @csspart title - The policy title.
 * @csspart dates - Approved / reviewed / next review dates.
 * @csspart awaiting-approval - The "Draft, awaiting approval" line of a draft policy.
 * @csspart overdue-notice - The "due for review" notice.
 * @csspart search - The search box and its status line.
 * @csspart search-input - The search field itself.
 * @csspart contents - The contents list.
 * @csspart section - Each numbered section.
 * @csspart heading - Each section heading.
 * @csspart number - Section and clause numbers.
 * @csspart clause - Each numbered clause.
 * @csspart note - Notes.
 * @csspart list - Bullet and numbered lists.
 * @csspart table - Tables.
 * @csspart table-wrap - The scrolling box around each table (narrow screens).
 * @csspart contacts - Contact lists.
 * @csspart contact - Each contact in them.
 * @csspart link - Links from the bundle.
 * @csspart match - Search matches.
 * @csspart footnotes - The footnotes list.
 * @csspart footnote-ref - Each footnote reference in the text (a raised number linking to its note).
 * @csspart related - Related policies.
 * @csspart sign-off - The sign-off lines (role, name, date), blank where not yet signed.
 * @csspart schools - A federation's schools.
 * @csspart school - Each school of a federation, with its contacts.
 * @csspart loading - The loading line.
 * @csspart error - The box shown in place of the policy when the bundle is broken.
 *
 * @cssprop [--esafety-accent=#1d4f91] - Accent colour (headings rule, numbers, links).
 * @cssprop [--esafety-link] - Link colour (defaults to the accent).
 * @cssprop [--esafety-border=#8a8f98] - Borders of fields, tables and notes.
 * @cssprop [--esafety-muted=#4a5160] - Secondary text (dates, status lines).
 * @cssprop [--esafety-surface=#f4f6f9] - Background of notes and the contents box.
 * @cssprop [--esafety-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--esafety-danger=#b3261e] - Border of the error box.
 * @cssprop [--esafety-mark=#fff2a8] - Background of search matches.
 * @cssprop [--esafety-radius=4px] - Corner radius.
 * @cssprop [--esafety-max-width=48rem] - Widest the policy text grows (the README's example sets it).
 * @cssprop [--esafety-target=#fff7d6] - Background of the place a link or the address took the reader (a heading or a field).
 */
export class EsafetyPolicy extends BundleElement {
  static override styles = policyStyles;
  protected static override check = partsCheck(['school', 'policy']);
  static override properties: PropertyDeclarations = {
    query: { state: true, attribute: false },
  };

  /** The current search, lower-cased ('' for none). */
  private query = '';

  private model?: PolicyModel;
  private modelKey?: [ResolvedBundle, string];
  /** References in the text ("see 4.2") → anchors: one function per model, so the node-built texts (rich-dom.ts), which compare it, see no change. */
  private xref?: (ref: string) => string | undefined;
  private hashDone = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  protected override requirements(b: ResolvedBundle): BundleIssue[] {
    return b.policy ? [] : [{ path: 'policy', message: 'is missing — <esafety-policy> shows the "policy" part of the bundle, and this bundle has none' }];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.hashDone && this.model) {
      this.hashDone = true;
      if (location.hash) void this.goTo(fragmentId(location.hash));
    }
  }

  /**
   * Scroll to and focus a section or clause by anchor (`section-4-2`) or by its bundle id.
   * Returns false when this policy has no such place.
   */
  async goTo(id: string): Promise<boolean> {
    if (!this.model) return false;
    const anchor = this.model.aliases.get(id) ?? id;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    let target = find();
    if (!target && this.query) {
      this.query = '';
      await this.updateComplete;
      target = find();
    }
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  private onHash = () => void this.goTo(fragmentId(location.hash));

  /**
   * Same-page links change the address and the `hashchange` listener moves there. A link to
   * the address already shown fires no `hashchange`, so that one case is handled here.
   */
  private onClick(e: MouseEvent) {
    const href = (e.composedPath()[0] as Element | undefined)?.closest?.('a')?.getAttribute('href');
    if (href?.startsWith('#') && href === location.hash && !e.defaultPrevented) void this.goTo(fragmentId(href));
  }

  /**
   * The search words of every section, worked out while the page is idle (a slice per idle
   * period, so the page never stalls), or all at once when the search box gets focus, which
   * comes before the first key: then no key typed waits for them.
   */
  private prepareSearchWhenIdle(model: PolicyModel) {
    const idle = window.requestIdleCallback ?? ((fn: IdleRequestCallback) => setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 5 })));
    const step = (d: IdleDeadline) => {
      if (this.model === model && !prepareSearch(model, () => d.timeRemaining() > 1)) idle(step);
    };
    idle(step);
  }

  private onSearchFocus() {
    if (this.model) prepareSearch(this.model);
  }

  private onSearch(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value.trim().toLowerCase();
  }


  protected renderBundle(bundle: ResolvedBundle): TemplateResult {
    const policy = bundle.policy!;
    const lang = this.locale;
    const base = bundle.defaultLocale ?? 'en-GB';
    if (this.modelKey?.[0] !== bundle || this.modelKey[1] !== lang) {
      const model = buildModel(policy, lang, base);
      this.model = model;
      this.modelKey = [bundle, lang];
      this.xref = (r) => model.refs.get(refKey(r));
      if (!isServer) this.prepareSearchWhenIdle(model);
    }
    const model = this.model!;
    const q = this.query;
    const found = q ? searchModel(model, q) : undefined;
    const refsSeen = new Set<string>();
    const fnNum = new Map(model.footnotes.map((f) => [f.id, f.num]));
    const apart = this.apart();
    const ctx: BlockContext = {
      lang,
      apart,
      base,
      contacts: allContacts(bundle.school),
      xref: this.xref,
      footnote: (id) => {
        const first = !refsSeen.has(id);
        refsSeen.add(id);
        return this.footnoteRef(fnNum, id, first);
      },
    };
    this.refsSeen = refsSeen;
    this.fnNum = fnNum;
    this.renders++;
    this.budget = MARK_BUDGET;
    const H2 = this.heading(1);
    return html`<article part="policy" lang=${lang} @click=${this.onClick}>
      ${this.renderHeader(policy, bundle, ctx)}${apartLabel(apart)}
      <div class="search" part="search" role="search" aria-labelledby=${labelledBy('q-label', apart)}>
        <label for="q" id="q-label">${msg('Search this policy')}</label>
        <input id="q" part="search-input" type="search" autocomplete="off" .value=${q} @input=${this.onSearch} @focus=${this.onSearchFocus} />
        <p class="search-status" role="status">${found ? this.searchStatus(found.matched.size, q) : ''}</p>
      </div>
      <nav part="contents" aria-labelledby=${labelledBy('contents-title', apart)}>
        <${H2} id="contents-title">${msg('Contents')}</${H2}>
        ${guard([model, lang, getLocale()], () => (isServer ? tocTemplate(model, ctx, (n, appendix) => this.appendixLabel(n, appendix)) : this.tocNodes(model, lang)))}
      </nav>
      <div class="sections">${isServer ? model.sections.map((n) => this.renderSection(n, ctx, found)) : this.sectionsOnPage(model, model.sections, ctx, found, false)}</div>
      ${model.appendices.length && (!found || model.appendices.some((a) => found.shown.has(a)))
        ? html`<div class="appendices">${isServer ? model.appendices.map((n) => this.renderSection(n, ctx, found, true)) : this.sectionsOnPage(model, model.appendices, ctx, found, true)}</div>`
        : nothing}
      ${!model.hasContactsBlock && bundle.school?.contacts?.length && !found
        ? html`<section class="key-contacts"><${H2}>${msg('Key contacts')}</${H2}>${contactList(bundle.school.contacts, ctx)}</section>`
        : nothing}
      ${found ? nothing : this.renderSchools(bundle, ctx)}
      ${policy.related?.length && !found
        ? html`<section class="related" part="related">
            <${H2}>${msg('Related policies')}</${H2}>
            ${linkList(policy.related, ctx)}
          </section>`
        : nothing}
      ${policy.signOff?.length && !found ? this.renderSignOff(policy.signOff, ctx) : nothing}
      ${model.footnotes.length
        ? html`<section class="footnotes" part="footnotes" aria-labelledby=${labelledBy('footnotes-title', apart)}>
            <${H2} id="footnotes-title">${msg('Footnotes')}</${H2}>
            <ol>
              ${model.footnotes.map(
                (f) => html`<li id="footnote-${f.id}" tabindex="-1">
                  ${text(f.text, ctx)}
                  <a class="back" href="#footnote-ref-${f.id}" aria-label=${msg(str`Back to the text of footnote ${f.num}`)}>↩</a>
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    </article>`;
  }

  private renderHeader(policy: Policy, bundle: ResolvedBundle, ctx: BlockContext) {
    const { lang } = ctx;
    const H = this.heading(0);
    const cycle = policy.reviewCycleMonths;
    const from = policy.reviewed ?? policy.approved;
    const next = policy.nextReview ?? (cycle && from ? addMonths(from, cycle) : undefined);
    const overdue = next && policy.overdueNotice !== false && isPast(next);
    const draft = policy.status === 'draft';
    const row = (dt: string, dd: unknown) => html`<div><dt>${dt}</dt><dd>${dd}</dd></div>`;
    // "(the Full Governing Board, Autumn term meeting)": who approves, and where.
    const who = [policy.approvedBy, policy.meeting].filter((x) => x !== undefined).map((x) => say(x, ctx));
    const by = who.length ? html` (${who.map((w, i) => html`${i ? ', ' : ''}${w}`)})` : nothing;
    return html`<header part="header">
      ${bundle.school?.name ? html`<p class="school">${say(bundle.school.name, ctx)}</p>` : nothing}
      <${H} part="title" class="title">${say(policy.title, ctx)}</${H}>
      <dl class="dates" part="dates">
        ${policy.version ? row(msg('Version'), policy.version) : nothing}
        ${draft ? html`<div part="awaiting-approval"><dt>${msg('Status')}</dt><dd>${msg('Draft, awaiting approval')}${by}</dd></div>` : nothing}
        ${draft || !(policy.approved || who.length)
          ? nothing
          : row(msg('Approved'), policy.approved ? html`${formatDate(policy.approved, lang)}${by}` : html`${who.map((w, i) => html`${i ? ', ' : ''}${w}`)}`)}
        ${policy.reviewed ? row(msg('Last reviewed'), formatDate(policy.reviewed, lang)) : nothing}
        ${cycle ? row(msg('Review cycle'), cycle === 1 ? msg('Every month') : cycle % 12 ? msg(str`Every ${cycle} months`) : cycle === 12 ? msg('Every year') : msg(str`Every ${cycle / 12} years`)) : nothing}
        ${next ? row(msg('Next review'), formatDate(next, lang)) : nothing}
      </dl>
      ${overdue
        ? html`<p class="overdue" part="overdue-notice">${msg(str`This policy was due for review on ${formatDate(next, lang)}.`)}</p>`
        : nothing}
      ${policy.summary ? html`<p class="summary">${text(policy.summary, ctx)}</p>` : nothing}
    </header>`;
  }

  /** A federation's schools, each with its address, website and contacts. */
  private renderSchools(bundle: ResolvedBundle, ctx: BlockContext) {
    const schools = bundle.school?.schools;
    if (!schools?.length) return nothing;
    const H2 = this.heading(1);
    const H3 = this.heading(2);
    return html`<section class="schools" part="schools">
      <${H2}>${msg('Our schools')}</${H2}>
      ${schools.map(
        (s) => html`<section part="school">
          <${H3}>${say(s.name, ctx)}</${H3}>
          ${s.address ? html`<p>${say(s.address, ctx)}</p>` : nothing}
          ${s.website ? linkList([{ title: s.website.replace(/^https?:\/\//i, '').replace(/\/$/, ''), url: s.website }], ctx) : nothing}
          ${s.contacts?.length ? contactList(s.contacts, ctx) : nothing}
        </section>`,
      )}
    </section>`;
  }

  /** Sign-off lines: role, name and date; blank lines (on screen and in print) where not yet signed. */
  private renderSignOff(lines: NonNullable<Policy['signOff']>, ctx: LangContext) {
    const H2 = this.heading(1);
    const blank = html`<span class="blank">${msg('Not yet signed')}</span>`;
    return html`<section class="sign-off" part="sign-off" aria-labelledby="sign-off-title">
      <${H2} id="sign-off-title">${msg('Signed')}</${H2}>
      <table>
        <thead><tr><th scope="col">${msg('Role')}</th><th scope="col">${msg('Name')}</th><th scope="col">${msg('Date')}</th></tr></thead>
        <tbody>
          ${lines.map(
            (l) => html`<tr>
              <th scope="row">${say(l.role, ctx)}</th>
              <td>${l.name ?? blank}</td>
              <td>${l.date ? html`<time datetime=${l.date}>${formatDate(l.date, ctx.lang)}</time>` : blank}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private searchStatus(count: number, q: string): string {
    return count ? msg(str`Sections matching “${q}”: ${count}`) : msg(str`No section matches “${q}”. Try another word.`);
  }

  /** "Appendix A:" before the title of an appendix numbered by position; else undefined (its number is shown beside it). */
  private appendixLabel(n: SectionNode, appendix: boolean): string | undefined {
    const p = this.result?.ok ? this.result.bundle.policy : undefined;
    return appendix && n.depth === 0 && n.num && (p?.numbering ?? 'position') === 'position' ? msg(str`Appendix ${n.num}:`) : undefined;
  }

  /** Renders so far, and how much more marking this render may do (see spend). */
  private renders = 0;
  private budget = MARK_BUDGET;

  /**
   * Whether marks that change (a block's or a title's) change in this render, at `cost` of its
   * MARK_BUDGET; once it is spent they wait for the next round: the sections shown and the count
   * are right at once, and the marks follow top to bottom without holding up the next key.
   * `due`: what they are in was not on the page, so they cannot wait.
   */
  private spend(cost: number, due: boolean): boolean {
    if (this.budget > 0 || due) {
      this.budget -= cost;
      return true;
    }
    this.more ??= setTimeout(() => {
      this.more = undefined;
      this.requestUpdate();
    });
    return false;
  }
  /** Each block shown: the render it was last in, and the search marked in it. */
  private shown = new WeakMap<Block, { render: number; hl?: string }>();
  private more?: ReturnType<typeof setTimeout>;

  /**
   * The contents list built as nodes (as rich-dom.ts builds text): hundreds of entries, each a
   * template instance with its markers, were a good part of showing a long policy. The static
   * render (no DOM) uses the templates of tocTemplate().
   */
  private tocNodes(model: PolicyModel, lang: string): DocumentFragment {
    const list = (ns: SectionNode[], depth: number, to: Node, appendix = false) => {
      const ol = make('ol', to);
      for (const n of ns) {
        const li = make('li', ol);
        const a = make('a', li);
        a.setAttribute('href', `#${n.anchor}`);
        const before = this.appendixLabel(n, appendix) ?? n.num;
        if (before) a.append(`${before} `);
        inLangNode(a, n.titleLang, lang).appendChild(document.createTextNode(n.title));
        if (depth > 0 && n.children.length) list(n.children, depth - 1, li);
      }
      return ol;
    };
    const out = document.createDocumentFragment();
    list(model.sections, 1, out).className = 'toc';
    if (model.appendices.length) list(model.appendices, 0, out, true).className = 'toc appendices';
    return out;
  }

  /** Each section's number, made once per model: the same node every render, so a search leaves it be. */
  private numbers = new WeakMap<SectionNode, unknown>();
  private numberOf(n: SectionNode): unknown {
    let span = this.numbers.get(n);
    if (!span) this.numbers.set(n, (span = numberSpan(n.num)));
    return span;
  }

  /** The footnotes cited in this render so far (the first reference to each gets an id to come back to), and their numbers. */
  private refsSeen = new Set<string>();
  private fnNum = new Map<string, number>();

  /** A footnote reference: a node on the page (blocks are built as nodes there, ui/block-nodes.ts), a template in the static render. */
  private footnoteRef(fnNum: Map<string, number>, id: string, first: boolean) {
    const n = fnNum.get(id);
    if (n === undefined) return nothing;
    if (!isServer) {
      const sup = make('sup', undefined, 'fn-ref');
      const a = make('a', sup, undefined, 'footnote-ref');
      a.setAttribute('href', `#footnote-${id}`);
      if (first) a.id = `footnote-ref-${id}`;
      a.setAttribute('aria-label', msg(str`Footnote ${n}`));
      a.textContent = `[${n}]`;
      return sup;
    }
    return html`<sup class="fn-ref"><a part="footnote-ref" href="#footnote-${id}" id=${first ? `footnote-ref-${id}` : nothing}
      aria-label=${msg(str`Footnote ${n}`)}>[${n}]</a></sup>`;
  }

  /**
   * One block of a section: what its nodes depend on, and how to build them. A search changes a
   * block only when it occurs in the block's words (or did before): every other block is left as
   * it is, not built again (section-nodes.ts on the page, guard in the static render), so a key
   * typed into the search costs the blocks it marks, not the whole policy.
   */
  private renderBlock(n: SectionNode, b: Block, i: number, ctx: BlockContext, highlight: string | undefined) {
    const part = n.parts[i];
    let hl = highlight && partWords(part).includes(highlight) ? highlight : undefined;
    const was = this.shown.get(b);
    const due = !was || was.render !== this.renders - 1;
    if ((due || was.hl !== hl) && !this.spend(markCost(partWords(part), hl), due)) hl = was!.hl;
    this.shown.set(b, { render: this.renders, hl });
    // The footnotes this block is the first (shown) to cite get their ids here, as if every block were built.
    const firsts = part.cites.length ? part.cites.filter((id) => !this.refsSeen.has(id)) : part.cites;
    for (const id of part.cites) this.refsSeen.add(id);
    const fnNum = this.fnNum;
    const deps = [b, hl, this.model, ctx.lang, ctx.apart, getLocale(), firsts.length ? firsts.join(' ') : ''];
    return [
      deps,
      () => {
        const seen = new Set<string>();
        const footnote = (id: string) => {
          const first = firsts.includes(id) && !seen.has(id);
          seen.add(id);
          return this.footnoteRef(fnNum, id, first);
        };
        return block(b, i, { ...ctx, highlight: hl, footnote }) as Node;
      },
    ] satisfies BlockBuild;
  }

  /** The sections (or appendices) on the page: nodes, changed in place by a search (section-nodes.ts). */
  private sectionsOnPage(model: PolicyModel, sections: readonly SectionNode[], ctx: BlockContext, found: Found, appendix: boolean) {
    const host: SectionHost = {
      headingTag: (n) => headingName(this.headingLevel + n.depth + 1),
      before: (n) => {
        const label = this.appendixLabel(n, appendix);
        return label ? `${label} ` : n.num ? (this.numberOf(n) as Node) : undefined;
      },
      titleMarks: (n, wanted, had, due) => (this.spend(markCost(n.title.toLowerCase(), wanted), due) ? wanted : had),
      blocks: (n, highlight) => {
        const local: BlockContext = { ...ctx, clause: (i) => n.clauses.get(i) };
        return n.section.blocks?.map((b, i) => this.renderBlock(n, b, i, local, highlight)) ?? [];
      },
    };
    return sectionNodes(model, sections, found, this.query, ctx.lang, host);
  }

  private renderSection(
    n: SectionNode,
    ctx: BlockContext,
    found: ReturnType<typeof searchModel> | undefined,
    appendix = false,
  ): TemplateResult | typeof nothing {
    if (found && !found.shown.has(n)) return nothing;
    const own = !found || found.matched.has(n);
    const H = this.heading(n.depth + 1);
    const highlight = found && own ? this.query : undefined;
    const local: BlockContext = { ...ctx, clause: (i) => n.clauses.get(i) };
    const label = this.appendixLabel(n, appendix);
    const title = highlight ? mark(n.title, highlight) : n.title;
    return html`<section class="section depth-${Math.min(n.depth, 3)}" part="section">
      <${H} part="heading" id=${n.anchor} tabindex="-1">
        ${label ? `${label} ` : n.num ? this.numberOf(n) : nothing}
        ${inLang(title, n.titleLang, ctx.lang)}
      </${H}>
      ${own ? n.section.blocks?.map((b, i) => guard(...this.renderBlock(n, b, i, local, highlight))) : nothing}${n.children.map((c) => this.renderSection(c, ctx, found, appendix))}
    </section>`;
  }
}
