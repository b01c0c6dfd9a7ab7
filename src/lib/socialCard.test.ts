import { describe, expect, it } from 'vitest';
import { escapeXml, socialCardSvg, wrapText } from './socialCard';

describe('social card', () => {
  it('wraps words within a budget and marks a cut', () => {
    expect(wrapText('one two three four five', 9, 3)).toEqual(['one two', 'three', 'four five']);
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('escapes XML in every text', () => {
    expect(escapeXml(`a<b & "c"`)).toBe('a&#60;b &#38; &#34;c&#34;');
    const svg = socialCardSvg({ eyebrow: 'STAR story', title: 'Data & <Mesh>', subtitle: 'Capital One', body: 'x' });
    expect(svg).toContain('Data &#38; &#60;Mesh&#62;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>Capital One</text>');
  });
});
