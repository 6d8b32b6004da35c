import { footnotesIn } from '../text/markup.js';
import { formatPath } from './issues.js';
import { allContacts } from './contacts.js';
import { isItemObject } from './schema/blocks.js';
import type { Block, Bundle, BundleIssue, RichText, Section } from './types.js';

/**
 * Checks the schema alone cannot make: references between parts of the bundle (contacts,
 * footnotes, quiz answers) and ids that must be unique. `actionIds` are the quiz actions in
 * force (defaults merged with the bundle's own).
 */
export function crossCheck(b: Bundle, actionIds: readonly string[]): { errors: BundleIssue[]; warnings: BundleIssue[] } {
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
    if (!actionIds.includes(q.answer))
      err(['quiz', 'questions', i, 'answer'], `"${q.answer}" is not one of the quiz actions — use one of: ${actionIds.map((a) => `"${a}"`).join(', ')}`);
  });
  unique(b.concern?.categories, ['concern', 'categories'], 'category');
  unique(b.concern?.routes, ['concern', 'routes'], 'route');
  unique(b.guidance?.topics, ['guidance', 'topics'], 'topic');

  if (b.defaultLocale && b.locales && !b.locales.includes(b.defaultLocale))
    warnings.push({ path: 'defaultLocale', message: `"${b.defaultLocale}" is not in "locales" (${b.locales.join(', ')})` });

  if (b.policy) {
    const footnotes = new Map<string, string>();
    const refs: { id: string; path: PropertyKey[] }[] = [];
    const sectionIds = new Map<string, string>();
    // The walks below visit every block and text of the policy: they share one path, pushed and
    // popped (`at`), and copy it only for a problem found.
    const at: PropertyKey[] = [];
    const walkText = (t: RichText | undefined, key: PropertyKey) => {
      if (t === undefined) return;
      if (typeof t === 'string') {
        if (!t.includes('[^')) return;
        for (const id of footnotesIn(t)) refs.push({ id, path: [...at, key] });
        return;
      }
      for (const [k, v] of Object.entries(t)) if (v.includes('[^')) for (const id of footnotesIn(v)) refs.push({ id, path: [...at, key, k] });
    };
    const anchorId = (id: string | undefined) => {
      if (!id) return;
      if (sectionIds.has(id)) err([...at, 'id'], `the id "${id}" is used twice (also by ${sectionIds.get(id)}) — section and clause ids must be unique`);
      else sectionIds.set(id, formatPath(at));
    };
    /** Each item of a list, with its index pushed onto the path (after `key`). */
    const each = <T>(key: PropertyKey, xs: readonly T[] | undefined, fn: (x: T, i: number) => void) => {
      if (!xs?.length) return;
      at.push(key, 0);
      for (let i = 0; i < xs.length; i++) {
        at[at.length - 1] = i;
        fn(xs[i], i);
      }
      at.length -= 2;
    };
    const walkBlocks = (key: PropertyKey, bs: readonly Block[] | undefined) => each(key, bs, walkBlock);
    const walkBlock = (bl: Block) => {
      switch (bl.type) {
        case 'footnote':
          if (footnotes.has(bl.id))
            err([...at, 'id'], `footnote "${bl.id}" is defined twice (also at ${footnotes.get(bl.id)})`);
          else footnotes.set(bl.id, formatPath(at));
          walkText(bl.text, 'text');
          break;
        case 'contacts':
          bl.ids?.forEach((id, k) => {
            if (!contactIds.has(id))
              err([...at, 'ids', k], `no contact has the id "${id}" — add it to school.contacts or fix the id`);
          });
          break;
        case 'list':
          each('items', bl.items, (it, k) => {
            if (isItemObject(it)) {
              walkText(it.text, 'text');
              walkBlocks('blocks', it.blocks);
            } else {
              // The item is the text itself: its path is the item's.
              at.pop();
              walkText(it, k);
              at.push(k);
            }
          });
          break;
        case 'table':
          each('rows', bl.rows, (r) => r.forEach((c, m) => walkText(c, m)));
          break;
        case 'clause':
          anchorId(bl.id);
          each('items', bl.items, (it, k) => {
            at.pop();
            walkText(it, k);
            at.push(k);
          });
          walkText(bl.text, 'text');
          walkBlocks('blocks', bl.blocks);
          break;
        case 'note':
          walkText(bl.text, 'text');
          walkBlocks('blocks', bl.blocks);
          break;
        default:
          walkText(bl.text, 'text');
      }
    };
    // The school's own numbers show only with "numbering": "given": say so once, where the first one is.
    let numbersIgnored = b.policy.numbering === 'given';
    const givenNumber = (x: { number?: string; label?: string }, path: PropertyKey[]) => {
      if (numbersIgnored || (x.number === undefined && x.label === undefined)) return;
      numbersIgnored = true;
      warnings.push({
        path: formatPath([...path, x.number === undefined ? 'label' : 'number']),
        message: `is not shown: the policy is numbered by ${b.policy!.numbering === 'none' ? 'nothing ("numbering": "none")' : 'position'} — set "numbering": "given" in "policy" to show the school's own numbers`,
      });
    };
    const walkSection = (s: Section) => {
      anchorId(s.id);
      givenNumber(s, at);
      if (!numbersIgnored) s.blocks?.forEach((bl, i) => bl.type === 'clause' && givenNumber(bl, [...at, 'blocks', i]));
      walkBlocks('blocks', s.blocks);
      each('sections', s.sections, walkSection);
    };
    at.push('policy');
    walkText(b.policy.summary, 'summary');
    each('sections', b.policy.sections, walkSection);
    each('appendices', b.policy.appendices, walkSection);
    for (const r of refs)
      if (!footnotes.has(r.id))
        err(r.path, `refers to footnote [^${r.id}], but no footnote block has the id "${r.id}"`);
  }
  return { errors, warnings };
}
