import { css } from 'lit';
import { blockStyles } from '../ui/block-styles.js';
import { baseStyles } from '../ui/styles.js';

export const policyStyles = [
  baseStyles,
  blockStyles,
  css`
    article {
      max-width: var(--esafety-max-width, 48rem);
      /* A long address or word breaks rather than widening the page (320 px phones). */
      overflow-wrap: anywhere;
    }
    .school {
      margin: 0;
      color: var(--_muted);
      font-weight: 600;
    }
    .title {
      margin: 0.2em 0 0.4em;
      line-height: 1.2;
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0 0 1rem;
      color: var(--_muted);
    }
    .dates div {
      display: flex;
      align-items: baseline;
      gap: 0.35em;
    }
    .dates dt::after {
      content: ':';
    }
    .dates dt {
      flex: none; /* the label stays whole; a long date wraps beside it */
    }
    .dates dd {
      margin: 0;
      min-width: 0;
    }
    .overdue {
      border-inline-start: 4px solid var(--_muted);
      padding: 0.25rem 0.75rem;
      color: var(--_muted);
      font-size: 0.95em;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 1rem 0;
    }
    .search label {
      font-weight: 600;
    }
    .search input {
      font: inherit;
      min-height: 44px;
      min-width: min(100%, 18rem);
      flex: 1 1 14rem;
      padding: 0.35rem 0.6rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      color: inherit;
      background: Field;
    }
    .search-status {
      flex-basis: 100%;
      margin: 0;
      color: var(--_muted);
    }
    .search-status:empty {
      display: none;
    }
    nav {
      background: var(--_surface);
      border-radius: var(--_radius);
      padding: 0.75rem 1.25rem;
      margin-bottom: 1.5rem;
    }
    nav h2,
    nav h3,
    nav h4 {
      margin: 0 0 0.5rem;
      font-size: 1.1em;
    }
    .toc,
    .toc ol {
      list-style: none;
      padding-inline-start: 0;
      margin: 0;
    }
    .toc ol {
      padding-inline-start: 1.5rem;
    }
    .toc a {
      display: inline-block;
      padding-block: 0.15rem;
    }
    .section {
      margin-block: 0.5rem 1rem;
    }
    .section.depth-0 {
      border-top: 2px solid var(--_accent);
      padding-top: 0.5rem;
      margin-top: 1.5rem;
    }
    /* A long policy: the browser lays out and paints only the sections near the screen (a search
       that changes hundreds of them costs the few in view); the rest keep their last height. Only
       where the clip that comes with it can leave room for focus rings (overflow-clip-margin). */
    @supports (overflow-clip-margin: 1px) {
      .section.depth-0 {
        content-visibility: auto;
        contain-intrinsic-size: auto 30rem;
        overflow-clip-margin: 0.5rem;
      }
      /* (Its own layout keeps the last block's margin inside: the gap to the next section stays as it was.) */
      .section.depth-0 > :last-child {
        margin-block-end: 0;
      }
    }
    .section > :is(h1, h2, h3, h4, h5, h6) {
      margin: 0.5em 0 0.4em;
      line-height: 1.25;
      scroll-margin-top: 1rem;
    }
    /* Browsers draw h5 and h6 smaller than body text: deep headings (and all of them under heading-level 4 or 5) stay at body size. */
    :is(h5, h6) {
      font-size: 1em;
    }
    .sign-off table {
      width: 100%;
    }
    /* A line to sign on: its words ("Not yet signed") are for screen readers and forced colours. */
    .blank {
      display: block;
      min-width: 5em;
      border-bottom: 1px solid currentColor;
      color: transparent;
    }
    .num {
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
      margin-inline-end: 0.5em;
      font-weight: 700;
    }
    .clause {
      display: flex;
      gap: 0.25rem;
      scroll-margin-top: 1rem;
    }
    .clause .num {
      min-width: 3.5em;
      padding-top: 1em;
      flex: none;
    }
    .clause-body {
      flex: 1;
      min-width: 0;
    }
    .fn-ref a {
      padding-inline: 0.1em;
    }
    .footnotes {
      border-top: 1px solid var(--_border);
      margin-top: 2rem;
      font-size: 0.95em;
    }
    .footnotes .back {
      margin-inline-start: 0.25em;
    }
    @media print {
      .search,
      .back {
        display: none !important;
      }
      nav {
        background: none;
        border: 1px solid #000;
        break-inside: avoid;
      }
      .section > :is(h1, h2, h3, h4, h5, h6) {
        break-after: avoid;
      }
      .section.depth-0 {
        content-visibility: visible;
      }
    }
  `,
];
