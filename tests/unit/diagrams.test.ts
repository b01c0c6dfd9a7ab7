/** Every Mermaid block in docs/ and i18n/ parses with mermaid's own parser and is accessible. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramAccessibility, mermaidBlocks, type MermaidBlock } from '../../src/lib/diagram/source';
import { parseMermaid } from '../support/mermaidParser';

const root = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const diagrams: Array<[string, MermaidBlock]> = [
  ...markdownFiles(path.join(root, 'docs')),
  ...markdownFiles(path.join(root, 'i18n')),
].flatMap((file) =>
  mermaidBlocks(readFileSync(path.join(root, file), 'utf8')).map((block): [string, MermaidBlock] => [
    `${file}:${block.line}`,
    block,
  ]),
);

/** Mermaid's "Parse error on line N" counts from the diagram's first line. */
export function locateError(where: string, block: MermaidBlock, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = /on line (\d+)/.exec(message)?.[1];
  const [file] = where.split(':');
  return `${line ? `${file}:${block.line + Number(line) - 1}` : where}: invalid Mermaid diagram: ${message}`;
}

describe('Mermaid diagrams', () => {
  it('are present in both locales', () => {
    expect(diagrams.filter(([where]) => where.startsWith('docs')).length).toBeGreaterThanOrEqual(10);
    expect(diagrams.filter(([where]) => where.startsWith('i18n')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(diagrams)('%s parses and has accTitle and accDescr', async (where, block) => {
    await parseMermaid(block.source).catch((error: unknown) => {
      throw new Error(locateError(where, block, error));
    });
    expect(diagramAccessibility(block.source), `${where}: add accTitle and accDescr`).toBeDefined();
  });

  it('reports a syntax error with the file and line', async () => {
    const block = { source: 'flowchart LR\n  A --> B\n  C -->> D\n  E --> F', line: 10 };
    const error = await parseMermaid(block.source).catch((e: unknown) => e);
    expect(locateError('docs/x.mdx:10', block, error)).toMatch(
      /^docs\/x\.mdx:12: invalid Mermaid diagram: Parse error on line 3/,
    );
  });
});
