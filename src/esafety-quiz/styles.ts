import { css } from 'lit';
import { baseStyles, buttonStyles } from '../ui/styles.js';

/** One rule a line: this ships in the CDN file. */
export const quizStyles = [
  baseStyles,
  buttonStyles,
  css`
    .quiz{max-width:var(--esafety-max-width,48rem)}
    .young{font-size:1.25em;--_sym:5rem}
    .key{padding:0;list-style:none}
    .key li,.story{display:flex;align-items:center;gap:.75rem;margin-block:.5rem}
    .symbol{flex:none;width:var(--_sym,2.5rem);height:var(--_sym,2.5rem)}
    svg{fill:none;stroke:var(--_accent);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
    .icon{width:1.5em;height:1.5em}
    .credit{font-size:.875em;color:var(--_muted)}
    .progress{font-size:1.15em;font-weight:700;margin-block:1rem .25rem}
    progress{width:100%;height:.75rem;accent-color:var(--_accent)}
    .scenario{font-size:1.25em;font-weight:600}
    .speak{display:inline-flex;align-items:center;gap:.4rem}
    .actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin-block:1rem}
    .action{display:grid;justify-items:center;gap:.25rem;min-height:5rem;padding:.75rem;border-color:var(--_border);color:inherit;text-align:center}
    .action .label{font-size:1.25em;font-weight:800;letter-spacing:.03em}
    .action .meaning{font-size:.875em}
    .action:disabled{cursor:default;color:inherit}
    .action.chosen{border-width:4px;border-style:dashed}
    .action.best{border:4px solid var(--_accent)}
    .tag{font-weight:700;color:var(--_accent)}
    .feedback,.summary{padding:.5rem 1.25rem 1.25rem;border-inline-start:6px solid var(--_accent);background:var(--_surface)}
    .tell{margin-block:1rem}
    a[part=report-link]{display:inline-flex;align-items:center;min-height:44px}
    .missed li{margin-block:.5rem}
    @media print{button,progress{display:none}}
  `,
];
