import type { EmbedTexts } from './texts.js';

/**
 * What embed.html does differently inside another site's frame: tells the parent its height,
 * opens outside links in a new tab, shows the copy on screen when the sandbox blocks print or
 * download, and shows a deep link (#section-…, #guidance-…) as an address to copy, since the
 * frame's address is not in the visitor's address bar.
 */

/** The message the parent page listens for: `{ type: 'esafety-embed-height', height }` (CSS px). */
export const HEIGHT_MESSAGE = 'esafety-embed-height';

type Notice = (title: string, text: string, copy?: boolean) => void;

export const isFramed = (): boolean => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
};

function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}

function watchHeight(): void {
  let last = -1;
  const send = () => {
    const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h !== last) {
      last = h;
      postHeight();
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/** The anchor a click went to, across shadow roots. */
const anchorOf = (event: Event) =>
  event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);

function outsideLinks(t: EmbedTexts, notice: Notice): void {
  document.addEventListener('click', (event) => {
    const a = anchorOf(event);
    if (!a || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (!/^https?:$/.test(url.protocol)) return;
    if (url.origin === location.origin && url.pathname === location.pathname) return;
    event.preventDefault();
    // A sandbox without allow-popups refuses a new tab: then the address is shown to copy.
    const opened = window.open(url.href, '_blank');
    if (opened) opened.opener = null;
    else notice(t.blockedLink, url.href, true);
  });
}

/**
 * Print: a sandbox without allow-modals ignores window.print() (no beforeprint event): then the
 * copy is already on screen and the visitor is told how to keep it. Save a copy: a sandbox may
 * block downloads without telling the page, so when framed its text is shown on screen as well.
 */
function printAndSave(t: EmbedTexts, notice: Notice): void {
  const print = window.print.bind(window);
  window.print = () => {
    let started = false;
    const mark = () => (started = true);
    window.addEventListener('beforeprint', mark, { once: true });
    print();
    window.removeEventListener('beforeprint', mark);
    if (!started)
      notice(t.blockedPrint, t.printHelp + location.href);
  };
  document.addEventListener('click', async (event) => {
    const a = anchorOf(event);
    if (!a?.hasAttribute('download')) return;
    try {
      const text = await (await fetch(a.href)).text();
      notice(t.copy, text, true);
    } catch {
      /* the download link went away; nothing to show */
    }
  });
}

function deepLinks(show: (address: string | undefined) => void): void {
  const update = () => show(location.hash.length > 1 ? location.href : undefined);
  window.addEventListener('hashchange', update);
  window.addEventListener('popstate', update);
  document.addEventListener('click', () => setTimeout(update, 0));
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      update();
    };
  }
  update();
}

/** Switches on everything above; `ui` draws the notices and the deep-link bar. */
export function whenFramed(t: EmbedTexts, ui: { notice: Notice; link: (address: string | undefined) => void }): void {
  watchHeight();
  outsideLinks(t, ui.notice);
  printAndSave(t, ui.notice);
  deepLinks(ui.link);
}
