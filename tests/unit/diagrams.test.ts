/**
 * Every Mermaid block in docs/ parses with mermaid's own parser, is accessible, and
 * has its drawing (both colour modes in one SVG) in diagram-cache/, which holds nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { cachedSvg, diagramSources, requiredDrawings, unusedKeys } from '../../plugins/diagrams/cache';
import { errorLocation, renderDiagrams } from '../../plugins/diagrams/render';
import { svgId } from '../support/svg';
import { CACHE_DIR, RENDER_COMMAND } from '../../plugins/diagrams/settings';
import { parseMermaid } from '../support/mermaidParser';

const diagrams = diagramSources().map((diagram) => [`${diagram.file}:${diagram.line}`, diagram] as const);

describe('Mermaid diagrams', () => {
  it('are present in the pages', () => {
    expect(diagrams.filter(([where]) => where.startsWith('docs')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(diagrams)('%s parses and has accTitle and accDescr', async (where, diagram) => {
    await parseMermaid(diagram.source).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${errorLocation({ where, line: diagram.line }, message)}: invalid Mermaid diagram: ${message}`);
    });
    expect(diagramAccessibility(diagram.source), `${where}: add accTitle and accDescr`).toBeDefined();
  });

  it('reports a syntax error with the file and line', async () => {
    const message = await parseMermaid('flowchart LR\n  A --> B\n  C -->> D\n  E --> F').catch(
      (e: unknown) => (e as Error).message,
    );
    expect(message).toMatch(/Parse error on line 3/);
    expect(errorLocation({ where: 'docs/x.mdx:10', line: 10 }, message!)).toBe('docs/x.mdx:12');
  });
});

describe('the diagram cache', () => {
  const drawings = requiredDrawings();

  it(`holds one drawing of every diagram (else run ${RENDER_COMMAND})`, () => {
    expect(drawings.length).toBe(diagrams.length);
    const missing = drawings.filter((drawing) => cachedSvg(drawing.key) === undefined);
    expect(
      missing.map((drawing) => `${drawing.file}:${drawing.line}`),
      `stale cache: run ${RENDER_COMMAND}`,
    ).toEqual([]);
  });

  it(`holds no drawing that no page uses (run ${RENDER_COMMAND} to remove them)`, () => {
    expect(unusedKeys(drawings)).toEqual([]);
  });

  it('keeps the accessible markup Mermaid writes, under an id that is the drawing’s key', () => {
    for (const drawing of drawings) {
      const svg = readFileSync(path.join(CACHE_DIR, `${drawing.key}.svg`), 'utf8');
      expect(svgId(svg)).toBe(drawing.key);
      expect(svg).toContain(
        `<title id="chart-title-${drawing.key}">${diagramAccessibility(drawing.source)!.title}</title>`,
      );
      expect(svg).toMatch(/^<svg [^>]*role="graphics-document document"[^>]*aria-roledescription="flowchart-v2"/);
      expect(svg).toContain(`<desc id="chart-desc-${drawing.key}">`);
      expect(svg).not.toContain('data-points=');
      // Once, with the dark theme's colours for the dark colour mode.
      expect(svg.match(/<svg\b/g)).toHaveLength(1);
      expect(svg).toContain(`@media screen{html[data-theme='dark'] #${drawing.key}`);
    }
  });

  it('draws a diagram again byte for byte as cached: builds are reproducible', async () => {
    const [drawing] = drawings.filter((d) => d.file === 'docs/stories/firstgroup-dynamodb-data-lake.mdx');
    const [svg] = await renderDiagrams(
      [{ id: drawing.key, source: drawing.source, where: drawing.file, line: drawing.line }],
      RENDER_COMMAND,
    );
    expect(svg === cachedSvg(drawing.key), 'the drawing differs from its cached copy').toBe(true);
  }, 60_000);

  it('draws hostile labels and links inert: a securityLevel directive changes nothing', async () => {
    const source = [
      '%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%',
      'flowchart LR',
      '  accTitle: Hostile',
      '  accDescr: Labels and links that try to run code',
      '  A["<script>window.injected=1</script><img src=x onerror=alert(1)>Label A"] --> B["<a href=\'javascript:alert(2)\'>Label B</a>"]',
      '  click A "javascript:alert(3)"',
      '  click B call alert(4)',
    ].join('\n');
    const [svg] = await renderDiagrams([{ id: 'hostile', source, where: 'hostile.mdx:1', line: 1 }], RENDER_COMMAND);
    // The labels stay, as text; anything that could run is dropped or escaped.
    const text = svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('Label A');
    expect(text).toContain('Label B');
    expect(svg).not.toMatch(/<script|onerror|javascript:|<img|alert\(4\)/i);
  }, 60_000);
});
