/**
 * Theme parts the guide never shows (a version banner or badge, an edit link, a draft banner) are
 * replaced by components that render nothing, so their code leaves every docs page. If the site
 * starts needing one, the build fails with this error instead of silently showing nothing.
 */
export function unusedThemePart(component: string, needed: string): Error {
  return new Error(
    `src/theme/${component} leaves the theme's ${component} out, but the site now has ${needed}: delete src/theme/${component} to get it back.`,
  );
}
