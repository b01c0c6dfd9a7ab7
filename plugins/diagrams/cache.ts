/**
 * The diagram cache: which drawings the site's pages need, which are already rendered, and
 * rendering the missing ones. One SVG file per drawing in `diagram-cache/`, named by its key.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mermaidBlocks } from '../../src/lib/diagram/source';
import { contentError } from '../content-errors';
import { CACHE_DIR, DIAGRAM_FOLDERS, RENDER_COMMAND, ROOT, cacheKey } from './settings';
import { renderDiagrams, type RenderJob } from './render';

/** One ```mermaid block of a page source. */
export interface DiagramSource {
  /** Path from the project root, e.g. `docs/overview.mdx`. */
  file: string;
  /** 1-based line of the diagram's first line. */
  line: number;
  source: string;
}

/** A diagram's drawing, for both colour modes. */
export interface Drawing extends DiagramSource {
  key: string;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every ```mermaid block of the pages. */
export function diagramSources(root = ROOT): DiagramSource[] {
  return DIAGRAM_FOLDERS.flatMap((folder) => markdownFiles(path.join(root, folder))).flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    try {
      return mermaidBlocks(text).map((block) => ({ file, ...block }));
    } catch (error) {
      // `line 12: mermaid block is never closed`
      const [, line, problem] = /^line (\d+): (.*)$/.exec((error as Error).message) ?? [];
      throw line ? contentError(`${file}:${line}`, problem) : contentError(file, (error as Error).message);
    }
  });
}

/** Every drawing the pages need: one per diagram. */
export function requiredDrawings(sources = diagramSources()): Drawing[] {
  return sources.map((diagram) => ({ ...diagram, key: cacheKey(diagram.source) }));
}

const cacheFile = (key: string) => path.join(CACHE_DIR, `${key}.svg`);

/** The cached SVG of a drawing, or undefined when it has not been rendered. */
export function cachedSvg(key: string): string | undefined {
  const file = cacheFile(key);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Keys of cached drawings that no page needs any more. */
export function unusedKeys(drawings = requiredDrawings()): string[] {
  const needed = new Set(drawings.map((drawing) => drawing.key));
  if (!existsSync(CACHE_DIR)) return [];
  return readdirSync(CACHE_DIR)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => name.slice(0, -'.svg'.length))
    .filter((key) => !needed.has(key))
    .sort();
}

/**
 * Renders the drawings missing from the cache (one browser for all of them) and stores them.
 * Returns what was rendered; throws naming the file and line of the first diagram that fails.
 */
export async function renderMissing(drawings = requiredDrawings()): Promise<Drawing[]> {
  const byKey = new Map(drawings.filter((drawing) => !existsSync(cacheFile(drawing.key))).map((d) => [d.key, d]));
  const missing = [...byKey.values()];
  if (missing.length === 0) return [];
  const jobs: RenderJob[] = missing.map((drawing) => ({
    id: drawing.key,
    source: drawing.source,
    where: `${drawing.file}:${drawing.line}`,
    line: drawing.line,
  }));
  const svgs = await renderDiagrams(jobs, `${RENDER_COMMAND} (needs Chromium)`);
  mkdirSync(CACHE_DIR, { recursive: true });
  missing.forEach((drawing, index) => writeFileSync(cacheFile(drawing.key), svgs[index]));
  return missing;
}

/** Removes cached drawings no page needs. */
export function pruneUnused(drawings = requiredDrawings()): string[] {
  const unused = unusedKeys(drawings);
  for (const key of unused) rmSync(cacheFile(key));
  return unused;
}
