import { msg } from '@lit/localize';
import { nothing } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import { DEFAULT_CONCERN } from '../bundle/defaults/concern.en.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { ConcernRoute } from '../bundle/types.js';
import { link } from '../text/render.js';
import { contactLabel, telHref } from '../ui/contacts.js';
import { say, sayRich, type LangContext } from '../ui/local-text.js';
import { labelledBy } from '../ui/landmarks.js';
import { definitions } from '../ui/form.js';
import { EMERGENCY, readers } from './model.js';

/** The element's language and the bundle's default (see LangContext). */
const langs = (b: ResolvedBundle, lang: string): LangContext => ({ lang, base: b.defaultLocale });

/** "If someone is in immediate danger, call 999": always first, whatever the bundle says. */
export function urgentView(b: ResolvedBundle, lang: string, h: StaticValue, apart = '') {
  const c = b.concern;
  const lc = langs(b, lang);
  return html`<section class="urgent" part="urgent" aria-labelledby=${labelledBy('urgent', apart)}>
    <${h} id="urgent">${msg('If someone is in immediate danger, call 999')}</${h}>
    <p>${c.urgentNotice ? sayRich(c.urgentNotice, lc) : say(c.routes.find((r) => r.id === EMERGENCY)?.description, lc)}</p>
    <p><a part="call" href="tel:999">${msg('Call 999')}</a></p>
  </section>`;
}

/** The outside routes that fit (see routesFor); `more`: say that choosing who you are shows more. `apart`: see landmarks.ts. */
export const routesView = (routes: readonly ConcernRoute[], lc: LangContext, more: boolean, h: StaticValue, apart = '') =>
  html`<section class="routes" part="routes" aria-labelledby=${labelledBy('routes', apart)}>
    <${h} id="routes">${msg('Other places that can help')}</${h}>
    ${more ? html`<p class="hint">${msg('Say who you are in the form below to see more.')}</p>` : nothing}
    <ul>
      ${routes.map(
        (r) => html`<li part="route">
          <b>${r.url ? link(r.url, say(r.name, lc)) : say(r.name, lc)}</b>: ${say(r.description, lc)}
          ${r.phone ? html`<br />${msg('Phone')}: <a part="link" href=${telHref(r.phone)}>${r.phone}</a>` : nothing}
          ${r.hours ? html`(${say(r.hours, lc)})` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;

/** Who reads reports (the DSL by name) and when: not round the clock. */
export function readersView(b: ResolvedBundle, lang: string) {
  const who = readers(b);
  return definitions([
    [msg('Who will read it'), who.length ? who.map((x) => contactLabel(x, lang)).join(', ') : msg('The school’s Designated Safeguarding Lead')],
    [msg('When'), b.concern.responseTime ? say(b.concern.responseTime, langs(b, lang)) : msg('During school hours. This form is not watched round the clock.')],
  ]);
}

/** The fixed notice (no bundle can change it): never send a picture; Report Remove helps take one down. */
export function noPictures(b: ResolvedBundle, lang: string) {
  const find = (routes: readonly ConcernRoute[]) => routes.find((r) => r.id === 'report-remove' && r.url);
  const rr = find(b.concern.routes) ?? find(DEFAULT_CONCERN.routes)!;
  return html`<div class="pictures" part="no-pictures">
    <p><b>${msg('Do not send us any pictures or videos.')}</b> ${msg('Do not upload, screenshot, forward or send any picture, even to show us what happened: tell us about it in words.')}</p>
    <p>${msg('If a nude picture of a young person is online, this service can help get it taken down:')} ${link(rr.url!, say(rr.name, langs(b, lang)))}</p>
  </div>`;
}
