import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

// The six tag names, made static values with unsafeStatic (they are these constants, never text
// from a bundle or a page) rather than the literal`h1` tag, whose checking code every page
// would then download for six words.
const NAMES = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
const HEADINGS = NAMES.map((h) => unsafeStatic(h));
const at = (level: number) => Math.min(5, Math.max(0, level - 1));

/**
 * The heading tag for a level (1–6, clamped), for use in a `lit/static-html` template: elements
 * take a `heading-level` so they fit the outline of the page (or element) they sit in.
 */
export const headingTag = (level: number): StaticValue => HEADINGS[at(level)];

/** The same heading's element name, for headings built as nodes. */
export const headingName = (level: number): (typeof NAMES)[number] => NAMES[at(level)];
