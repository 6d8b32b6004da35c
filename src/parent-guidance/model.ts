import type { GuidanceNote, Topic } from '../bundle/types.js';
import { AGES } from '../bundle/schema/values.js';
import { pick, pickWithLang } from '../text/local.js';
import { plainText } from '../text/markup.js';
import { allBlocks, blockStrings } from '../ui/blocks.js';

/** A topic as the index shows and searches it, in one language. */
export interface TopicCard {
  topic: Topic;
  title: string;
  /** The language the title is in (undefined for a plain string). */
  lang?: string;
  /** The summary's plain words (cards show no links). */
  summary: string;
  /** Everything searchable, lower-cased: title, summary, blocks, prompts, links, school notes. */
  words: string;
}

export interface Filters {
  /** The search, as typed. */
  q: string;
  /** An age band (eyfs … ks4) or '' for any. */
  age: string;
  /** A theme id or '' for any. */
  theme: string;
}

/** Build the cards of a bundle's topics for one language. */
export function topicCards(topics: readonly Topic[], notes: readonly GuidanceNote[] | undefined, lang: string): TopicCard[] {
  return topics.map((topic) => {
    const [title, titleLang] = pickWithLang(topic.title, lang);
    const summary = plainText(pick(topic.summary, lang));
    const own = notes?.filter((n) => n.topic === topic.id) ?? [];
    const words = [
      title,
      summary,
      ...[...(topic.blocks ?? []), ...own.flatMap((n) => n.blocks ?? [])].flatMap((b) => [...allBlocks(b)].flatMap((x) => blockStrings(x, lang))),
      ...[...(topic.talk ?? []), ...own.map((n) => n.text)].map((t) => pick(t, lang)),
      ...(topic.links ?? []).map((l) => pick(l.title, lang)),
    ];
    return { topic, title, lang: titleLang, summary, words: words.map(plainText).join('\n').toLowerCase() };
  });
}

/** The search's words, lower-cased. */
export const searchWords = (q: string): string[] => q.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a card passes the filters: its ages (none means every age), its themes and every search word. */
export function matches(card: TopicCard, f: Filters): boolean {
  const { ages, tags } = card.topic;
  return (
    (!f.age || !ages?.length || (ages as string[]).includes(f.age)) &&
    (!f.theme || !!tags?.includes(f.theme)) &&
    searchWords(f.q).every((w) => card.words.includes(w))
  );
}

/** Where each key stage starts and ends (EYFS 0–5, KS1 5–7, KS2 7–11, KS3 11–14, KS4 14–16). */
const EDGES = [0, 5, 7, 11, 14, 16];

/**
 * The ages a topic matters for as year ranges ([[5, 11]] for KS1 and KS2); adjacent stages
 * join up. Empty when it matters for every age (no ages, or all of them).
 */
export function ageRanges(ages: readonly string[] | undefined): [number, number][] {
  const at = AGES.map((a, i) => (ages?.includes(a) ? i : -1)).filter((i) => i >= 0);
  if (at.length === AGES.length) return [];
  const out: [number, number][] = [];
  for (const i of at) {
    const last = out.at(-1);
    if (last && last[1] === EDGES[i]) last[1] = EDGES[i + 1];
    else out.push([EDGES[i], EDGES[i + 1]]);
  }
  return out;
}

/** The topic id in a URL fragment ("#guidance-gaming" with prefix "guidance-" → "gaming"). */
export function topicInHash(hash: string, prefix: string): string | undefined {
  let s = hash.replace(/^#/, '');
  try {
    s = decodeURIComponent(s);
  } catch {
    // a malformed %-escape: used as written
  }
  return s.startsWith(prefix) ? s.slice(prefix.length) || undefined : undefined;
}
