/**
 * One drawing for both colour modes. Mermaid's light and dark themes lay a diagram out the same
 * way and differ only in their `<style>` (and a gradient or filter it points at), so the light
 * drawing carries the dark theme's differing rules, scoped to the dark colour mode on screen:
 * the page holds each diagram's markup and text once, and paper always gets the light colours.
 */

/**
 * Dark rules apply in the page's dark colour mode, on screen. Without JavaScript the page has no
 * colour mode and is light, and so is its drawing.
 */
const DARK_ROOT = "html[data-theme='dark']";

interface CssRule {
  /** The selector list, or an at-rule's prelude (`@keyframes dash`). */
  prelude: string;
  body: string;
}

const STYLE = /<style>([\s\S]*?)<\/style>/;
// Paint servers and filters: the only elements whose markup differs between the two themes.
const PAINT = /<(filter|linearGradient|radialGradient|pattern)\b[^>]*>[\s\S]*?<\/\1>/g;
const URL_REFERENCE = /url\(#([^)\s]+)\)/g;

/** Top-level rules of a flat, minified stylesheet such as Mermaid writes. */
function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let start = 0;
  while (start < css.length) {
    const open = css.indexOf('{', start);
    if (open < 0) break;
    let depth = 1;
    let end = open + 1;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    rules.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, end - 1) });
    start = end;
  }
  return rules;
}

/** Splits a selector list at its top-level commas (not inside `:is(…)` or `[…]`). */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...parts, current.trim()].filter(Boolean);
}

function styleOf(svg: string): string {
  const match = STYLE.exec(svg);
  if (!match) throw new Error('the drawing has no <style>');
  return match[1];
}

/** The element that defines `id`, or undefined. */
function elementWithId(svg: string, id: string): string | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<(\\w+)\\b[^>]*\\sid="${escaped}"[^>]*>[\\s\\S]*?</\\1>`).exec(svg)?.[0];
}

/** The drawing without its styles and paint servers: what must not differ between the themes. */
function layout(svg: string): string {
  return svg
    .replace(STYLE, '')
    .replace(PAINT, '')
    .replace(/<defs><\/defs>/g, '');
}

/**
 * The light drawing with the dark drawing's differing rules added for the dark colour mode.
 * Both must be drawn from the same source with the same SVG id. Throws when the two differ in
 * anything but their colours (a theme that changes the layout could not share one drawing).
 */
export function withDarkColours(light: string, dark: string): string {
  if (layout(light) !== layout(dark)) throw new Error('the light and dark drawings differ in more than colour');
  const lightRules = new Set(cssRules(styleOf(light)).map((rule) => `${rule.prelude}{${rule.body}}`));
  const darkRules = cssRules(styleOf(dark)).filter(
    (rule) => !rule.prelude.startsWith('@') && !lightRules.has(`${rule.prelude}{${rule.body}}`),
  );

  // A gradient or filter the dark rules point at, where the light drawing has none or another.
  const darkPaint: string[] = [];
  const renamed = new Map<string, string>();
  for (const [, id] of darkRules.flatMap((rule) => [...rule.body.matchAll(URL_REFERENCE)])) {
    if (renamed.has(id)) continue;
    const element = elementWithId(dark, id);
    if (!element) throw new Error(`the dark drawing's style points at a missing #${id}`);
    if (element === elementWithId(light, id)) continue;
    renamed.set(id, `${id}-dark`);
    darkPaint.push(element.replace(`id="${id}"`, `id="${id}-dark"`));
  }
  const body = (rule: CssRule) =>
    rule.body.replace(URL_REFERENCE, (all, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : all));

  const scoped = darkRules.map((rule) => {
    const scopedSelectors = selectors(rule.prelude).map((selector) => `${DARK_ROOT} ${selector}`);
    return `${scopedSelectors.join(',')}{${body(rule)}}`;
  });
  const css = `@media screen{${scoped.join('')}}`;
  const additions = `<style>${css}</style>${darkPaint.length ? `<defs>${darkPaint.join('')}</defs>` : ''}`;
  return light.replace(/<\/style>/, `</style>${additions}`);
}

// The scope of the dark rules as it reads in a page, whose HTML minifier may drop quotes and spaces.
const DARK_ROOT_IN_PAGE = /html\[data-theme=(['"]?)dark\1\]\s+/g;
const SCREEN = /@media\s+screen\s*\{/g;

/**
 * The drawing as a standalone file in one colour mode: for dark, its dark rules apply
 * unconditionally (a file opened on its own has no colour mode of the page).
 */
export function inColourMode(svg: string, mode: 'light' | 'dark'): string {
  return mode === 'light' ? svg : svg.replace(DARK_ROOT_IN_PAGE, '').replace(SCREEN, '@media all{');
}
