import { footnotesIn } from '../text/markup.js';
import { formatPath } from './issues.js';
import { allContacts } from './contacts.js';
import { isItemObject } from './list-item.js';
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
    // One path, pushed and popped as the walk goes (this walk visits every block and text of a
    // long policy, and a fresh page runs it before the JIT): it becomes text only for a finding.
    const path: PropertyKey[] = [];
    const inside = (keys: PropertyKey[], walk: () => void) => {
      path.push(...keys);
      walk();
      path.length -= keys.length;
    };
    const here = (...keys: PropertyKey[]) => formatPath([...path, ...keys]);
    // Where each id is, as a path: made text only to say where the other use of an id is.
    const footnotes = new Map<string, PropertyKey[]>();
    const refs: { id: string; path: string }[] = [];
    const sectionIds = new Map<string, PropertyKey[]>();
    /** The footnote references in one string (at `key`, then `lang`, under the path, each if given). */
    const refsIn = (s: string, key?: PropertyKey, lang?: string) => {
      if (!s.includes('[^')) return;
      const at = formatPath([...path, ...(key === undefined ? [] : [key]), ...(lang === undefined ? [] : [lang])]);
      for (const id of footnotesIn(s)) refs.push({ id, path: at });
    };
    /** The footnote references in a text (at `key` under the path, if given). */
    const walkText = (t: RichText | undefined, key?: PropertyKey) => {
      if (t === undefined) return;
      if (typeof t === 'string') refsIn(t, key);
      else for (const lang in t) refsIn(t[lang]!, key, lang);
    };
    const anchorId = (id: string | undefined) => {
      if (!id) return;
      if (sectionIds.has(id)) err([...path, 'id'], `the id "${id}" is used twice (also by ${formatPath(sectionIds.get(id)!)}) — section and clause ids must be unique`);
      else sectionIds.set(id, path.slice());
    };
    const walkBlocks = (blocks: readonly Block[] | undefined, key: PropertyKey = 'blocks') => {
      if (!blocks) return;
      path.push(key, 0);
      for (let i = 0; i < blocks.length; i++) {
        path[path.length - 1] = i;
        walkBlock(blocks[i]!);
      }
      path.length -= 2;
    };
    const walkBlock = (bl: Block) => {
      switch (bl.type) {
        case 'footnote':
          if (footnotes.has(bl.id)) err([...path, 'id'], `footnote "${bl.id}" is defined twice (also at ${formatPath(footnotes.get(bl.id)!)})`);
          else footnotes.set(bl.id, path.slice());
          walkText(bl.text, 'text');
          break;
        case 'contacts':
          bl.ids?.forEach((id, k) => {
            if (!contactIds.has(id)) err([...path, 'ids', k], `no contact has the id "${id}" — add it to school.contacts or fix the id`);
          });
          break;
        case 'list':
          inside(['items', 0], () =>
            bl.items.forEach((it, k) => {
              path[path.length - 1] = k;
              if (isItemObject(it)) {
                walkText(it.text, 'text');
                walkBlocks(it.blocks);
              } else walkText(it);
            }),
          );
          break;
        case 'table':
          inside(['rows', 0, 0], () =>
            bl.rows.forEach((r, k) =>
              r.forEach((c, m) => {
                path[path.length - 2] = k;
                path[path.length - 1] = m;
                walkText(c);
              }),
            ),
          );
          break;
        case 'clause':
          anchorId(bl.id);
          if (bl.items)
            inside(['items', 0], () =>
              bl.items!.forEach((it, k) => {
                path[path.length - 1] = k;
                walkText(it);
              }),
            );
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
    const walkSections = (sections: readonly Section[] | undefined, key = 'sections') =>
      sections?.forEach((s, i) => inside([key, i], () => walkSection(s)));
    inside(['policy'], () => {
      walkText(b.policy!.summary, 'summary');
      walkSections(b.policy!.sections);
      walkSections(b.policy!.appendices, 'appendices');
    });
    for (const r of refs)
      if (!footnotes.has(r.id)) errors.push({ path: r.path, message: `refers to footnote [^${r.id}], but no footnote block has the id "${r.id}"` });
  }
  return { errors, warnings };
}
