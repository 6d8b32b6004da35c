import { css } from 'lit';
import { buttonStyles } from './styles.js';

/** Styles of the shared form pieces (src/ui/form.ts, src/ui/receipt.ts), GOV.UK-like with 44px targets. One rule a line: this ships in the CDN file. */
export const formStyles = [
  buttonStyles,
  css`
    .vh,.hp{position:absolute!important;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
    fieldset{border:0;padding:0;margin:0 0 1.5rem;min-width:0}
    legend,label{font-weight:700}
    legend{font-size:1.15em}
    .field,.checkbox{margin-block:.75rem}
    .has-error{border-inline-start:5px solid var(--_danger);padding-inline-start:.75rem}
    .has-error .has-error{border:0;padding:0}
    .hint,.error-message{margin:0;color:var(--_muted)}
    .error-message{color:var(--_danger);font-weight:700}
    [aria-invalid=true]{border-color:var(--_danger)}
    input[type=text],textarea{font:inherit;display:block;width:100%;max-width:24rem;min-height:44px;padding:0 .5rem;border:2px solid var(--_border);border-radius:var(--_radius)}
    textarea{max-width:none;padding-block:.5rem;resize:vertical}
    .checkbox-row{display:flex;align-items:center;gap:.75rem;min-height:44px}
    .checkbox-row label{font-weight:400}
    input[type=checkbox],input[type=radio]{flex:none;width:var(--_box,1.75rem);height:var(--_box,1.75rem);margin:0;accent-color:var(--_accent)}
    .error-summary{border:5px solid var(--_danger);padding:0 1.25rem;margin-bottom:1.5rem}
    .error-summary a{display:inline-flex;align-items:center;min-height:44px;color:var(--_danger);font-weight:700}
    .error-summary ul{padding:0;list-style:none}
    .submit-error{padding-block:1rem}
    .done{border-inline-start:6px solid var(--_accent);padding:0 1.25rem 1rem;background:var(--_surface)}
    dd{margin:0 0 .5rem}
    dt{font-weight:700}
    @media print{button{display:none}.done{border:0}}
  `,
];
