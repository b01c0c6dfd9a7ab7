/**
 * `npm run diagrams`: draws every new or changed diagram of `docs/` into
 * `diagram-cache/` with Chromium and removes drawings no page uses any more. Commit the result:
 * builds then need no browser.
 */
import { wasReported } from '../plugins/content-errors/index.ts';
import { pruneUnused, renderMissing, requiredDrawings } from '../plugins/diagrams/cache.ts';

try {
  const drawings = requiredDrawings();
  const drawn = await renderMissing(drawings);
  const removed = pruneUnused(drawings);
  for (const drawing of drawn) console.log(`drew ${drawing.key}.svg for ${drawing.file}:${drawing.line}`);
  for (const key of removed) console.log(`removed unused ${key}.svg`);
  console.log(
    `diagram-cache/: ${new Set(drawings.map((d) => d.key)).size} drawings, ${drawn.length} drawn, ${removed.length} removed`,
  );
} catch (error) {
  // A content error has printed itself.
  if (!wasReported(error)) console.error((error as Error).message);
  process.exit(1);
}
