import { html, nothing } from 'lit';
import type { LocalText, RichText } from '../bundle/types.js';
import { langMark, pickWithLang, textLang } from '../text/local.js';
import { rich, type RichOptions } from '../text/render.js';

/** Where text is shown: the element's language and the bundle's default language. */
export interface LangContext {
  lang: string;
  /** The bundle's default language (plain strings are in it): `defaultLocale`, else "en-GB". */
  base?: string;
}

/** The text for the context's language and the language it is actually in. */
export function localText(t: LocalText | undefined, ctx: LangContext): [string, string] {
  const [s, found] = pickWithLang(t, ctx.lang);
  return [s, textLang(found, ctx.base ?? 'en-GB')];
}

/** `content` (text in language `tl`), wrapped in a span with `lang` when the element speaks another language. */
export const inLang = (content: unknown, tl: string, lang: string) => {
  const mark = langMark(tl, lang);
  return mark ? html`<span lang=${mark}>${content}</span>` : content;
};

/** Local text in the context's language, marked with its own language when that differs. */
export function say(t: LocalText | undefined, ctx: LangContext): unknown {
  if (t === undefined) return nothing;
  const [s, tl] = localText(t, ctx);
  return inLang(s, tl, ctx.lang);
}

/** Rich text (inline markup) in the context's language, marked with its own language when that differs. */
export function sayRich(t: RichText | undefined, ctx: LangContext & RichOptions): unknown {
  const [s, tl] = localText(t, ctx);
  return inLang(rich(s, ctx), tl, ctx.lang);
}
