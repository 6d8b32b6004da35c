import { footnotesIn } from '../text/markup.js';
import { formatPath } from './issues.js';
import { allContacts } from './contacts.js';
import { isItemObject } from './list-item.js';
import type { Block, Bundle, BundleIssue, RichText, Section } from './types.js';

/**
 * Checks the schema alone cannot make: references between parts of the bundle (contacts,
 * footnotes, quiz answers) and ids that must be unique. `actionIds` are the quiz actions in
 * force (defaults merged with the bundle's own); undefined for a check without the quiz's
 * defaults, whose element shows no question (<aup-form>: its quiz step checks them itself).
 */
export function crossCheck(b: Bundle, actionIds?: readonly string[]): { errors: BundleIssue[]; warnings: BundleIssue[] } {
  const errors: BundleIssue[] = [];
  const warnings: BundleIssue[] = [];
  const err = (path: PropertyKey[], message: string) => errors.push({ path: formatPath(path), message });

  const unique = (items: readonly { id?: string }[] | undefined, path: PropertyKey[], what: string) => {
    const seen = new Map<string, number>();
    items?.forEach((it, i) => {
      if (it.id === undefined) return;
      const first = seen.get(it.id);
      if (first === undefined) seen.set(it.id, i);
      else err([...path, i, 'id'], `"${it.id}" is used by another ${what} too (${formatPath([...path, first])}) — each ${what} needs its own id`);
    });
  };

  const contactIds = new Set(allContacts(b.school).map((c) => c.id));
  unique(b.school?.contacts, ['school', 'contacts'], 'contact');
  unique(b.school?.schools, ['school', 'schools'], 'school');
  b.school?.schools?.forEach((s, i) => unique(s.contacts, ['school', 'schools', i, 'contacts'], 'contact'));
  unique(b.agreements, ['agreements'], 'agreement');
  b.agreements?.forEach((a, i) => {
    unique(a.statements, ['agreements', i, 'statements'], 'statement');
    unique(a.consents, ['agreements', i, 'consents'], 'consent');
  });
  unique(b.quiz?.actions, ['quiz', 'actions'], 'action');
  unique(b.quiz?.questions, ['quiz', 'questions'], 'question');
  b.quiz?.questions?.forEach((q, i) => {
    if (actionIds && !actionIds.includes(q.answer))
      err(['quiz', 'questions', i, 'answer'], `"${q.answer}" is not one of the quiz actions — use one of: ${actionIds.map((a) => `"${a}"`).join(', ')}`);
  });
  unique(b.concern?.categories, ['concern', 'categories'], 'category');
  unique(b.concern?.routes, ['concern', 'routes'], 'route');
  unique(b.guidance?.topics, ['guidance', 'topics'], 'topic');

  if (b.defaultLocale && b.locales && !b.locales.includes(b.defaultLocale))
    warnings.push({ path: 'defaultLocale', message: `"${b.defaultLocale}" is not in "locales" (${b.locales.join(', ')})` });

  if (b.policy) {
    // One path, pushed and popped as the walk goes (this walk visits every block and text of a
    // long policy, and a fresh page runs it before the JIT): it becomes text only for a finding.
    const path: PropertyKey[] = [];
    /** `walk` with `keys` added to the path. */
    const at = (keys: PropertyKey[], walk: () => void) => {
      path.push(...keys);
      walk();
      path.length -= keys.length;
    };
    /** Each of a list, with `key` and its index added to the path. */
    const each = <T>(list: readonly T[] | undefined, key: PropertyKey, walk: (x: T) => void) => list?.forEach((x, i) => at([key, i], () => walk(x)));
    const here = (...keys: PropertyKey[]) => formatPath([...path, ...keys]);
    // Where each id is, as a path: made text only to say where the other use of an id is.
    const footnotes = new Map<string, PropertyKey[]>();
    const refs: { id: string; path: string }[] = [];
    const sectionIds = new Map<string, PropertyKey[]>();
    /** The footnote references in a text (at `key` under the path, if given). */
    const walkText = (t: RichText | undefined, key?: PropertyKey) => {
      const inText = (s: string, ...keys: PropertyKey[]) => {
        if (s.includes('[^')) for (const id of footnotesIn(s)) refs.push({ id, path: here(...keys) });
      };
      const keys = key === undefined ? [] : [key];
      if (typeof t === 'string') inText(t, ...keys);
      else for (const lang in t) inText(t[lang]!, ...keys, lang);
    };
    const seen = (ids: Map<string, PropertyKey[]>, id: string) => {
      const first = ids.get(id);
      if (!first) ids.set(id, path.slice());
      return first && formatPath(first);
    };
    const anchorId = (id: string | undefined) => {
      const first = id && seen(sectionIds, id);
      if (first) err([...path, 'id'], `the id "${id}" is used twice (also by ${first}) — section and clause ids must be unique`);
    };
    const walkBlocks = (blocks: readonly Block[] | undefined) => each(blocks, 'blocks', walkBlock);
    const walkBlock = (bl: Block) => {
      switch (bl.type) {
        case 'footnote': {
          const first = seen(footnotes, bl.id);
          if (first) err([...path, 'id'], `footnote "${bl.id}" is defined twice (also at ${first})`);
          walkText(bl.text, 'text');
          break;
        }
        case 'contacts':
          bl.ids?.forEach((id, k) => {
            if (!contactIds.has(id)) err([...path, 'ids', k], `no contact has the id "${id}" — add it to school.contacts or fix the id`);
          });
          break;
        case 'list':
          each(bl.items, 'items', (it) => {
            if (!isItemObject(it)) return walkText(it);
            walkText(it.text, 'text');
            walkBlocks(it.blocks);
          });
          break;
        case 'table':
          each(bl.rows, 'rows', (r) => r.forEach((c, m) => walkText(c, m)));
          break;
        case 'clause':
          anchorId(bl.id);
          each(bl.items, 'items', walkText);
          walkText(bl.text, 'text');
          walkBlocks(bl.blocks);
          break;
        case 'note':
          walkText(bl.text, 'text');
          walkBlocks(bl.blocks);
          break;
        default:
          walkText(bl.text, 'text');
      }
    };
    // The school's own numbers show only with "numbering": "given": say so once, where the first one is.
    let numbersIgnored = b.policy.numbering === 'given';
    const givenNumber = (x: { number?: string; label?: string }, ...keys: PropertyKey[]) => {
      if (numbersIgnored || (x.number === undefined && x.label === undefined)) return;
      numbersIgnored = true;
      warnings.push({
        path: here(...keys, x.number === undefined ? 'label' : 'number'),
        message: `is not shown: the policy is numbered by ${b.policy!.numbering === 'none' ? 'nothing ("numbering": "none")' : 'position'} — set "numbering": "given" in "policy" to show the school's own numbers`,
      });
    };
    const walkSection = (s: Section) => {
      anchorId(s.id);
      givenNumber(s);
      s.blocks?.forEach((bl, k) => bl.type === 'clause' && givenNumber(bl, 'blocks', k));
      walkBlocks(s.blocks);
      walkSections(s.sections);
    };
    const walkSections = (sections: readonly Section[] | undefined, key = 'sections') => each(sections, key, walkSection);
    at(['policy'], () => {
      walkText(b.policy!.summary, 'summary');
      walkSections(b.policy!.sections);
      walkSections(b.policy!.appendices, 'appendices');
    });
    for (const r of refs)
      if (!footnotes.has(r.id)) errors.push({ path: r.path, message: `refers to footnote [^${r.id}], but no footnote block has the id "${r.id}"` });
  }
  return { errors, warnings };
}
