/**
 * The site's interface strings at build time, where `translate()` is not available: a locale's
 * message by id from `i18n/<locale>/code.json`, or the English default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, type SiteLocale } from './locales';

// `__filename`, not `__dirname`: tsx gives ESM-loaded TypeScript a wrong `__dirname`.
const ROOT = path.resolve(path.dirname(__filename), '../..');

const read = new Map<SiteLocale, Record<string, { message: string }>>();

/** The message `id` in `locale`, or `english` where the locale is English or has no translation. */
export function codeMessage(locale: SiteLocale, id: string, english: string): string {
  if (locale === DEFAULT_LOCALE) return english;
  if (!read.has(locale))
    read.set(locale, JSON.parse(readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8')));
  return read.get(locale)![id]?.message ?? english;
}
