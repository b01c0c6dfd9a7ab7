import { describe, expect, it } from 'vitest';
import { svgFile, svgFileName } from './download';

describe('a drawing as a file', () => {
  it('is named from its title, in any script', () => {
    expect(svgFileName('Huron data platform: Glue → S3')).toBe('huron-data-platform-glue-s3.svg');
    expect(svgFileName('数据湖 架构')).toBe('数据湖-架构.svg');
    expect(svgFileName('→ ←')).toBe('diagram.svg');
  });

  it('is an SVG file', async () => {
    const file = svgFile('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'light');
    expect(file.type).toBe('image/svg+xml');
    expect(await file.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  });
});
