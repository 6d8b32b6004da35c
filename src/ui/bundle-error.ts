import { msg, str } from '@lit/localize';
import { css } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { BundleIssue } from '../bundle/types.js';
import { apartLabel, labelledBy } from './landmarks.js';

/** The error box's styles: here, not in every element's, as most pages never show it. One rule a line: this ships in the CDN file. */
const errorStyles = css`
  .bundle-error{overflow-wrap:anywhere;border:3px solid var(--_danger);border-radius:var(--_radius);padding:1rem 1.25rem;background:#fff;color:#0b0c0c}
  #bundle-error-title{margin:0 0 .5rem;font-size:1.25em}
  .bundle-error code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em;background:var(--_surface);padding:0 .2em}
  .bundle-error li{margin-block:.35rem}
`.styleSheet;

/**
 * What replaces an element whose bundle cannot be used: what is wrong and where, in words a
 * web admin can act on. The UI words are translated; the problems themselves stay in English
 * (they are for whoever edits the bundle). Its styles join the element's (`root`, its shadow root).
 */
export function bundleErrorView(issues: readonly BundleIssue[], source: string, h: StaticValue, apart = '', root?: Node) {
  if (errorStyles && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(errorStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, errorStyles];
  return html`<section class="bundle-error" part="error" aria-labelledby=${labelledBy('bundle-error-title', apart)}>
    <${h} id="bundle-error-title">${msg('This part of the page cannot be shown yet')}</${h}>${apartLabel(apart)}
    <p>
      ${issues.length === 1
        ? msg(str`There is 1 problem with the school’s policy bundle (${source}):`)
        : msg(str`There are ${issues.length} problems with the school’s policy bundle (${source}):`)}
    </p>
    <ul>
      ${issues.slice(0, 20).map((i) => html`<li lang="en"><code>${i.path}</code> ${i.message}</li>`)}
    </ul>
    ${issues.length > 20 ? html`<p>${msg(str`…and ${issues.length - 20} more (see the browser console).`)}</p>` : ''}
    ${issues.some((i) => /\[\d+\]/.test(i.path))
      ? html`<p class="hint">${msg('Numbers in [brackets] count from 0: sections[1] is the second section.')}</p>`
      : ''}
    <p>${msg('Please tell the person who looks after the school website.')}</p>
  </section>`;
}
