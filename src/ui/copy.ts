import { msg, str } from '@lit/localize';
import { html } from 'lit';

/*
 * A copy of a submission the person can keep while it is not sent: "Print a copy" and "Save a
 * copy" (a plain-text file made in the browser, a blob: URL held in memory only, never fetched
 * from or sent anywhere). Shared by the elements that submit.
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

/**
 * Over a form whose submission was not sent and is no longer retried: why, that the answers
 * are kept, and a copy to print or save. `status` 2xx: the server kept answering that it failed.
 */
export const notSentBox = (status: number, save: unknown) =>
  html`<div class="error-summary submit-error" part="submit-error" role="alert" tabindex="-1">
    <p>${status === 0
      ? // No answer from the school's system at all (this page could not load the code that sends).
        msg('Not sent: this page could not send it. Your answers are kept: please try again later, or print or save a copy.')
      : status >= 200 && status < 300
        ? msg('Not sent: the school’s system answered that it could not take it. Your answers are kept: please try again later, or print or save a copy.')
        : msg(str`Not sent: the school’s system said no (error ${status}). Your answers are kept: please try again.`)}</p>
    <p><button type="button" part="print" @click=${() => print()}>${msg('Print a copy')}</button>${save}</p>
  </div>`;
