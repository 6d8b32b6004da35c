import { allPartsCheck } from './all-parts.js';
import { explained } from './explain.js';
import { countProblems, issuesToText } from './issues.js';
import { describeSource, loadNow, loadWith, type BundleSource } from './load.js';
import { checkedWhole } from './part-result.js';
import { isResolved } from './resolve.js';
import type { BundleResult } from './validate.js';

const seenObjects = new WeakSet<object>();
const seenText = new Set<string>();

/**
 * Each element checks only the parts of the bundle it uses, so a mistake elsewhere (say in the
 * guidance topics) does not stop it. So that the mistake is not missed on pages without the
 * element that uses that part, the first element to load a bundle checks the other parts too,
 * once the page is idle, and notes what it finds in the console. Once per bundle per page; not
 * at all when the element's check `r` covered the whole bundle.
 */
export function noteOtherParts(tag: string, source: BundleSource, r: BundleResult): void {
  if (checkedWhole(r)) return; // the element's own check looked at all of it
  const key = source.kind === 'property' ? source.value : source.kind === 'url' ? source.url : source.kind === 'inline' ? source.text : undefined;
  if (key === undefined || key === null || isResolved(key)) return;
  if (typeof key === 'object') {
    if (seenObjects.has(key)) return;
    seenObjects.add(key);
  } else if (typeof key === 'string') {
    if (seenText.has(key)) return;
    seenText.add(key);
  } else return; // a number or the like: its own check has said what is wrong
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 500));
  idle(
    () =>
      void (async () => {
        // A check of its own, made for this once: the page keeps the checks of only the parts its elements use.
        const check = allPartsCheck();
        const r = await explained(loadNow(source, check) ?? (await loadWith(source, check)));
        if (!r.ok && !r.transient)
          console.warn(
            `${tag}: parts of the policy bundle (${describeSource(source)}) that this element does not use have ${countProblems(r.issues)}; the elements that use them show an error instead:\n${issuesToText(r.issues)}`,
          );
      })().catch(() => {}), // a missing chunk (zod's, to say what is wrong) only loses this note
    { timeout: 5000 },
  );
}
