import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import { describeSource, findSource, loadNow, loadWith, type BundleSource, type Check } from '../bundle/load.js';
import type { WithBuiltIns } from '../bundle/defaults/built-in.js';
import { explainable, explained } from '../bundle/explain.js';
import { countProblems, issuesToText } from '../bundle/issues.js';
import { noteOtherParts } from '../bundle/other-parts.js';
import { isResolved, type ResolvedBundle } from '../bundle/resolve.js';
import type { BundleInput } from '../bundle/public-types.js';
import type { BundleIssue } from '../bundle/types.js';
import { unexpectedIssue } from '../bundle/issues.js';
import type { BundleResult } from '../bundle/validate.js';
import { langOf, needsWelsh, onLangChange } from '../i18n/lang.js';
import { getLocale, requestUiLocale, uiLocaleFor } from '../i18n/localization.js';
import { resumeWhenIdle } from '../submit/resume.js';
import { headingTag } from './heading.js';
import { apartFrom } from './landmarks.js';

/** The longest an element waits for its language's UI strings before it shows English. */
const STRINGS_WAIT_MS = 3000;

/** The error box's code (bundle-error.ts): loaded when an element first has a problem to show, as most pages never do. */
let errorBox: typeof import('./bundle-error.js') | undefined;
const loadErrorBox = (): Promise<unknown> => (errorBox ? Promise.resolve() : import('./bundle-error.js').then((m) => (errorBox = m)).catch(() => undefined));

/** Detail of the `esafety-bundle-error` event. */
export interface BundleErrorDetail {
  issues: BundleIssue[];
  source: string;
}

/**
 * What every element shares: finding and loading its bundle, following `lang`, and showing a
 * loading line or a clear error in its place, and re-render when the UI language changes.
 * Subclasses render a ready bundle.
 *
 * Reactive properties are declared in `static properties` rather than with decorators: the
 * decorator helpers cost every visitor about 0.4 KiB gzip in the all-in-one file.
 *
 * @fires esafety-bundle-error - The bundle could not be used: `detail.issues` lists `{ path, message }` for each problem; `detail.source` says where the bundle came from.
 */
export abstract class BundleElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    bundle: { attribute: false },
    result: { state: true, attribute: false },
    locale: { state: true, attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** How this element checks the bundle: only the parts it uses (bundle/fast-parts.ts). */
  protected static check: Check;

  /**
   * Merges in the long built-in lists this element uses (quiz questions, guidance topics), which
   * load on demand: `questionsBuiltIn` (defaults/built-in.ts). Only those elements carry that code.
   */
  protected static builtIns?: WithBuiltIns;

  /**
   * The part of its built-in list this element needs now, so that only that part loads: the
   * quiz's age set; the guidance's topic cards, until a parent wants their text. Undefined: all of it.
   */
  protected builtInSet(): string | undefined {
    return undefined;
  }

  /** Why a built-in list is missing (it could not be loaded), for the element's own error message. */
  protected builtInsMissing?: string;

  /** URL of the policy bundle (JSON). Elements with the same URL share one fetch. */
  src?: string;

  /** Level of the element's main headings (1–5, default 2), so it fits the page's outline; sub-headings use the levels below. */
  headingLevel = 2;

  /** The bundle as an object or JSON text. Wins over `src`, the inline script and the meta tag. */
  bundle?: BundleInput | string;

  /** The loaded bundle's result: undefined while loading. */
  protected result?: BundleResult;

  /** The language this element speaks (BCP 47), from `lang` or the bundle's default. */
  protected locale = 'en-GB';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Problems that did not stop the bundle (e.g. unknown fields). */
  get bundleWarnings(): readonly BundleIssue[] {
    return this.result?.warnings ?? [];
  }

  /** Where the bundle comes from (findSource). */
  protected source: BundleSource = { kind: 'none' };
  /** Whether the built-in lists were loaded with their Welsh text (undefined: none loaded). */
  protected listsWelsh?: boolean;
  private loads = 0;
  private stopLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLang = onLangChange(() => this.followLang());
    this.followLang();
    // Submissions earlier pages left unsent go out from any page with any element.
    resumeWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('bundle') || this.recheck(changed)) void this.load();
  }

  /** Parts of the bundle this element cannot work without (e.g. `policy`). */
  protected requirements(_bundle: ResolvedBundle): BundleIssue[] {
    return [];
  }

  /**
   * Code this element needs for this bundle beyond its own, loaded before its requirements are
   * checked (a quiz that sends its result: the sending; young pupils' symbols and read-aloud).
   * A promise only when there is something to load: without one, a bundle given in the page
   * still shows in the very first update. Say what failed through requirements().
   */
  protected prepare?(bundle: ResolvedBundle): Promise<void> | undefined;

  /** Whether a change of the element's own attributes means checking the bundle again (requirements). */
  protected recheck(_changed: PropertyValues): boolean {
    return false;
  }

  /** Whether the element can work on the built-in defaults alone when the page gives no bundle. */
  protected worksBare(): boolean {
    return false;
  }

  protected abstract renderBundle(bundle: ResolvedBundle): TemplateResult;

  /** The heading tag `below` levels under the element's own (for a lit/static-html template). */
  protected heading(below = 0): StaticValue {
    return headingTag(this.headingLevel + below);
  }

  /**
   * What tells this element's landmarks apart from the same ones of other elements on the page
   * (see landmarks.ts): of the same tag, or (`errors`) of any element showing the error box.
   */
  protected apart(errors = false): string {
    const root = this.getRootNode() as Document | ShadowRoot;
    const peers = errors
      ? [...root.querySelectorAll('*')].filter((e) => e === this || (e instanceof BundleElement && e.result?.ok === false))
      : [...root.querySelectorAll(this.localName)];
    return apartFrom(this, peers);
  }

  /** After the next render, move focus to `selector` in the shadow root (a heading, a status, the next step). */
  protected async show(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="loading" part="loading" role="status">${msg('Loading…')}</p>`;
  }

  protected override render(): TemplateResult {
    const r = this.result;
    if (!r) return this.renderLoading();
    if (!r.ok) return this.renderError(r.issues);
    try {
      return this.renderBundle(r.bundle);
    } catch (e) {
      // A fault in rendering shows as a fault in the bundle would, and is reported once.
      const failed: BundleResult = { ok: false, issues: [unexpectedIssue('could not be shown', e)], warnings: [] };
      void loadErrorBox().then(() => {
        this.result = failed;
        this.report(failed);
      });
      return this.renderError(failed.issues);
    }
  }

  /** The error box; until its code has loaded (or should it be missing from the server), the problems as plain lines. */
  private renderError(issues: readonly BundleIssue[]): TemplateResult {
    return errorBox
      ? errorBox.bundleErrorView(issues, describeSource(this.source), this.heading(), this.apart(true), this.renderRoot)
      : html`<ul part="error" role="alert">${issues.map((i) => html`<li>${i.path}: ${i.message}</li>`)}</ul>`;
  }

  private async load(): Promise<void> {
    const token = ++this.loads;
    this.result = undefined;
    let r: BundleResult | undefined;
    try {
      const now = this.checkNow();
      if (now?.ok && !explainable(now) && !(this.constructor as typeof BundleElement).builtIns && this.stringsReady(now) && !this.wantsWelsh(now) && !this.prepare?.(now.bundle)) {
        // Ready at once (a bundle given in the page that passes, no built-in list or other code
        // to load, the UI strings of its language in place): it is shown in this very update, so the
        // element renders once, not "Loading…" and again.
        r = this.required(now);
        // One it cannot use is reported a turn later, as one found while loading is.
        if (!r.ok) r = await r;
      } else {
        r = await this.checked(token, now);
        if (r) await this.strings(r);
      }
    } catch (e) {
      // Whatever goes wrong ends in the error box and the event, never a "Loading…" for ever.
      r = await { ok: false, issues: [unexpectedIssue('could not be loaded', e)], warnings: [] };
    }
    if (!r || token !== this.loads) return; // a newer src or bundle has taken over
    if (!r.ok) await loadErrorBox();
    if (token !== this.loads) return;
    this.result = r;
    this.followLang();
    this.report(r);
  }

  /** The bundle found and checked at once, for every source but a URL (undefined for a URL). */
  private checkNow(): BundleResult | undefined {
    this.source = { kind: 'none' }; // until findSource has answered (should it throw)
    this.source = findSource(this, this.bundle, this.src);
    return this.checkWith((this.constructor as typeof BundleElement).check);
  }

  /** The bundle checked with `check`, at once for every source but a URL (undefined for a URL). */
  private checkWith(check: Check): BundleResult | undefined {
    return this.source.kind === 'none' && this.worksBare() ? check({}) : loadNow(this.source, check);
  }

  /**
   * Whether this element, with this result, speaks Welsh and has built-in defaults whose Welsh
   * text its chunk leaves out (its check's `welsh`); noted so that an element that turns Welsh
   * later loads again (followLang). Not for a bundle another element resolved (the quiz step of
   * <aup-form>): it has that one's defaults.
   */
  private wantsWelsh(r: BundleResult): boolean {
    const has = r.ok && (this.constructor as typeof BundleElement).check.welsh && !isResolved(this.source.kind === 'property' && this.source.value);
    return !!has && (this.listsWelsh = needsWelsh(this.uiLang(r)));
  }

  /** The bundle with its built-in lists, checked against this element's requirements; undefined once a newer load has begun. */
  private async checked(token: number, now: BundleResult | undefined): Promise<BundleResult | undefined> {
    // A bundle given in the page was checked at once (no "Loading…" flash); a URL is awaited.
    let r = now ?? (await loadWith(this.source, (this.constructor as typeof BundleElement).check));
    // A mistake the schema found is put in a web admin's words, and a field it does not know gets
    // its "did you mean …?" (that code loads only then).
    r = await explained(r);
    // Checked again with the built-in defaults' Welsh text. Should that file be missing from the
    // server, they show in English (the form or the routes still work), and the console says why.
    if (this.wantsWelsh(r))
      r = await (this.constructor as typeof BundleElement).check.welsh!().then(
        (c) => this.checkWith(c) ?? loadWith(this.source, c),
        (e) => (console.error(`<${this.localName}>: its built-in text is in English: its Welsh could not be loaded (${e}) — put the whole dist folder on the server`), r),
      );
    if (token !== this.loads) return undefined; // a newer src or bundle has taken over
    const withBuiltIns = (this.constructor as typeof BundleElement).builtIns;
    if (r.ok && withBuiltIns) {
      // The lists' Welsh text only for an element in Welsh (it loads them again if it turns Welsh).
      this.listsWelsh = needsWelsh(this.uiLang(r));
      const { bundle, missing } = await withBuiltIns(r.bundle, this.listsWelsh, this.builtInSet());
      if (token !== this.loads) return undefined;
      r = { ...r, bundle };
      this.builtInsMissing = missing;
    }
    const preparing = r.ok ? this.prepare?.(r.bundle) : undefined;
    if (preparing) {
      await preparing;
      if (token !== this.loads) return undefined;
    }
    return r.ok ? this.required(r) : r;
  }

  /** The UI language this element will speak with this result. */
  private uiLang(r: BundleResult): string {
    return langOf(this, r.ok ? r.bundle.defaultLocale : undefined);
  }

  /** Whether the UI strings for this element's language are already in place. */
  private stringsReady(r: BundleResult): boolean {
    return uiLocaleFor(this.uiLang(r)) === getLocale();
  }

  /**
   * In Welsh from the first render (not English, then Welsh once its strings arrive), waiting
   * no more than a few seconds: a slow or missing strings file shows English, then switches.
   */
  private async strings(r: BundleResult): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([requestUiLocale(this.uiLang(r)), new Promise((wait) => (timer = setTimeout(wait, STRINGS_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /** A bundle that passed its check, unless it lacks what this element cannot work without (requirements). */
  private required(r: BundleResult & { ok: true }): BundleResult {
    const missing = this.requirements(r.bundle);
    return missing.length ? { ok: false, issues: missing, warnings: r.warnings } : r;
  }

  private report(r: BundleResult): void {
    const tag = `<${this.localName}>`;
    const from = describeSource(this.source);
    if (r.warnings.length)
      console.warn(`${tag}: the policy bundle (${from}) has ${countProblems(r.warnings)} that did not stop it:\n${issuesToText(r.warnings)}`);
    if (r.ok) return noteOtherParts(tag, this.source, r);
    console.error(`${tag}: the policy bundle (${from}) cannot be used — ${countProblems(r.issues)}:\n${issuesToText(r.issues)}`);
    this.dispatchEvent(
      new CustomEvent<BundleErrorDetail>('esafety-bundle-error', {
        bubbles: true,
        composed: true,
        detail: { issues: r.issues, source: from },
      }),
    );
  }

  private followLang(): void {
    const fallback = this.result?.ok ? this.result.bundle.defaultLocale : undefined;
    this.locale = langOf(this, fallback);
    if (this.listsWelsh === false && needsWelsh(this.locale)) void this.load();
    requestUiLocale(this.locale);
  }
}
