import { css } from 'lit';
import { blockStyles } from '../ui/block-styles.js';
import { baseStyles } from '../ui/styles.js';

/** One rule a line: this ships in the CDN file. Logical properties, so right-to-left mirrors. */
export const guidanceStyles = [
  baseStyles,
  blockStyles,
  css`
    .guidance{max-width:var(--esafety-max-width,48rem)}
    .filters{display:flex;flex-wrap:wrap;gap:0 1rem}
    .filters p{display:flex;flex-direction:column;flex:1 1 12rem;margin-block:.5rem}
    label{font-weight:700}
    input,select,button{font:inherit;min-height:44px;padding:0 .5rem;border:2px solid var(--_border);border-radius:var(--_radius);background:Field;color:inherit}
    button{padding-inline:1rem;border-color:var(--_accent);color:var(--_accent);background:Canvas}
    .muted{color:var(--_muted)}
    .cards{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr))}
    .card{display:block;position:relative;padding:.5rem 1rem;border:1px solid var(--_border);border-inline-start:6px solid var(--_accent);border-radius:var(--_radius);break-inside:avoid}
    .card>*{margin-block:.5rem;font-size:1em}
    .card>:first-child{font-size:1.15em}
    .card a::after{content:'';position:absolute;inset:0}
    .none{border:2px dashed var(--_border);padding:0 1rem 1rem}
    .back{display:inline-flex;align-items:center;min-height:44px}
    .back::before{content:'‹'/'';margin-inline-end:.4em}
    [dir=rtl] .back::before{content:'›'/''}
    .title{line-height:1.2;margin-block:.5rem}
    ul{padding-inline-start:1.5rem}
    .note>:first-child{margin:0;font-size:1.1em}
    .error{overflow-wrap:anywhere;border:2px solid var(--_danger);border-radius:var(--_radius);padding:.5rem 1rem}
    .why{display:block;margin-block-start:.5rem}.why::first-letter{text-transform:uppercase}
    .talk{background:var(--_surface);border-radius:var(--_radius);padding:.1rem 1rem;margin-block:1rem}
    @media print{.filters,[part=count],.back,.none button{display:none}.card{border-width:1px}}
  `,
];
