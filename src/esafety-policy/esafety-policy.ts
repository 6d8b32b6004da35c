import { msg, str } from '@lit/localize';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { BundleIssue, Policy } from '../bundle/types.js';
import { formatDate, isPast } from '../text/dates.js';
import { pick } from '../text/local.js';
import { mark, rich } from '../text/render.js';
import { block, linkList, type BlockContext } from '../ui/blocks.js';
import { BundleElement } from '../ui/bundle-element.js';
import { contactList } from '../ui/contacts.js';
import { buildModel, searchModel, type PolicyModel, type SectionNode } from './model.js';
import { policyStyles } from './styles.js';
import { bundleParts } from '../bundle/parts.js';
import { Policy as PolicySchema } from '../bundle/schema/policy.js';
import { School } from '../bundle/schema/school.js';

/** "#section-4-2" → "section-4-2"; a malformed %-escape is used as written, never thrown. */
function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The school's online-safety policy, rendered from the policy bundle: title and dates, a
 * contents list with deep links (#section-4-2), numbered sections and clauses, lists, notes,
 * tables, footnotes, appendices, contacts and related policies, with search and a print layout.
 *
 * @tagname esafety-policy
 * @summary Publishes the school's online-safety policy from a JSON policy bundle.
 *
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr lang - Language of the element (else the closest ancestor's, else the bundle default).
 * @attr heading-level - Level of the policy title's heading (1–5, default 2); sections use the levels below it.
 *
 * @fires esafety-bundle-error - The bundle could not be used. `detail.issues` lists
 *   `{ path, message }` for each problem; `detail.source` says where the bundle came from.
 *
 * @csspart policy - The whole policy once loaded.
 * @csspart header - Title, dates and summary.
 * @csspart title - The policy title.
 * @csspart dates - Approved / reviewed / next review dates.
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
  protected static override check = bundleParts(() => ({ school: School, policy: PolicySchema }));
  static override properties: PropertyDeclarations = {
    query: { state: true, attribute: false },
  };

  /** The current search, lower-cased ('' for none). */
  private query = '';

  private model?: PolicyModel;
  private modelKey?: [ResolvedBundle, string];
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

  private onSearch(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value.trim().toLowerCase();
  }


  protected renderBundle(bundle: ResolvedBundle): TemplateResult {
    const policy = bundle.policy!;
    const lang = this.locale;
    if (this.modelKey?.[0] !== bundle || this.modelKey[1] !== lang) {
      this.model = buildModel(policy, lang);
      this.modelKey = [bundle, lang];
    }
    const model = this.model!;
    const q = this.query;
    const found = q ? searchModel(model, q) : undefined;
    const refsSeen = new Set<string>();
    const fnNum = new Map(model.footnotes.map((f) => [f.id, f.num]));
    const ctx: BlockContext = {
      lang,
      contacts: bundle.school?.contacts ?? [],
      footnote: (id) => {
        const n = fnNum.get(id);
        if (n === undefined) return nothing;
        const first = !refsSeen.has(id);
        refsSeen.add(id);
        return html`<sup class="fn-ref"><a part="footnote-ref" href="#footnote-${id}" id=${first ? `footnote-ref-${id}` : nothing}
          aria-label=${msg(str`Footnote ${n}`)}>[${n}]</a></sup>`;
      },
    };
    const H2 = this.heading(1);
    return html`<article part="policy" lang=${lang} @click=${this.onClick}>
      ${this.renderHeader(policy, bundle, lang)}
      <div class="search" part="search" role="search">
        <label for="q">${msg('Search this policy')}</label>
        <input id="q" part="search-input" type="search" autocomplete="off" .value=${q} @input=${this.onSearch} />
        <p class="search-status" role="status">${found ? this.searchStatus(found.matched.size, q) : ''}</p>
      </div>
      <nav part="contents" aria-labelledby="contents-title">
        <${H2} id="contents-title">${msg('Contents')}</${H2}>
        <ol class="toc">${model.sections.map((n) => this.tocEntry(n, 1))}</ol>
        ${model.appendices.length
          ? html`<ol class="toc appendices">${model.appendices.map((n) => this.tocEntry(n, 0, true))}</ol>`
          : nothing}
      </nav>
      <div class="sections">${model.sections.map((n) => this.renderSection(n, ctx, found))}</div>
      ${model.appendices.length && (!found || model.appendices.some((a) => found.shown.has(a)))
        ? html`<div class="appendices">${model.appendices.map((n) => this.renderSection(n, ctx, found, true))}</div>`
        : nothing}
      ${!model.hasContactsBlock && ctx.contacts.length && !found
        ? html`<section class="key-contacts"><${H2}>${msg('Key contacts')}</${H2}>${contactList(ctx.contacts, lang)}</section>`
        : nothing}
      ${policy.related?.length && !found
        ? html`<section class="related" part="related">
            <${H2}>${msg('Related policies')}</${H2}>
            ${linkList(policy.related, lang)}
          </section>`
        : nothing}
      ${model.footnotes.length
        ? html`<section class="footnotes" part="footnotes" aria-labelledby="footnotes-title">
            <${H2} id="footnotes-title">${msg('Footnotes')}</${H2}>
            <ol>
              ${model.footnotes.map(
                (f) => html`<li id="footnote-${f.id}" tabindex="-1">
                  ${rich(pick(f.text, lang))}
                  <a class="back" href="#footnote-ref-${f.id}" aria-label=${msg(str`Back to the text of footnote ${f.num}`)}>↩</a>
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    </article>`;
  }

  private renderHeader(policy: Policy, bundle: ResolvedBundle, lang: string) {
    const H = this.heading(0);
    const overdue = policy.nextReview && policy.overdueNotice !== false && isPast(policy.nextReview);
    const school = pick(bundle.school?.name, lang);
    return html`<header part="header">
      ${school ? html`<p class="school">${school}</p>` : nothing}
      <${H} part="title" class="title">${pick(policy.title, lang)}</${H}>
      <dl class="dates" part="dates">
        ${policy.version ? html`<div><dt>${msg('Version')}</dt><dd>${policy.version}</dd></div>` : nothing}
        ${policy.approved
          ? html`<div><dt>${msg('Approved')}</dt><dd>${formatDate(policy.approved, lang)}${policy.approvedBy ? html` (${pick(policy.approvedBy, lang)})` : nothing}</dd></div>`
          : nothing}
        ${policy.reviewed ? html`<div><dt>${msg('Last reviewed')}</dt><dd>${formatDate(policy.reviewed, lang)}</dd></div>` : nothing}
        ${policy.nextReview ? html`<div><dt>${msg('Next review')}</dt><dd>${formatDate(policy.nextReview, lang)}</dd></div>` : nothing}
      </dl>
      ${overdue
        ? html`<p class="overdue" part="overdue-notice">${msg(str`This policy was due for review on ${formatDate(policy.nextReview!, lang)}.`)}</p>`
        : nothing}
      ${policy.summary ? html`<p class="summary">${rich(pick(policy.summary, lang))}</p>` : nothing}
    </header>`;
  }

  private searchStatus(count: number, q: string): string {
    return count ? msg(str`Sections matching “${q}”: ${count}`) : msg(str`No section matches “${q}”. Try another word.`);
  }

  private tocEntry(n: SectionNode, depth: number, appendix = false): TemplateResult {
    const label = appendix ? msg(str`Appendix ${n.num}: ${n.title}`) : `${n.num} ${n.title}`;
    return html`<li>
      <a href="#${n.anchor}">${label}</a>
      ${depth > 0 && n.children.length ? html`<ol>${n.children.map((c) => this.tocEntry(c, depth - 1))}</ol>` : nothing}
    </li>`;
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
    const local: BlockContext = { ...ctx, highlight: found && own ? this.query : undefined, clause: (i) => n.clauses.get(i) };
    const title = appendix && n.depth === 0 ? msg(str`Appendix ${n.num}: ${n.title}`) : n.title;
    return html`<section class="section depth-${Math.min(n.depth, 3)}" part="section">
      <${H} part="heading" id=${n.anchor} tabindex="-1">
        ${appendix && n.depth === 0 ? nothing : html`<span class="num" part="number">${n.num}</span>`}
        ${local.highlight ? mark(title, local.highlight) : title}
      </${H}>
      ${own ? n.section.blocks?.map((b, i) => block(b, i, local)) : nothing}
      ${n.children.map((c) => this.renderSection(c, ctx, found, appendix))}
    </section>`;
  }
}
