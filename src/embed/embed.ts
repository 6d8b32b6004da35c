import { loadConfig } from './config.js';
import { isFramed, whenFramed } from './framed.js';
import { ELEMENTS, readRequest } from './params.js';
import { preloadElementCode } from './preload.js';
import { textsFor } from './texts.js';

/**
 * embed.html: one element by address, for Google Sites ("Embed → By URL"), locked CMSs and any
 * iframe: `embed.html?el=aup-form&age=ks1`. The element comes from the address (allow-listed),
 * the bundle and endpoint only from files beside the page (config.ts). The library is loaded
 * from beside this script.
 */

const main = document.getElementById('embed')!;

function box(className: string, title: string, text?: string, copy = false): HTMLElement {
  const section = document.createElement('section');
  section.className = className;
  section.setAttribute('role', 'status');
  const h = document.createElement('p');
  h.className = 'title';
  h.textContent = title;
  section.append(h);
  if (text !== undefined) {
    const field = document.createElement(copy ? 'textarea' : 'p');
    field.textContent = text;
    if (field instanceof HTMLTextAreaElement) {
      field.readOnly = true;
      field.rows = Math.min(12, text.split('\n').length + 1);
      field.setAttribute('aria-label', title);
      field.addEventListener('focus', () => field.select());
    }
    section.append(field);
  }
  return section;
}

async function start(): Promise<void> {
  const request = readRequest(location.search);
  if (!request.ok) {
    main.append(box('problem', request.message));
    return;
  }
  // The library and the element's code (preload.ts) are fetched while the settings are, not after
  // them: reading embed.json (and policy.json) no longer comes before the element's code. The
  // library runs that code when the element is made, below, once the page has its language. A
  // failure to load it is reported at the end, as before.
  const library = import(new URL('./esafety-elements.js', import.meta.url).href);
  library.catch(() => {}); // awaited below; not an unhandled rejection should the settings fail first
  preloadElementCode(request.tag);
  const config = await loadConfig(new URL('.', location.href).href);
  const lang = request.lang ?? config.lang ?? 'en-GB';
  document.documentElement.lang = lang;
  document.title = ELEMENTS[request.tag].title;
  if (config.problem) main.append(box('problem', config.problem));

  const el = document.createElement(request.tag);
  // The element is the whole page here: its title is the page's main heading unless the address says otherwise.
  for (const [name, value] of Object.entries({ 'heading-level': '1', ...request.attributes })) el.setAttribute(name, value);
  if (config.bundle) el.setAttribute('src', config.bundle);
  if (config.endpoint && ELEMENTS[request.tag].form) el.setAttribute('endpoint', config.endpoint);
  el.setAttribute('lang', lang);
  main.append(el);

  if (isFramed()) {
    const notices = document.createElement('div');
    const t = textsFor(lang);
    const link = box('link', t.address, '', true);
    link.hidden = true;
    main.append(link, notices);
    whenFramed(t, {
      // Shown below the element, so focus goes there (the address or copy is selected, ready to copy).
      notice: (title, text, copy) => {
        const shown = box('notice', title, text, copy);
        shown.tabIndex = -1;
        notices.replaceChildren(shown);
        (shown.querySelector('textarea') ?? shown).focus();
      },
      link: (address) => {
        link.hidden = !address;
        link.querySelector('textarea')!.value = address ?? '';
      },
    });
  }
  await library;
}

start().catch((e: unknown) => main.append(box('problem', `This page could not start: ${e instanceof Error ? e.message : String(e)}`)));
