/** The site's locales and the element that holds each one's wording in a page source. */
export const LOCALE_ELEMENTS = { en: 'En', 'zh-Hans': 'Zh' } as const;
export type SiteLocale = keyof typeof LOCALE_ELEMENTS;
export const DEFAULT_LOCALE: SiteLocale = 'en';

/** The locale being built: Docusaurus sets this before it loads each locale's content. */
export function currentLocale(): SiteLocale {
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
  if (locale === undefined || locale === 'undefined') return DEFAULT_LOCALE;
  if (!(locale in LOCALE_ELEMENTS))
    throw new Error(`Unknown locale "${locale}": expected one of ${Object.keys(LOCALE_ELEMENTS).join(', ')}`);
  return locale as SiteLocale;
}
