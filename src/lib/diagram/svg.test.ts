import { describe, expect, it } from 'vitest';
import { cleanSvg, localizeSvgLinks, renameSvgId, svgSize } from './svg';
import { svgId, svgLinks } from '../../../tests/support/svg';

const svg = [
  '<svg id="diagram-abc" width="100%" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 766.5 569.9" aria-labelledby="chart-title-diagram-abc">',
  '<title id="chart-title-diagram-abc">Pipeline</title>',
  '<marker id="diagram-abc_flowchart-v2-pointEnd"></marker>',
  '<path id="diagram-abc-L_A_B_0" data-points="W3siIjoxfV0=" marker-end="url(#diagram-abc_flowchart-v2-pointEnd)"></path>',
  '<a xlink:href="/tags/aws/glue" transform="translate(1, 2)"><g id="diagram-abc-flowchart-A-0"></g></a>',
  '<a xlink:href="https://example.com/"><g></g></a>',
  '<a href="/breadth/devops#ci-cd"><g></g></a>',
  '</svg>',
].join('');

describe('build-time SVG helpers', () => {
  it('drops layout data and declares the xlink namespace once', () => {
    const cleaned = cleanSvg(svg);
    expect(cleaned).not.toContain('data-points');
    expect(cleaned.startsWith('<svg xmlns:xlink="http://www.w3.org/1999/xlink" id="diagram-abc"')).toBe(true);
    expect(cleanSvg(cleaned)).toBe(cleaned);
    expect(cleanSvg('<svg id="x"><g/></svg>')).toBe('<svg id="x"><g/></svg>');
  });

  it('lists node links and prefixes only site-relative ones with the base URL', () => {
    expect(svgLinks(svg)).toEqual(['/tags/aws/glue', 'https://example.com/', '/breadth/devops#ci-cd']);
    const localized = localizeSvgLinks(svg, (path) => `/dla-prep/zh-Hans${path}`);
    expect(svgLinks(localized)).toEqual([
      '/dla-prep/zh-Hans/tags/aws/glue',
      'https://example.com/',
      '/dla-prep/zh-Hans/breadth/devops#ci-cd',
    ]);
    expect(localized).toContain('transform="translate(1, 2)"');
  });

  it('renames the SVG id and every id and reference derived from it', () => {
    const renamed = renameSvgId(svg, 'diagram-abc', 'diagram-abc-2');
    expect(svgId(renamed)).toBe('diagram-abc-2');
    const ids = [...renamed.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id.includes('diagram-abc-2'))).toBe(true);
    expect(renamed).toContain('url(#diagram-abc-2_flowchart-v2-pointEnd)');
    expect(renamed).toContain('aria-labelledby="chart-title-diagram-abc-2"');
    expect(() => renameSvgId(svg, '', 'x')).toThrow('empty id');
  });

  it('reads the natural size from the viewBox and fails without one', () => {
    expect(svgSize(svg)).toEqual({ width: 766.5, height: 569.9 });
    expect(() => svgSize('<svg id="x"></svg>')).toThrow('no viewBox');
    expect(() => svgId('<svg></svg>')).toThrow('no <svg id>');
  });
});
