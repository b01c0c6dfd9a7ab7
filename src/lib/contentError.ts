/**
 * The one kind of error for a mistake in the content (a page source, its front matter, its
 * translation): where it is, `file` or `file:line` relative to the site (`docs/overview.mdx:12`),
 * and what is wrong. Pure code throws it; the build prints it once (plugins/content-errors).
 */
export class ContentError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
    /** A front-matter field at fault, so the build can name its line (pure code has only the file). */
    readonly field?: { name: string; value: unknown },
  ) {
    super(`${where}: ${problem}`);
    this.name = 'ContentError';
  }
}
