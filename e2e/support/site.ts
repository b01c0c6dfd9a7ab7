/** Helpers shared by the end-to-end tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { sitemapPathsIn } from './subpath';
import { guidePages, type GuidePage } from '../../plugins/guide/pages';
import { isStoryFile } from '../../src/lib/story/storyFiles';
import type { StarPart } from '../../src/lib/story/starParts';
import { DIAGRAM_SVG_ATTRIBUTE, STAR_SECTION_ATTRIBUTE } from '../../src/lib/pageMarkers';

export const SITE_DIR = path.resolve(__dirname, '../..');
export const BUILD_DIR = path.join(SITE_DIR, 'build');
export const LOCALES = ['en', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

export interface StoryPage extends GuidePage {
  /** The story's id, its file name: `huron-data-platform`. */
  story: string;
  /** The page source, relative to the site: `docs/stories/<id>.mdx`. */
  source: string;
}

/**
 * The first STAR sentence of a story that the author wrote in Chinese beside its English, as each
 * locale's page shows it: where a test checks that each language keeps its own wording.
 */
export function chineseNote(): { story: StoryPage; part: StarPart; en: string; zh: string } {
  const zh = storyPages('zh-Hans');
  for (const [index, story] of storyPages('en').entries()) {
    const found = story.blocks.findIndex((block, i) => block.star && block.text !== zh[index].blocks[i].text);
    if (found >= 0)
      return { story, part: story.blocks[found].star!, en: story.blocks[found].text, zh: zh[index].blocks[found].text };
  }
  throw new Error('no story has a sentence in Chinese beside its English');
}

/** A search for a STAR part's own words: what to type, and the words the landing highlights. */
export interface SearchTarget {
  story: StoryPage;
  part: StarPart;
  query: string;
  words: string[];
}

const HAN = /\p{Script=Han}+/gu;
/** Every string in a value: front matter's fields, lists and objects. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
/**
 * Words of a story's STAR part, as its page source says, that no other page or part has: two
 * English words (next to each other where the text has such a pair), or four Chinese characters.
 * A search for them lands on that part, whatever the author writes.
 */
export function searchTarget(locale: Locale, story: StoryPage, part: StarPart): SearchTarget {
  const pages = guidePages(SITE_DIR, locale);
  const own = (pages.find((page) => page.file === story.file) ?? story).blocks.filter((b) => b.star === part);
  const text = own.map((block) => block.text).join(' ');
  const elsewhere = pages
    .flatMap((page) => [
      page.title,
      // Front matter shows elsewhere too: a story's facts on the principle and tag pages.
      ...strings(page.frontMatter),
      ...page.blocks.filter((b) => !own.includes(b)).map((b) => b.text),
    ])
    .join(' ')
    .toLowerCase();
  if (locale === 'zh-Hans') {
    for (const run of text.match(HAN) ?? [])
      for (let i = 0; i + 4 <= run.length; i++) {
        const window = run.slice(i, i + 4);
        if (!elsewhere.includes(window)) return { story, part, query: window, words: [window] };
      }
  } else {
    const words = text.match(/[A-Za-z]{5,}/g) ?? [];
    const alone = (word: string) => !new RegExp(`\\b${word.toLowerCase()}\\b`).test(elsewhere);
    const index = words.findIndex(
      (word, i) =>
        alone(word) && words[i + 1] !== undefined && alone(words[i + 1]) && text.includes(`${word} ${words[i + 1]}`),
    );
    const unique = index >= 0 ? [words[index], words[index + 1]] : words.filter(alone).slice(0, 2);
    if (unique.length === 2) return { story, part, query: unique.join(' ').toLowerCase(), words: unique };
  }
  throw new Error(`no words of ${story.source}'s ${part} are its own in ${locale}`);
}

/** What the search tests type: the last story's Action in English; the Chinese note's part in Chinese. */
export function searchTargets(): Record<Locale, SearchTarget> {
  const note = chineseNote();
  const chinese = storyPages('zh-Hans').find((story) => story.file === note.story.file)!;
  return {
    en: searchTarget('en', storyPages().at(-1)!, 'action'),
    'zh-Hans': searchTarget('zh-Hans', chinese, note.part),
  };
}

/** The stories, as their page sources say (plugins/guide), in the sidebar's order. */
export function storyPages(locale: Locale = 'en'): StoryPage[] {
  return guidePages(SITE_DIR, locale)
    .filter((page) => isStoryFile(page.file))
    .map((page) => ({ ...page, story: path.basename(page.file, '.mdx'), source: path.relative(SITE_DIR, page.file) }));
}

/** Site paths listed in a locale's production sitemap, e.g. `/zh-Hans/overview`. */
export function sitemapPaths(locale: Locale): string[] {
  return sitemapPathsIn(BUILD_DIR, locale === 'en' ? '' : locale);
}

/**
 * Site paths of every HTML file of a locale's build (e.g. `/zh-Hans/overview`, `/404`), from the
 * site's root whatever base URL it was built for: what the page sweeps visit, so a page missing
 * from the sitemap is still tested.
 */
export function builtPagePaths(locale: Locale, buildDir = BUILD_DIR): string[] {
  const prefix = locale === 'en' ? '' : `/${locale}`;
  const otherLocales = LOCALES.filter((other) => other !== 'en' && other !== locale);
  return readdirSync(path.join(buildDir, prefix), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter((file) =>
      locale === 'en' ? !file.startsWith('zh-Hans/') : !otherLocales.some((o) => file.startsWith(`${o}/`)),
    )
    .map((file) => `${prefix}/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`)
    .sort();
}

/** The built file of a page's path: `/` is `/index.html`, `/overview` is `/overview.html`. */
export const builtFileOf = (url: string) => (url.endsWith('/') ? `${url}index.html` : `${url}.html`);

/**
 * One page of each kind of a locale's build, by what its HTML says it is (the theme's page
 * classes, whether it has STAR sections, whether it has drawings), kind → path: what depends on
 * the page's template rather than its text is checked on these alone.
 */
export function pageKinds(locale: Locale, buildDir = BUILD_DIR): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const url of builtPagePaths(locale, buildDir)) {
    const html = readFileSync(path.join(buildDir, builtFileOf(url)), 'utf8');
    const classes = /<html[^>]*\sclass="([^"]*)"/.exec(html)?.[1] ?? '';
    const kind = [
      ...classes.split(/\s+/).filter((name) => name && !name.startsWith('docs-doc-id-')),
      ...(html.includes(STAR_SECTION_ATTRIBUTE) ? ['STAR sections'] : []),
      ...(html.includes(DIAGRAM_SVG_ATTRIBUTE) ? ['drawings'] : []),
    ].join(' ');
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return kinds;
}

/** Collects console errors and failed requests while a test runs. */
export function watchForErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => problems;
}

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
}

/** Waits until no animation or transition runs: a control that is still opening or changing colour is not judged or clicked. */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG AA rules that depend on colours: all that changes between light and dark mode. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The one rule that reads the stylesheets themselves: the same for every page, checked once. */
export const STYLESHEET_RULES = ['css-orientation-lock'];

/**
 * axe (WCAG 2.2 AA) on the page, or only its colour rules (for a second colour mode), or only the
 * rule that reads the stylesheets. axe is put into the page once per page load, not at every run
 * (its 550 KB script took a tenth of a second each time, four times a run through
 * `@axe-core/playwright`), and reports the nodes of violations only, not of every passing check.
 * Only the stylesheet rule has axe fetch and parse the stylesheets (`preload`): every page shares
 * them, and the fetch took a third of each run's time; without it axe leaves that rule undecided.
 */
export async function axeViolations(page: Page, only?: 'colours' | 'stylesheets'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ runOnly, preload }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const { violations } = await axe.run(document, { resultTypes: ['violations'], runOnly, preload });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    {
      runOnly:
        only === 'colours'
          ? { type: 'rule' as const, values: COLOUR_RULES }
          : only === 'stylesheets'
            ? { type: 'rule' as const, values: STYLESHEET_RULES }
            : { type: 'tag' as const, values: WCAG_TAGS },
      preload: only === 'stylesheets',
    },
  );
}

export async function expectNoAxeViolations(page: Page, only?: 'colours' | 'stylesheets'): Promise<void> {
  expect(await axeViolations(page, only), `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Focuses the navbar search with its shortcut and waits until the search index has loaded (the
 * box becomes a combobox). A query typed while the index loads is searched twice once it
 * arrives, and the second list resets a choice made on the first.
 */
export async function focusSearchWithShortcut(page: Page): Promise<Locator> {
  await page.locator('body').press('Control+k');
  const input = page.locator('input.navbar__search-input');
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('role', 'combobox');
  return input;
}

/** Every script the page has loaded, as text. */
export async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.endsWith('.js'));
    return Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  });
}
