import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { append } from '../text/rich-dom.js';
import { inLangNode } from '../text/rich-into.js';
import { make } from '../ui/block-nodes.js';
import type { PolicyModel, SectionNode, searchModel } from './model.js';

/** What a block's nodes depend on (compared item by item, as `guard` does), and how to build them. */
export type BlockBuild = [deps: readonly unknown[], build: () => Node];

/** What the element gives: a section's heading tag and what goes before its title, and each of its blocks for a search. */
export interface SectionHost {
  headingTag(n: SectionNode): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  /** "Appendix A: " (text), the number (a node), or nothing. */
  before(n: SectionNode): string | Node | undefined;
  blocks(n: SectionNode, highlight: string | undefined): BlockBuild[];
  /**
   * The marks to put in a title now that it should have `wanted` and has `had`: `wanted`, or
   * `had` again to change it in a later round (as blocks' marks follow). `due`: the section was
   * not on the page, so what it shows must be right at once.
   */
  titleMarks(n: SectionNode, wanted: string | undefined, had: string | undefined, due: boolean): string | undefined;
}

/** The sections a search shows, and those that match themselves (undefined: no search, all). */
export type Found = ReturnType<typeof searchModel> | undefined;

interface Shown {
  el: HTMLElement;
  title: ChildNode[];
  titleHl?: string;
  blocks: ChildNode[][];
  deps: (readonly unknown[])[];
}

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a?.length === b.length && a.every((x, i) => x === b[i]);

/** The nodes `n` puts in a parent (a fragment's children; an empty comment holds the place of none). */
const nodesOf = (n: Node): ChildNode[] => {
  if (!(n instanceof DocumentFragment)) return [n as ChildNode];
  if (!n.firstChild) n.appendChild(document.createComment(''));
  return [...n.childNodes];
};

/** `nodes` right after `prev` (moved there if they are elsewhere or nowhere); returns the last. */
const after = (prev: ChildNode, nodes: ChildNode[]): ChildNode => {
  if (prev.nextSibling !== nodes[0] || nodes.some((x) => !x.isConnected)) prev.after(...nodes);
  return nodes[nodes.length - 1];
};

/** `old` replaced by `node`; returns the nodes now there. */
const swap = (old: ChildNode[], node: Node): ChildNode[] => {
  const nodes = nodesOf(node);
  old[0].before(node);
  for (const x of old) x.remove();
  return nodes;
};

/** A section's title, in a <span lang> where it is in another language, `highlight` marked. */
const title = (n: SectionNode, lang: string, highlight: string | undefined): DocumentFragment => {
  const t = document.createDocumentFragment();
  append(inLangNode(t, n.titleLang, lang), [{ t: 'text', v: n.title }], highlight ?? '', undefined, true);
  return t;
};

/**
 * The policy's sections (or appendices) as nodes, in one binding: a template per section put a
 * template instance, its parts and markers on the page for each of a long policy's hundreds of
 * sections, most of showing it for the first time. Each section is built once per model; a search
 * then changes only what it must, in place: the sections it shows (the others leave the page),
 * the marks in the titles and blocks that match (a block is built again only when what it depends
 * on changes: renderBlock), and hides the blocks of sections shown only for a match inside them.
 * Client-side only (the static render uses the templates).
 */
class SectionNodes extends Directive {
  private model?: PolicyModel;
  private shown = new Map<SectionNode, Shown>();

  render(_model: PolicyModel, _sections: readonly SectionNode[], _found: Found, _query: string, _lang: string, _host: SectionHost): unknown {
    return noChange;
  }

  override update(part: ChildPart, [model, sections, found, query, lang, host]: [PolicyModel, readonly SectionNode[], Found, string, string, SectionHost]): unknown {
    if (model !== this.model) {
      for (const s of this.shown.values()) s.el.remove();
      this.shown.clear();
      this.model = model;
    }
    let prev = part.startNode as ChildNode;
    for (const n of sections) prev = this.section(n, prev, found, query, lang, host);
    return noChange;
  }

  /** Section `n` after `prev` (or off the page, when the search does not show it); returns what the next goes after. */
  private section(n: SectionNode, prev: ChildNode, found: Found, query: string, lang: string, host: SectionHost): ChildNode {
    let s = this.shown.get(n);
    if (found && !found.shown.has(n)) {
      s?.el.remove();
      return prev;
    }
    if (!s) this.shown.set(n, (s = this.build(n, lang, host)));
    const own = !found || found.matched.has(n);
    const highlight = found && own ? query : undefined;
    const wanted = highlight && n.title.toLowerCase().includes(highlight) ? highlight : undefined;
    const titleHl = wanted === s.titleHl ? wanted : host.titleMarks(n, wanted, s.titleHl, !s.el.isConnected);
    if (titleHl !== s.titleHl) {
      s.title = swap(s.title, title(n, lang, titleHl));
      s.titleHl = titleHl;
    }
    let at = s.el.firstChild as ChildNode; // the heading
    const builds = own ? host.blocks(n, highlight) : [];
    n.section.blocks?.forEach((_, i) => {
      const had = s.blocks[i];
      if (!own) return had?.forEach((x) => x.remove());
      const [deps, build] = builds[i];
      if (!had || !same(s.deps[i], deps)) {
        const node = build();
        const nodes = nodesOf(node);
        had?.forEach((x) => x.remove());
        at.after(node);
        s.blocks[i] = nodes;
        s.deps[i] = deps;
      } else at = after(at, had);
      at = s.blocks[i][s.blocks[i].length - 1];
    });
    for (const c of n.children) at = this.section(c, at, found, query, lang, host);
    return after(prev, [s.el]);
  }

  /** A section's element and heading (its title, blocks and sub-sections come in `section`). */
  private build(n: SectionNode, lang: string, host: SectionHost): Shown {
    const el = make('section', undefined, `section depth-${Math.min(n.depth, 3)}`, 'section');
    const h = make(host.headingTag(n), el, undefined, 'heading');
    h.id = n.anchor;
    h.setAttribute('tabindex', '-1');
    const before = host.before(n);
    if (before) h.append(before);
    h.append(' ');
    const t = title(n, lang, undefined);
    const nodes = nodesOf(t);
    h.append(t);
    return { el, title: nodes, blocks: [], deps: [] };
  }
}

export const sectionNodes = directive(SectionNodes);
