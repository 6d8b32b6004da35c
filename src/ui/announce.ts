import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** How long a new live region stays empty: screen readers announce changes only to a region they already know. */
export const ANNOUNCE_DELAY = 150;

/**
 * The words of a live region that appears together with them, on the region itself:
 * `<p role="status" ${announce(text)}></p>`. The region is put on the page empty and filled a
 * moment later, so screen readers announce it; once filled, a new text replaces it at once.
 * (A plain directive writing textContent: lit's AsyncDirective would cost every visitor more.)
 */
class Announce extends Directive {
  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('announce() belongs on the live region element itself');
  }

  render(_text: string) {
    return nothing;
  }

  override update(part: ElementPart, [text]: [string]) {
    const el = part.element;
    if (this.shown) {
      if (el.textContent !== text) el.textContent = text;
      return nothing;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.shown = true;
      el.textContent = text;
    }, ANNOUNCE_DELAY);
    return nothing;
  }
}

export const announce = directive(Announce);
