import { css } from 'lit';
import { formStyles } from '../ui/form-styles.js';
import { baseStyles } from '../ui/styles.js';

/** One rule a line: this ships in the CDN file. */
export const aupStyles = [
  baseStyles,
  formStyles,
  css`
    form,.done{max-width:var(--esafety-max-width,48rem)}
    .statements{padding:0;list-style:none}
    .statement{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem;margin-block:.5rem;padding:0 .75rem;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface)}
    .statement label{flex:1 1 10rem;min-height:44px;align-content:center;font-weight:400}
    .symbol{width:var(--_sym,2rem);height:var(--_sym,2rem)}
    svg{fill:none;stroke:var(--_accent);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
    .young{--_box:max(44px,2.75rem);--_sym:4rem;font-size:1.25em}
    .speak{display:flex;align-items:center;gap:.4rem}
    .icon{width:1.5em;height:1.5em}
  `,
];
