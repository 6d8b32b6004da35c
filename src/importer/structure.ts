import { toBlocks, type Counts, type OutBlock } from './blocks.js';
import type { DocNode } from './model.js';
import { appendixHeading, depthOf, handNumber, isUnder, stripNumber, type HandNumber } from './numbers.js';

/** A section as the importer writes it (SHAPE: number, numbered, label). */
export interface OutSection {
  title: string;
  number?: string;
  numbered?: boolean;
  label?: string;
  blocks?: OutBlock[];
  sections?: OutSection[];
}

export interface Structure {
  sections: OutSection[];
  appendices: OutSection[];
  /** Nodes before the first heading (cover page, introduction), for the metadata readers. */
  preamble: DocNode[];
  counts: Counts & { sections: number; clauses: number; appendices: number; footnotes: number; numbered: number };
  /** Things a person should look at (contents lists left out, headings guessed from their shape). */
  notes: string[];
}

type Event =
  | { e: 'section'; title: string; depth: number; number?: string; styled: boolean; level?: number; sub?: boolean }
  | { e: 'appendix'; title: string; label?: string; number?: string; level?: number }
  | { e: 'clause'; number: string; text: string }
  | { e: 'node'; node: DocNode };

const SENTENCE_END = /[.;,!?]$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Short, no full stop: how a heading looks. */
const titleLike = (s: string, max = 12) => s.length <= 90 && words(s) <= max && !SENTENCE_END.test(s) && /^[\p{Lu}\p{N}"“'(]/u.test(s);
const CONTENTS = /^(table of )?contents$/i;
const APPENDIX_LIST = /^(list of )?(appendices|annexes)$/i;

/**
 * Turn document nodes into sections, clauses and appendices. Numbers written by hand ("4.2
 * Staff will…") are kept as `number`; headings come from heading styles, or, in documents
 * without them, from their shape (a short numbered line followed by deeper numbers, a line in
 * bold, a short line standing alone in a text file).
 */
export function structure(input: DocNode[], mode: 'styled' | 'text'): Structure {
  const notes: string[] = [];
  const nodes = typedBullets(unwrapNumberedLists(input));
  const styled = mode === 'styled' && nodes.some((n) => n.k === 'heading');
  const events = classify(nodes, styled, notes);

  const counts = { lists: 0, listItems: 0, tables: 0, emptyCells: 0, sections: 0, clauses: 0, appendices: 0, footnotes: 0, numbered: 0 };
  const sections: OutSection[] = [];
  const appendices: OutSection[] = [];
  const preamble: DocNode[] = [];
  const footnotes: OutBlock[] = [];
  const stack: { s: OutSection; depth: number; number?: string }[] = [];
  let inAppendix = false;
  let appendixLevel: number | undefined;
  let clause: Extract<OutBlock, { type: 'clause' }> | undefined;
  const current = () => stack[stack.length - 1];
  const push = (b: OutBlock[]) => {
    const target = clause ? (clause.blocks ??= []) : current() ? (current().s.blocks ??= []) : undefined;
    target?.push(...b);
  };

  for (const ev of events) {
    switch (ev.e) {
      case 'appendix': {
        clause = undefined;
        inAppendix = true;
        appendixLevel = ev.level;
        const s: OutSection = { title: ev.title, ...(ev.label ? { label: ev.label } : {}), ...(ev.number ? { number: ev.number } : {}) };
        appendices.push(s);
        counts.appendices++;
        stack.length = 0;
        stack.push({ s, depth: 0 });
        break;
      }
      case 'section': {
        clause = undefined;
        const s: OutSection = { title: ev.title };
        if (ev.number) {
          s.number = ev.number;
          counts.numbered++;
        }
        counts.sections++;
        // Inside an appendix, a heading as big as the appendix's own starts another (unlabelled) one.
        if (inAppendix && ev.level !== undefined && appendixLevel !== undefined && ev.level <= appendixLevel) {
          const a: OutSection = { title: ev.title };
          appendices.push(a);
          counts.appendices++;
          counts.sections--;
          stack.length = 0;
          stack.push({ s: a, depth: 0 });
          break;
        }
        // Otherwise every heading inside an appendix belongs to it.
        let depth = inAppendix ? Math.max(1, ev.level !== undefined && appendixLevel !== undefined ? ev.level - appendixLevel : ev.depth) : ev.depth;
        depth = Math.min(depth, stack.length);
        while (stack.length && current().depth >= depth) stack.pop();
        if (inAppendix && !stack.length) {
          // A heading at the top after the appendices began: it belongs to the last appendix.
          stack.push({ s: appendices[appendices.length - 1], depth: 0 });
          depth = 1;
        }
        const parent = current();
        if (parent) (parent.s.sections ??= []).push(s);
        else sections.push(s);
        stack.push({ s, depth, number: ev.number });
        break;
      }
      case 'clause': {
        counts.clauses++;
        counts.numbered++;
        // The clause goes in the deepest open section its number sits under (else the current one).
        const home = [...stack].reverse().find((x) => x.number && isUnder(ev.number, x.number));
        if (home) while (current() !== home) stack.pop();
        clause = { type: 'clause', number: ev.number, text: ev.text || '—' };
        if (current()) (current().s.blocks ??= []).push(clause);
        else preamble.push({ k: 'para', text: `${ev.number} ${ev.text}`, plain: `${ev.number} ${ev.text}` });
        break;
      }
      case 'node': {
        const n = ev.node;
        if (n.k === 'footnote') {
          counts.footnotes++;
          footnotes.push(...toBlocks(n, counts));
        } else if (!current()) preamble.push(n);
        else push(toBlocks(n, counts));
      }
    }
  }
  // Footnotes render at the end of the policy whichever section holds them: keep them with the last.
  if (footnotes.length) {
    const last = sections[sections.length - 1] ?? appendices[appendices.length - 1];
    if (last) (last.blocks ??= []).push(...footnotes);
  }
  return { sections, appendices, preamble, counts, notes };
}

/**
 * Lists whose items start with hand numbers ("1.1 We will…") are numbered paragraphs a
 * converter put in a list: they become paragraphs again, their nested lists following them.
 */
function unwrapNumberedLists(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const n of nodes) {
    if (n.k === 'list' && n.items.filter((i) => handNumber(i.plain)?.parts.length! >= 2).length * 2 >= n.items.length) {
      for (const it of n.items) {
        if (it.plain) out.push({ k: 'para', text: it.text, plain: it.plain });
        out.push(...unwrapNumberedLists(it.children));
      }
    } else out.push(n);
  }
  return out;
}

const BULLET = /^[•·▪◦‣●■–]\s*/u;

/** Paragraphs that start with a bullet typed by hand ("• Logs of incidents") are a list. */
function typedBullets(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const n of nodes) {
    if (n.k === 'para' && BULLET.test(n.plain) && n.plain.replace(BULLET, '')) {
      const item = { text: n.text.replace(BULLET, ''), plain: n.plain.replace(BULLET, ''), children: [] };
      const last = out[out.length - 1];
      if (last?.k === 'list' && (last as { typed?: boolean }).typed) last.items.push(item);
      else out.push(Object.assign({ k: 'list' as const, ordered: false, items: [item] }, { typed: true }));
    } else out.push(n);
  }
  return out;
}

function classify(nodes: DocNode[], styled: boolean, notes: string[]): Event[] {
  const events: Event[] = [];
  const nums = nodes.map((n) => (n.k === 'para' || n.k === 'heading' ? handNumber(n.plain) : undefined));
  const levels = nodes.filter((n) => n.k === 'heading').map((n) => (n as { level: number }).level);
  let inContents = false;
  let contentsFirst: string | undefined;
  let contentsCount = 0;
  let contentsNote = -1;
  let shapeGuesses = 0;
  let prevNamed = false;
  /** The first parts of the section numbers seen so far ("4" for 4, 4.1 …). */
  const seen = new Set<string>();
  // The lowest heading level that opens sections: the title's level does not count when it is alone.
  const h1s = levels.filter((l) => l === 1).length;
  const base = Math.min(...levels.filter((l) => l > 1 || h1s > 1), 6);

  /** The next hand number after i, to tell a numbered heading ("3.1 Partnership") from a clause. */
  const nextNumber = (i: number): HandNumber | undefined => {
    for (let j = i + 1; j < nodes.length && j < i + 40; j++) if (nums[j]) return nums[j];
    return undefined;
  };

  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const num = nums[i];
    const plain = n.k === 'para' || n.k === 'heading' ? n.plain.replace(/\*\*/g, '').trim() : '';

    // A contents list: left out (the element builds its own), until the first entry comes round again.
    // It ends at a heading, a sentence, or after 80 entries, so real text is never taken for it.
    if (inContents) {
      const entry = n.k === 'list' ? undefined : plain;
      const isHeading = n.k === 'heading' || (n.k === 'para' && n.bold);
      const sentence = entry !== undefined && (entry.length > 240 || (/[.!?]$/.test(entry) && !/\.{3,}\s*\d*$/.test(entry) && entry.length > 60));
      if (contentsCount < 80 && (n.k === 'list' || (entry !== undefined && !isHeading && !sentence && (contentsFirst === undefined || entry !== contentsFirst)))) {
        if (entry !== undefined && contentsFirst === undefined) contentsFirst = entry;
        contentsCount += n.k === 'list' ? n.items.length : 1;
        notes[contentsNote] = notes[contentsNote].replace(/\(\d+ entr(y|ies)\) /, '').replace(' (the policy', ` (${contentsCount} entr${contentsCount === 1 ? 'y' : 'ies'}) (the policy`);
        continue;
      }
      inContents = false;
    }
    const beforeAny = !events.some((e) => e.e === 'section' || e.e === 'appendix');
    if ((n.k === 'heading' || n.k === 'para') && (CONTENTS.test(plain) || (beforeAny && APPENDIX_LIST.test(plain)))) {
      inContents = true;
      contentsCount = 0;
      contentsNote = notes.push(`left out the contents list after "${plain}" (the policy element builds its own)`) - 1;
      continue;
    }

    // "Footnotes" over the footnotes themselves: they are placed on their own.
    if ((n.k === 'heading' || (n.k === 'para' && n.bold)) && /^(foot|end)notes$/i.test(plain) && nodes[i + 1]?.k === 'footnote') continue;
    const appendix = (n.k === 'heading' || (n.k === 'para' && (n.bold || !styled))) && titleLike(plain, 16) ? appendixHeading(plain) : undefined;
    if (appendix) {
      // "Appendix A:" on its own, then the title as the next heading: one appendix.
      const next = nodes[i + 1];
      // Under a heading "Appendix H:", a plain short line that reads as a title is its title too.
      const titleNext = next && (next.k === 'heading' || (next.k === 'para' && (next.bold || (n.k === 'heading' && titleLike(next.plain, 16)))));
      if (appendix.title === appendix.label && titleNext && !appendixHeading(next.plain)) {
        appendix.title = next.plain.replace(/\*\*/g, '').trim();
        i++;
      }
      events.push({ e: 'appendix', ...appendix, level: n.k === 'heading' ? n.level : undefined });
      continue;
    }
    if (n.k === 'heading') {
      let depth = num ? depthOf(num) : Math.max(0, n.level - base);
      if (num) seen.add(num.parts[0]);
      // An unnumbered heading just before "4.1" when there is no section 4 yet is section 4 itself,
      // whatever its heading level ("Policies and procedures" with its number left off).
      const ahead = num ? undefined : nodes.slice(i + 1, i + 20).find((x) => x.k === 'heading' && handNumber(x.plain));
      const first = ahead && handNumber((ahead as { plain: string }).plain);
      if (first && first.parts.length === 2 && first.parts[1] === '1' && !seen.has(first.parts[0]) && seen.size) depth = 0;
      events.push({ e: 'section', title: num ? num.rest.replace(/\*\*/g, '') : plain, depth, number: num?.number, styled: true, level: n.level });
      continue;
    }
    if (n.k !== 'para') {
      events.push({ e: 'node', node: n });
      continue;
    }
    if (num) {
      const next = nextNumber(i);
      const opensDeeper = !!next && isUnder(next.number, num.number);
      const heading = titleLike(num.rest) && (opensDeeper || n.bold || (num.parts.length === 1 && !styled));
      if (heading) {
        events.push({ e: 'section', title: num.rest.replace(/\*\*/g, ''), depth: depthOf(num), number: num.number, styled: false });
        if (!n.bold && !opensDeeper) shapeGuesses++;
      } else events.push({ e: 'clause', number: num.number, text: stripNumber(n.text) });
      continue;
    }
    // Unnumbered headings in documents without heading styles: a bold line, or a short line standing alone.
    const nextNode = nodes[i + 1];
    // "Next review: September 2027" and "Signed: ______" are details, not headings.
    const detail = /^[^:]{1,40}:\s+\S/.test(plain) || /_{3,}|\.{5,}/.test(plain);
    // Two short lines in a row are usually a title and its subtitle: the first is the heading only
    // when it names an agreement or a policy ("Pupil Acceptable Use Agreement" over the school's name).
    const named = /\b(agreement|policy|appendix|code of conduct)\b/i.test(plain);
    const alone: boolean = !styled && !detail && titleLike(plain.replace(/:$/, ''), 8) && nextNode && nextNode.k !== 'heading' &&
      !(nextNode.k === 'list' && /:$/.test(plain)) &&
      (named || !(nextNode.k === 'para' && titleLike(nextNode.plain, 8) && !handNumber(nextNode.plain))) &&
      !(prevNamed && !named);
    prevNamed = alone && named;
    if ((n.bold && !detail && titleLike(plain.replace(/:$/, ''), 14)) || alone) {
      const last = [...events].reverse().find((e) => e.e === 'section' || e.e === 'appendix');
      // "Governors:" under a heading is a sub-heading of the last heading that was not one itself.
      const parent = [...events].reverse().find((e) => (e.e === 'section' && !e.sub) || e.e === 'appendix');
      const parentDepth = parent?.e === 'section' ? parent.depth : 0;
      const sub = /:$/.test(plain) && !!last;
      const depth = sub ? parentDepth + 1 : last?.e === 'section' && last.number && !styled ? last.depth + 1 : 0;
      events.push({ e: 'section', title: plain.replace(/:$/, ''), depth, styled: false, sub });
      if (!n.bold) shapeGuesses++;
      continue;
    }
    events.push({ e: 'node', node: n });
  }
  if (shapeGuesses) notes.push(`${shapeGuesses} heading${shapeGuesses === 1 ? ' was' : 's were'} guessed from the shape of the line (short, no full stop) — check them`);
  return events;
}
