import { msg } from '@lit/localize';
import { html } from 'lit';

/*
 * A copy of a submission the person can keep while it is not sent: "Save a copy" (a plain-text
 * file made in the browser, a blob: URL held in memory only, never fetched from or sent
 * anywhere). Shared by the elements that submit, and loaded with their receipts (on the first
 * submit, before a copy can be wanted); the "Not sent" box with its "Print a copy" is in form.ts.
 */

/** The current copy's blob: URL, made once per submission; forget() it when the element is done with it. */
export class TextCopy {
  private c?: { id: string; url: string };

  url(id: string, text: () => string): string {
    if (this.c?.id !== id) {
      this.forget();
      this.c = { id, url: URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' })) };
    }
    return this.c.url;
  }

  forget(): void {
    if (this.c) URL.revokeObjectURL(this.c.url);
    this.c = undefined;
  }
}

/** "Save a copy": downloads `url` as `<name>-<yyyy-mm-dd>.txt`. */
export const saveLink = (url: string, name: string, submittedAt: string) =>
  html` <a part="save" href=${url} download="${name}-${submittedAt.slice(0, 10)}.txt">${msg('Save a copy')}</a> `;
