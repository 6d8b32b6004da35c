import { css } from 'lit';

/**
 * Styles every element shares: inherit the page's font and colours, a visible focus ring,
 * 24px minimum targets, the loading line, links on paper (the error box's own styles are
 * with it, in bundle-error.ts). Themed through --esafety-* properties.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    --_accent: var(--esafety-accent, #1d4f91);
    --_border: var(--esafety-border, #8a8f98);
    --_muted: var(--esafety-muted, #4a5160);
    --_surface: var(--esafety-surface, #f4f6f9);
    --_focus: var(--esafety-focus, #ffbf47);
    --_danger: var(--esafety-danger, #b3261e);
    --_radius: var(--esafety-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--esafety-link, var(--_accent));
    text-underline-offset: 0.15em;
  }
  a,
  button,
  input {
    min-height: 24px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  /*
   * Where a link, the address or the element itself took the reader (a heading, the feedback):
   * a pale background and an outline in the text's own colour, which has contrast with the page
   * and stays visible in forced colours (where backgrounds and shadows are replaced).
   */
  [tabindex='-1']:not(button):focus {
    outline: 3px solid currentColor;
    outline-offset: 2px;
    box-shadow: none;
    background: var(--esafety-target, #fff7d6);
  }
  .loading {
    color: var(--_muted);
  }
  /* Forced colours: symbols follow the system's text colour, not the school's accent. */
  @media (forced-colors: active) {
    svg {
      stroke: currentColor !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
  /* On paper, black text, and each link's address after it (not for a link that is its address). */
  @media print {
    :host,
    a {
      color: #000;
    }
    a[href^='http']::after,
    a[href^='mailto:']::after,
    a[href^='tel:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
    a.auto::after {
      content: none;
    }
  }
`;

/** Buttons: 44px targets, outlined, the main one filled. One rule a line: this ships in the CDN file. */
export const buttonStyles = css`
  button{font:inherit;min-height:44px;padding:0 1.25rem;border:2px solid var(--_accent);border-radius:var(--_radius);background:Canvas;color:var(--_accent);cursor:pointer}
  .primary{background:var(--_accent);color:#fff;font-weight:700}
`;
