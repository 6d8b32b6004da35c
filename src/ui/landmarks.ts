import { html, nothing } from 'lit';

/*
 * Landmark names must differ on a page (axe `landmark-unique`): two <report-concern>, or two
 * elements showing the error box, would otherwise list the same regions twice. Each region is
 * named by its own heading and, when the element has peers, by the hidden words of `apartLabel`
 * as well (`aria-labelledby="<heading id> apart"`).
 */

const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const words = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

/** The page's heading just before `host` (outside it): what the page calls that part. */
function headingBefore(host: Element): string {
  const root = host.getRootNode() as Document | ShadowRoot;
  const walk = (root instanceof Document ? root : root.ownerDocument).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walk.currentNode = host;
  for (let n = walk.previousNode(); n; n = walk.previousNode()) {
    const e = n as Element;
    if (e.matches(HEADING) && !e.contains(host) && words(e)) return words(e);
  }
  return '';
}

/**
 * The words that tell `host` apart from its `peers` (the elements, host among them, that show
 * the same landmarks): the heading before it on the page, with its number among them when that
 * heading does not tell them apart. '' when it has no peers.
 */
export function apartFrom(host: Element, peers: readonly Element[]): string {
  if (peers.length < 2 || !peers.includes(host)) return '';
  const own = headingBefore(host);
  const shared = peers.some((p) => p !== host && headingBefore(p) === own);
  const n = `${peers.indexOf(host) + 1}`;
  return !own ? n : shared ? `${own} ${n}` : own;
}

/** The hidden words (id `apart`) a region's `aria-labelledby` adds to its heading; nothing when there are none. */
export const apartLabel = (words: string) => (words ? html`<span id="apart" hidden>(${words})</span>` : nothing);

/** A landmark's `aria-label` with the words that tell it apart, when there are some. */
export const apartName = (name: string, words: string) => (words ? `${name} (${words})` : name);

/** `aria-labelledby` for a region named by the heading `id`, and by `apartLabel` when there are words. */
export const labelledBy = (id: string, words: string) => (words ? `${id} apart` : id);
