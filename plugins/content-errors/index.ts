/**
 * The one way a content error (a mistake in a page source, its front matter or its translation)
 * fails the build: `contentError` prints `[ERROR] <file>[:line]: <message>` to stderr at once and
 * returns an Error with the same message, to throw. Docusaurus prints its own "Unable to build
 * website" (or "Client bundle compiled with errors") before a thrown error's message, so without
 * this the build's first error line would not name the file.
 */

// Shared by every copy of this module (the config and the MDX loader may each load one): a
// remark plugin runs for the client and the server compiler, and one line per error is enough.
const PRINTED = Symbol.for('dla-prep.contentErrors.printed');
const printed: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[PRINTED] ??= new Set());

/** The name of the errors `contentError` returns: already printed. */
export const CONTENT_ERROR = 'ContentError';

/** `location` is `file` or `file:line`, the file relative to the site, e.g. `docs/overview.mdx:12`. */
export function contentError(location: string, message: string): Error {
  const error = new Error(`${location}: ${message}`);
  error.name = CONTENT_ERROR;
  const line = `[ERROR] ${error.message}`;
  if (!printed.has(line)) {
    printed.add(line);
    process.stderr.write(`${line}\n`);
  }
  return error;
}
