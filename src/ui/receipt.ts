import { msg } from '@lit/localize';
import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { headingTag } from './heading.js';
import { apartLabel, labelledBy } from './landmarks.js';

/*
 * What a form shows once it is sent (or waiting to send), shared by the elements that submit
 * and loaded with their receipts, on the first submit:
 * a heading that takes focus (`#done`), the element's own content, a Print button (the print
 * styles leave the buttons out) and a button to start again for the next person on a shared
 * device. Styles: form-styles.ts (.done, dl).
 */

export interface ReceiptOptions {
  heading: unknown;
  /** Level of the heading (the element's heading-level). */
  level: number;
  /** Not sent yet: styled as waiting. */
  waiting: boolean;
  lang: string;
  print: string;
  restart: string;
  /** Start again; without it, no such button (e.g. while a report kept nowhere else is still unsent). */
  again?: () => void;
  /** Anything beside the Print button (e.g. a "Save a copy" link). */
  actions?: unknown;
  /** Words that tell this receipt apart from another on the page (BundleElement.apart). */
  apart?: string;
}

export const receipt = (o: ReceiptOptions, content: unknown) =>
  html`<section class="done ${o.waiting ? 'waiting' : ''}" part="receipt" lang=${o.lang} aria-labelledby=${labelledBy('done', o.apart ?? '')}>
    <${headingTag(o.level)} id="done" tabindex="-1">${o.heading}</${headingTag(o.level)}>${apartLabel(o.apart ?? '')}
    ${content}
    <button part="print" @click=${() => print()}>${o.print}</button>${o.actions}
    ${o.again ? html`<button part="restart" @click=${o.again}>${o.restart}</button>` : nothing}
  </section>`;

/**
 * Where an unsent submission is, honestly: "Saved on this device" only when it really is in
 * this browser's storage; otherwise that it is not, and is retried only while the page is open.
 */
export const keptText = (stored: boolean) =>
  stored
    ? msg('Saved on this device. It will be sent automatically when the connection is back.')
    : msg('Not saved on this device: we will keep trying while this page is open.');
