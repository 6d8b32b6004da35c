import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/** How long a new live region stays empty: screen readers announce changes only to a region they already know. */
export const ANNOUNCE_DELAY = 150;

/**
 * The text of a live region (`role="status"`) that appears together with it: first empty, then
 * the text a moment later, so screen readers announce it. Once shown, later texts replace it at once.
 */
class Announce extends AsyncDirective {
  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;
  private latest: unknown;

  render(text: unknown): unknown {
    this.latest = text;
    if (this.shown) return text;
    this.timer ??= setTimeout(() => {
      this.shown = true;
      this.setValue(this.latest);
    }, ANNOUNCE_DELAY);
    return nothing;
  }

  protected override disconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override reconnected(): void {
    if (!this.shown) this.render(this.latest);
  }
}

export const announce = directive(Announce);
