/** The base URL of every locale's build, from the current build's (localized) base URL. */
export function localeBaseUrls(
  baseUrl: string,
  currentLocale: string,
  defaultLocale: string,
  locales: readonly string[],
): Record<string, string> {
  const root = currentLocale === defaultLocale ? baseUrl : baseUrl.slice(0, -`${currentLocale}/`.length);
  return Object.fromEntries(locales.map((locale) => [locale, locale === defaultLocale ? root : `${root}${locale}/`]));
}
