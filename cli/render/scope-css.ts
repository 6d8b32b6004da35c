import postcss, { type Rule } from 'postcss';

/**
 * Shadow-DOM CSS made safe for the light DOM: `:host` becomes the wrapper's class and every
 * other selector is prefixed with it, so the element's own styles dress the static copy and
 * nothing leaks into the rest of the page. Parsed with postcss rather than by hand.
 */
export function scopeCss(css: string, scope: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    rule.selectors = rule.selectors.map((sel) => {
      if (sel.includes(':host'))
        return sel.replace(/:host\(([^)]*)\)/g, `${scope}$1`).replace(/:host(?![\w-])/g, scope);
      return `${scope} ${sel}`;
    });
  });
  return root.toString();
}
