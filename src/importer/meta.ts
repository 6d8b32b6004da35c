import { addMonths, DATE_WORDS, readDate } from './dates.js';

/** What a cover page or a "document control" table says about the policy. */
export interface Meta {
  approved?: string;
  approvedBy?: string;
  reviewed?: string;
  nextReview?: string;
  reviewCycleMonths?: number;
  version?: string;
  meeting?: string;
  signOff?: { role: string }[];
}

const DATE = new RegExp(DATE_WORDS, 'i');
const SPLIT = /(?=\b(?:date\s+(?:approved|agreed|adopted|of\s+(?:next\s+)?review)|approved\s+by|agreed\s+by|adopted\s+by|ratified\s+by|next\s+review|review\s+date|last\s+reviewed|signed\b|version\s*:))/i;
const KEY = {
  next: /\b(next\s+review|review\s+(?:date|due)|due\s+for\s+review|date\s+of\s+next\s+review|to\s+be\s+reviewed(?:\s+(?:by|on|in))?)\b/i,
  reviewed: /\b(last\s+reviewed|reviewed(?:\s+on)?|date\s+(?:of\s+)?(?:last\s+)?review)\b/i,
  approved: /\b(approved|agreed|adopted|ratified)\b/i,
};
const CYCLE: [RegExp, number][] = [
  [/\b(annually|every\s+(?:year|12\s+months)|each\s+year|yearly)\b/i, 12],
  [/\b(every\s+(?:two|2)\s+years|biennially|every\s+24\s+months)\b/i, 24],
  [/\b(every\s+(?:three|3)\s+years|every\s+36\s+months)\b/i, 36],
  [/\b(termly|every\s+term)\b/i, 4],
];

/**
 * Read the policy's governance from short lines ("Approved by: the Full Governing Board",
 * "Date approved: 12 September 2026", "Next review: September 2027", "reviewed annually").
 * Returns what it read, which lines it used, and what it had to guess.
 */
export function readMeta(lines: string[]): { meta: Meta; used: Set<string>; guessed: string[] } {
  const meta: Meta = {};
  const used = new Set<string>();
  const guessed: string[] = [];
  const take = (line: string, field: 'approved' | 'reviewed' | 'nextReview') => {
    if (meta[field]) return false;
    const m = DATE.exec(line);
    const d = m && readDate(m[0]);
    if (!d) return false;
    meta[field] = d.iso;
    if (d.guessed) guessed.push(`${field} "${d.written}" read as ${d.iso} (no day given)`);
    return true;
  };
  for (const raw of lines) {
    const whole = raw.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
    if (whole.length > 120) {
      // A sentence that mentions approval is not a cover line, but "This policy will be reviewed
      // annually, or sooner if…" still states the review cycle.
      const cycle = /\breviewed\s+(?:at\s+least\s+)?(\w+(?:\s+\w+){0,2})/i.exec(whole);
      const months = cycle && !meta.reviewCycleMonths && CYCLE.find(([re]) => re.test(cycle[0]))?.[1];
      if (months) {
        meta.reviewCycleMonths = months;
        guessed.push(`review cycle: every ${months} months, from "${whole.slice(0, 60)}…"`);
      }
      continue;
    }
    // A cover often runs several details into one line: read each from where its label starts.
    const labels = [...whole.matchAll(new RegExp(SPLIT.source, 'gi'))].length;
    const parts = labels >= 2 ? whole.split(SPLIT) : [whole];
    for (const line of parts.map((x) => x.trim()).filter(Boolean))
      if (readLine(line)) used.add(raw);
  }
  function readLine(line: string): boolean {
    let hit = false;
    if (KEY.next.test(line)) hit = take(line, 'nextReview') || hit;
    else if (KEY.reviewed.test(line) && !/\bwill\s+be\b/i.test(line)) hit = take(line, 'reviewed') || hit;
    if (KEY.approved.test(line) && !KEY.next.test(line)) {
      const by = /\b(?:approved|agreed|adopted|ratified)\s+by\s*:?\s*(.+?)(?:\s*(?:on|at|:|–|-|,)\s*(?:the\s+)?(?:\d|$|[a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4})|$)/i.exec(line);
      // "Approved: 1 September 2026 (the governing board)", as the policy element shows it.
      const after = /\b(?:approved|agreed|adopted|ratified)\s*:\s*[^()]*\(([^)]+)\)\s*$/i.exec(line);
      // Only near the start of a line: "…someone who isn't approved by the teacher…" is not a cover line.
      const who = ((by && by.index < 25 ? by[1] : undefined) ?? after?.[1])?.replace(new RegExp(`\\s*${DATE_WORDS}.*$`, 'i'), '').replace(/[:\s]+$/, '').trim();
      // "Agreed by Staff" and "Agreed by Governors": the governors' approval is the one that counts.
      if (who && (!meta.approvedBy || /govern|board|trust/i.test(who))) {
        if (!meta.approvedBy || !/govern|board|trust/i.test(meta.approvedBy)) {
          meta.approvedBy = /^(the|full|governing)/i.test(who) || !/^[A-Z]/.test(who) ? who : `the ${who}`;
          if (/govern|board|trust/i.test(who)) delete meta.approved;
        }
        hit = true;
      }
      hit = take(line, 'approved') || hit;
    }
    const meeting = /\b((?:autumn|spring|summer)\s+term\s+(?:full\s+)?(?:governors'?|governing\s+body|board)\s+meeting|(?:full\s+)?governing\s+(?:body|board)\s+meeting(?:\s+(?:of|on)\s+[^,.;]+)?)/i.exec(line);
    if (meeting && !meta.meeting) meta.meeting = meeting[1];
    const version = /^\s*(?:version|v)\s*[:.]?\s*(\d+(?:\.\d+)*)\s*$/i.exec(line) ?? /\bversion\s*:\s*(\S+)/i.exec(line);
    if (version && !meta.version) {
      meta.version = version[1];
      hit = true;
    }
    if (/\breview/i.test(line) && !meta.reviewCycleMonths)
      for (const [re, months] of CYCLE)
        if (re.test(line)) {
          meta.reviewCycleMonths = months;
          break;
        }
    const sign = /^signed\s*\(?\s*([^):_]+?)\s*\)?\s*:/i.exec(line);
    if (sign && /_{2,}|\.{4,}|:\s*$|date\s*:/i.test(line)) {
      (meta.signOff ??= []).push({ role: sign[1].trim() });
      hit = true;
    }
    return hit;
  }
  if (!meta.nextReview && meta.reviewCycleMonths && (meta.reviewed ?? meta.approved))
    guessed.push(`next review worked out as ${addMonths((meta.reviewed ?? meta.approved)!, meta.reviewCycleMonths)} from the review cycle (${meta.reviewCycleMonths} months)`);
  return { meta, used, guessed };
}

const SCHOOLISH = /\b(school|academy|college|federation|primary|infant|junior|nursery)\b/i;

/** The title and school name from the first lines of a document ("Larkspur Lane Primary School — Online Safety Policy"). */
export function readTitle(first: string[]): { title?: string; school?: string; used: string[] } {
  const lines = first.map((l) => l.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()).filter((l) => l && l.length < 140);
  const used: string[] = [];
  let title: string | undefined;
  let school: string | undefined;
  for (const l of lines) {
    const both = /^(.*?\b(?:school|academy|college|federation))\s*[:–—-]?\s*(.*\bpolicy\b.*)$/i.exec(l);
    if (both && both[2] && !title) {
      school ??= both[1].trim();
      title = both[2].trim();
      used.push(l);
    } else if (!title && /\bpolicy\b/i.test(l) && !/^(this|the|our)\b/i.test(l) && !/[.!?]$/.test(l) && l.split(' ').length <= 12) {
      title = l;
      used.push(l);
    } else if (!school && SCHOOLISH.test(l) && l.split(' ').length <= 10 && !/[.!?]$/.test(l) && !/\bpolicy\b/i.test(l)) {
      school = l;
      used.push(l);
    }
  }
  return { title, school, used };
}
