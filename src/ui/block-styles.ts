import { css } from 'lit';

/**
 * Styles of the rich blocks (src/ui/blocks.ts: notes, tables, contact lists) and search marks,
 * shared by the elements that show blocks (policy, guidance). Links on paper: baseStyles.
 * One rule a line: this ships in the CDN file.
 */
export const blockStyles = css`
  .note{background:var(--_surface);border-inline-start:5px solid var(--_accent);padding:.5rem 1rem;margin-block:1rem}
  .note.important{border-inline-start-color:var(--_danger)}
  .note p{margin:.25rem 0 0}
  .table-wrap{overflow-x:auto;margin-block:1rem}
  table{border-collapse:collapse;min-width:100%}
  caption{text-align:start;font-weight:600;padding-bottom:.35rem}
  th,td{border:1px solid var(--_border);padding:.35rem .6rem;text-align:start;vertical-align:top}
  th{background:var(--_surface)}
  .contacts{list-style:none;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr))}
  .contacts li{border:1px solid var(--_border);border-radius:var(--_radius);padding:.6rem .8rem;display:flex;flex-direction:column}
  .contacts .role{font-weight:700}
  .contacts a{overflow-wrap:anywhere}
  mark{background:var(--esafety-mark,#fff2a8);color:inherit;outline:1px solid currentColor}
  @media print{.note,table,.contacts li{break-inside:avoid}}
`;
