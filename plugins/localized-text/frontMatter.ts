/**
 * A page's translated title, label, description or keywords: `i18n/<locale>/front-matter.json`,
 * keyed by doc id (its path under docs/ without the extension). The page itself lives once,
 * under docs/; a page copied under i18n/ fails the build, so the locales cannot drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, type SiteLocale } from './locales';

export const TRANSLATABLE_FIELDS = ['title', 'sidebar_label', 'description', 'keywords'] as const;
type Translation = Partial<Record<(typeof TRANSLATABLE_FIELDS)[number], unknown>>;

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
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    throw new Error(`${shown}: expected an object keyed by doc id, such as "stories/huron-data-platform"`);
  for (const [id, translation] of Object.entries(entries)) {
    const page = ['mdx', 'md'].map((ext) => path.join(siteDir, 'docs', `${id}.${ext}`)).find(existsSync);
    if (!page) throw new Error(`${shown}: "${id}" is not a page under docs/ (expected a doc id such as "overview")`);
    const unknown = Object.keys(translation as object).find(
      (field) => !(TRANSLATABLE_FIELDS as readonly string[]).includes(field),
    );
    if (unknown) throw new Error(`${shown}: "${id}" has "${unknown}"; expected only ${TRANSLATABLE_FIELDS.join(', ')}`);
  }
  return entries as Record<string, Translation>;
}

/** The front matter a page shows in `locale`: its own, with that locale's translated fields. */
export function localizedFrontMatter(
  filePath: string,
  frontMatter: Record<string, unknown>,
  locale: SiteLocale,
): Record<string, unknown> {
  if (TRANSLATED_PAGE.test(filePath))
    throw new Error(
      `${path.relative(process.cwd(), filePath)}: a page lives once, under docs/; write its Chinese wording beside the English as <En>…</En><Zh>…</Zh>, and a translated title or description in i18n/<locale>/front-matter.json`,
    );
  const match = DOCS_DIR.exec(filePath);
  if (!match || locale === DEFAULT_LOCALE) return frontMatter;
  const [, siteDir, id] = match;
  return { ...frontMatter, ...loadTranslations(siteDir, locale)[id.split(path.sep).join('/')] };
}
