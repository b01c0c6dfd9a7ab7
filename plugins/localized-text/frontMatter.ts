/**
 * A page's translated title, label, description or keywords: `i18n/<locale>/front-matter.json`,
 * keyed by doc id (its path under docs/ without the extension). The page itself lives once,
 * under docs/; a page copied under i18n/ fails the build, so the locales cannot drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentError } from '../content-errors';
import { DEFAULT_LOCALE, LOCALE_ELEMENTS, type SiteLocale } from './locales';

export const TRANSLATABLE_FIELDS = ['title', 'sidebar_label', 'description', 'keywords'] as const;
type Translation = Partial<Record<(typeof TRANSLATABLE_FIELDS)[number], unknown>>;

/** Every locale but the default: each page has its translated front matter there. */
const TRANSLATED_LOCALES = (Object.keys(LOCALE_ELEMENTS) as SiteLocale[]).filter((locale) => locale !== DEFAULT_LOCALE);

const DOCS_DIR = /^(.*)[/\\]docs[/\\](.+)\.mdx?$/;
const TRANSLATED_PAGE = /[/\\]i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-docs[/\\]/;

export function translationsFile(siteDir: string, locale: SiteLocale): string {
  return path.join(siteDir, 'i18n', locale, 'front-matter.json');
}

/** Reads and checks one locale's file: every key a page under docs/, every field translatable. */
export function loadTranslations(siteDir: string, locale: SiteLocale): Record<string, Translation> {
  const file = translationsFile(siteDir, locale);
  const shown = path.relative(siteDir, file);
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  // `file:line` of an entry, for errors about it.
  const entryAt = (id: string) => {
    const line = text.split('\n').findIndex((row) => row.includes(`${JSON.stringify(id)}:`));
    return line === -1 ? shown : `${shown}:${line + 1}`;
  };
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? '' : `:${text.slice(0, Number(position)).split('\n').length}`;
    throw contentError(`${shown}${line}`, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    throw contentError(shown, 'expected an object keyed by doc id, such as "stories/huron-data-platform"');
  for (const [id, translation] of Object.entries(entries)) {
    const page = ['mdx', 'md'].map((ext) => path.join(siteDir, 'docs', `${id}.${ext}`)).find(existsSync);
    if (!page)
      throw contentError(entryAt(id), `"${id}" is not a page under docs/ (expected a doc id such as "overview")`);
    const unknown = Object.keys(translation as object).find(
      (field) => !(TRANSLATABLE_FIELDS as readonly string[]).includes(field),
    );
    if (unknown)
      throw contentError(entryAt(id), `"${id}" has "${unknown}"; expected only ${TRANSLATABLE_FIELDS.join(', ')}`);
  }
  return entries as Record<string, Translation>;
}

/**
 * The front matter a page shows in `locale`: its own, with that locale's translated fields.
 * Every page needs at least a translated description in every other locale, checked whichever
 * locale is built, so a page missing from one fails while the first locale loads.
 */
export function localizedFrontMatter(
  filePath: string,
  frontMatter: Record<string, unknown>,
  locale: SiteLocale,
): Record<string, unknown> {
  const shown = path.relative(process.cwd(), filePath);
  if (TRANSLATED_PAGE.test(filePath))
    throw contentError(
      shown,
      'a page lives once, under docs/; write its Chinese wording beside the English as <En>…</En><Zh>…</Zh>, and a translated title or description in i18n/<locale>/front-matter.json',
    );
  const match = DOCS_DIR.exec(filePath);
  if (!match) return frontMatter;
  const [, siteDir, file] = match;
  const id = file.split(path.sep).join('/');
  for (const other of TRANSLATED_LOCALES) {
    if (!loadTranslations(siteDir, other)[id]?.description)
      throw contentError(
        shown,
        `no ${other} translation: expected ${JSON.stringify(id)} with a "description" in ${path.relative(siteDir, translationsFile(siteDir, other))}`,
      );
  }
  return locale === DEFAULT_LOCALE ? frontMatter : { ...frontMatter, ...loadTranslations(siteDir, locale)[id] };
}
