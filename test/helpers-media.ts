import { executeServerCommand } from '@web/test-runner-commands';

/** Turn forced colours (Windows High Contrast) on or off for this page, light or dark (build/test-media-plugin.mjs). */
export const forcedColors = (active: boolean, dark = false) => executeServerCommand('forced-colors', { active, dark });

/** A computed colour as [r, g, b, a] (0–255, alpha 0–1). */
export function rgba(colour: string): [number, number, number, number] {
  const n = colour.match(/[\d.]+/g)?.map(Number);
  if (!n || n.length < 3) throw new Error(`not an rgb() colour: ${colour}`);
  return [n[0], n[1], n[2], n[3] ?? 1];
}

const luminance = (c: string) => {
  const [r, g, b] = rgba(c)
    .slice(0, 3)
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two opaque computed colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** What the page's Canvas system colour is now (white normally; the forced-colours palette's when active). */
export function canvas(): string {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.backgroundColor = 'Canvas';
  const c = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return c;
}

/** The opaque background behind an element (the first one up the tree, through shadow roots), else the Canvas. */
export function backdrop(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (rgba(bg)[3] === 1) return bg;
  }
  return canvas();
}
