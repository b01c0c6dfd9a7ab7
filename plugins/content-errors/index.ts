/**
 * The one way a content error (src/lib/contentError.ts) fails the build: printed to stderr at
 * once as `[ERROR] <file>[:line]: <problem>`, then thrown. Docusaurus prints its own "Unable to
 * build website" (or "Client bundle compiled with errors") before a thrown error's message, so
 * without this the build's first error line would not name the file.
 */
import { ContentError } from '../../src/lib/contentError';

export { ContentError };

// Shared by every copy of this module (the config and the MDX loader may each load one): a
// remark plugin runs for the client and the server compiler, and one line per error is enough.
const PRINTED = Symbol.for('dla-prep.contentErrors.printed');
const printed: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[PRINTED] ??= new Set());

const lineOf = (error: Error) => `[ERROR] ${error.message}`;

/** Prints the error once (the first time any copy of this module sees it) and returns it, to throw. */
export function reported(error: ContentError): ContentError {
  const line = lineOf(error);
  if (!printed.has(line)) {
    printed.add(line);
    process.stderr.write(`${line}\n`);
  }
  return error;
}

/** A content error at `where` (`file` or `file:line`), printed; to throw. */
export function contentError(where: string, problem: string): ContentError {
  return reported(new ContentError(where, problem));
}

/** Whether the error was already printed as a content error (a script need not print it again). */
export function wasReported(error: unknown): boolean {
  return error instanceof Error && printed.has(lineOf(error));
}
