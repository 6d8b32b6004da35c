import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag for a level (1–6, clamped), for use in a `lit/static-html` template: elements
 * take a `heading-level` so they fit the outline of the page (or element) they sit in.
 */
export const headingTag = (level: number): StaticValue => HEADINGS[Math.min(5, Math.max(0, level - 1))];
