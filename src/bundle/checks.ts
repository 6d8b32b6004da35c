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
    const walkText = (t: RichText | undefined, path: PropertyKey[]) => {
      if (t === undefined) return;
      if (typeof t === 'string' ? !t.includes('[^') : !Object.values(t).some((v) => v.includes('[^'))) return;
      const strings: [PropertyKey[], string][] =
        typeof t === 'string' ? [[path, t]] : Object.entries(t).map(([k, v]) => [[...path, k], v]);
      for (const [p, s] of strings) for (const id of footnotesIn(s)) refs.push({ id, path: p });
    };
    const anchorId = (id: string | undefined, path: PropertyKey[]) => {
      if (!id) return;
      if (sectionIds.has(id)) err([...path, 'id'], `the id "${id}" is used twice (also by ${sectionIds.get(id)}) — section and clause ids must be unique`);
      else sectionIds.set(id, formatPath(path));
    };
    const walkBlock = (bl: Block, path: PropertyKey[]) => {
      switch (bl.type) {
        case 'footnote':
          if (footnotes.has(bl.id))
            err([...path, 'id'], `footnote "${bl.id}" is defined twice (also at ${footnotes.get(bl.id)})`);
          else footnotes.set(bl.id, formatPath(path));
          walkText(bl.text, [...path, 'text']);
          break;
        case 'contacts':
          bl.ids?.forEach((id, k) => {
            if (!contactIds.has(id))
              err([...path, 'ids', k], `no contact has the id "${id}" — add it to school.contacts or fix the id`);
          });
          break;
        case 'list':
          bl.items.forEach((it, k) => {
            if (isItemObject(it)) {
              walkText(it.text, [...path, 'items', k, 'text']);
              it.blocks?.forEach((x, m) => walkBlock(x, [...path, 'items', k, 'blocks', m]));
            } else walkText(it, [...path, 'items', k]);
          });
          break;
        case 'table':
          bl.rows.forEach((r, k) => r.forEach((c, m) => walkText(c, [...path, 'rows', k, m])));
          break;
        case 'clause':
          anchorId(bl.id, path);
          bl.items?.forEach((it, k) => walkText(it, [...path, 'items', k]));
          walkText(bl.text, [...path, 'text']);
          bl.blocks?.forEach((x, m) => walkBlock(x, [...path, 'blocks', m]));
          break;
        case 'note':
          walkText(bl.text, [...path, 'text']);
          bl.blocks?.forEach((x, m) => walkBlock(x, [...path, 'blocks', m]));
          break;
        default:
          walkText(bl.text, [...path, 'text']);
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
    const walkSection = (s: Section, path: PropertyKey[]) => {
      anchorId(s.id, path);
      givenNumber(s, path);
      s.blocks?.forEach((bl, i) => bl.type === 'clause' && givenNumber(bl, [...path, 'blocks', i]));
      s.blocks?.forEach((bl, i) => walkBlock(bl, [...path, 'blocks', i]));
      s.sections?.forEach((c, i) => walkSection(c, [...path, 'sections', i]));
    };
    walkText(b.policy.summary, ['policy', 'summary']);
    b.policy.sections.forEach((s, i) => walkSection(s, ['policy', 'sections', i]));
    b.policy.appendices?.forEach((s, i) => walkSection(s, ['policy', 'appendices', i]));
    for (const r of refs)
      if (!footnotes.has(r.id))
        err(r.path, `refers to footnote [^${r.id}], but no footnote block has the id "${r.id}"`);
  }
  return { errors, warnings };
}
