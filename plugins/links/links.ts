/**
 * Broken links and anchors in a built locale, and where each is written in its source: which
 * `<a href>` of the built HTML (a diagram's node links included) lead to no built file, or to a `#anchor` no element of the target
 * page has as its id. Pure: the plugin (index.ts) reads the files and reports.
 */

/** One built HTML file of the locale. */
export interface BuiltPage {
  /** Path inside the locale's output folder, e.g. `stories/huron-data-platform.html`. */
  file: string;
  html: string;
}

export interface BrokenLink {
  /** The built page the link is on. */
  page: string;
  /** Inside the page's `<main>` (written in the page source), or outside it (navbar, footer, sidebar). */
  inMain: boolean;
  /** The target path inside the locale, without its base URL, e.g. `/overview`. */
  path: string;
  /** The anchor without `#`, when the page exists and the anchor does not. */
  anchor?: string;
}

/** `href` values, unquoted or quoted, as a minifier writes them. */
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g');
// A diagram's node links are SVG links: `xlink:href` as Mermaid writes them, or `href`.
const A_HREF = /<a(?=\s)[^>]*?\s(?:xlink:)?href=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

const decodeEntities = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
  );

/** Every `<a href>` of a page, and whether it is inside `<main>`. */
export function htmlLinks(html: string): { href: string; inMain: boolean }[] {
  const mainStart = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  return [...html.matchAll(A_HREF)].map((match) => ({
    href: decodeEntities(match[1] ?? match[2] ?? match[3]),
    inMain: mainStart !== -1 && match.index > mainStart && match.index < mainEnd,
  }));
}

/** Every element id of a page. */
export function htmlIds(html: string): Set<string> {
  return new Set([...html.matchAll(ATTRIBUTE('id'))].map((match) => decodeEntities(match[1] ?? match[2] ?? match[3])));
}

/** The files that may serve a path (`trailingSlash: false`: `/a/b` is `a/b.html` or `a/b/index.html`). */
export function builtFileCandidates(pathname: string): string[] {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return clean ? [clean, `${clean}.html`, `${clean}/index.html`] : ['index.html'];
}

/** The path a built page serves: `stories/index.html` → `/stories`, `index.html` → `/`. */
export function pageRoute(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

export interface LocaleSite {
  /** This locale's base URL, e.g. `/`, `/zh-Hans/`, `/dla-prep/zh-Hans/`. */
  baseUrl: string;
  /** The other locales' base URLs: their pages are checked by their own builds. */
  otherBaseUrls: string[];
  /** Every file of the locale's output folder (pages and static files), e.g. `img/logo.svg`. */
  files: ReadonlySet<string>;
}

const ORIGIN = 'http://site.invalid';

const isUnder = (pathname: string, base: string) => pathname.startsWith(base) || `${pathname}/` === base;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every link of these pages to a missing page or file, or to a missing anchor on an existing page. */
export function brokenLinks(pages: BuiltPage[], site: LocaleSite): BrokenLink[] {
  const html = new Map(pages.map((page) => [page.file, page.html]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, htmlIds(html.get(file) ?? ''));
    return ids.get(file)!;
  };
  // A path belongs to the locale with the longest base URL it is under (`/zh-Hans/x`: zh-Hans);
  // this one on a tie (a one-locale build gives every locale the base URL `/`).
  const bases = [site.baseUrl, ...site.otherBaseUrls].sort((a, b) => b.length - a.length);

  const localeOf = (pathname: string) => bases.find((base) => isUnder(pathname, base));
  // An output folder holds the other locales' pages only when they nest in it (zh-Hans/ in en's).
  const ownPages = pages.filter((page) => localeOf(`${site.baseUrl}${page.file}`) === site.baseUrl);

  return ownPages.flatMap((page) =>
    htmlLinks(page.html).flatMap(({ href, inMain }): BrokenLink[] => {
      const url = new URL(href, `${ORIGIN}${site.baseUrl}${pageRoute(page.file).slice(1)}`);
      if (url.origin !== ORIGIN) return []; // another site, mailto:, …
      const pathname = decode(url.pathname);
      const base = localeOf(pathname);
      // Outside the site's base URL: no file of the site serves it.
      if (base === undefined) return [{ page: page.file, inMain, path: pathname }];
      if (base !== site.baseUrl) return [];
      const inLocale = `/${pathname.slice(base.length)}`;
      const target = builtFileCandidates(inLocale).find((file) => site.files.has(file));
      if (!target) return [{ page: page.file, inMain, path: inLocale }];
      const anchor = decode(url.hash.slice(1));
      if (!anchor || !target.endsWith('.html') || idsOf(target).has(anchor)) return [];
      return [{ page: page.file, inMain, path: inLocale, anchor }];
    }),
  );
}

/** The problem, in words: `broken link to /x (no such page)` or `broken anchor #y (…)`. */
export function describeBrokenLink(link: BrokenLink): string {
  return link.anchor === undefined
    ? `broken link to ${link.path} (no such page or file)`
    : `broken anchor #${link.anchor} (no element with id "${link.anchor}" on ${link.path})`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 1-based line of `source` where the link is written, if it can be found. A link is written
 * as its site path (`/breadth/devops#ci-cd`, also in a diagram's `click X href "…"` line) or relative to the page's file
 * (`./devops.mdx#ci-cd`), so after the whole path this looks for the anchor beside the path's
 * last segment, then the anchor alone, then the last segment as a link target.
 */
export function linkLine(source: string, link: Pick<BrokenLink, 'path' | 'anchor'>): number | undefined {
  const lines = source.split('\n');
  const last = link.path.split('/').filter(Boolean).pop() ?? '';
  const hash = link.anchor === undefined ? '' : `#${link.anchor}`;
  const endsAt = (text: string) => new RegExp(`${escape(text)}(?![\\w-])`);
  const tries: RegExp[] = [endsAt(`${link.path}${hash}`)];
  if (hash) tries.push(new RegExp(`${escape(last)}(\\.mdx?)?${escape(hash)}(?![\\w-])`), endsAt(hash));
  else if (last) tries.push(new RegExp(`[/(]${escape(last)}(\\.mdx?)?(?![\\w-])`));
  for (const pattern of tries) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
