/**
 * The diagram cache: which drawings the site's pages need, which are already rendered, and
 * rendering the missing ones. One SVG file per drawing in `diagram-cache/`, named by its key.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MdNode } from '../../src/lib/guide/mdNode';
import { parseMdx } from '../guide/mdx';
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

/**
 * The ```mermaid blocks of a page source, found in the same syntax tree the pages are built from
 * (plugins/diagrams/remark.ts replaces these nodes), so both see the same blocks, the same text.
 */
export function mermaidBlocks(file: string, text: string): Omit<DiagramSource, 'file'>[] {
  const blocks: Omit<DiagramSource, 'file'>[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'code' && node.lang === 'mermaid')
      blocks.push({ source: node.value ?? '', line: (node.position?.start.line ?? 0) + 1 });
    node.children?.forEach(visit);
  };
  visit(parseMdx(file, text));
  return blocks;
}

/** Every ```mermaid block of the pages. */
export function diagramSources(root = ROOT): DiagramSource[] {
  return DIAGRAM_FOLDERS.flatMap((folder) => markdownFiles(path.join(root, folder))).flatMap((file) =>
    mermaidBlocks(path.join(root, file), readFileSync(path.join(root, file), 'utf8')).map((block) => ({
      file,
      ...block,
    })),
  );
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
