/**
 * Mermaid's own parser in plain Node. Mermaid sanitizes labels with DOMPurify, which has no
 * API without a window; parsing needs no sanitizing, so the same module instance mermaid
 * imports gets no-op hooks before mermaid loads.
 */
import DOMPurify from 'dompurify';

type Purifier = Record<string, unknown>;
const purifier = DOMPurify as unknown as Purifier;
if (typeof purifier.addHook !== 'function') {
  Object.assign(purifier, {
    addHook: () => undefined,
    removeHook: () => undefined,
    removeAllHooks: () => undefined,
    setConfig: () => undefined,
    sanitize: (dirty: unknown) => String(dirty),
  });
}

/** Parses a diagram; throws mermaid's own error for invalid syntax. */
export async function parseMermaid(source: string): Promise<void> {
  const { default: mermaid } = await import('mermaid');
  await mermaid.parse(source);
}
