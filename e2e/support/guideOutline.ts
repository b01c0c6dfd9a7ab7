/**
 * The breadth and depth outlines of the author's guide, read by the tests themselves with a
 * deliberately simple reading (not the site's parser): each non-empty bullet with its area and
 * parent bullets, in guide order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface OutlineItem {
  area: string;
  parents: string[];
  text: string;
}

const OUTLINE_SECTIONS = ['技术广度准备', '技术深度准备'];

export function guideOutline(): OutlineItem[] {
  const lines = readFileSync(path.resolve(__dirname, '../../source/prep-guide.rst'), 'utf8').split('\n');
  const items: OutlineItem[] = [];
  let section = '';
  let area = '';
  const bullets: string[] = [];
  lines.forEach((line, index) => {
    const underline = lines[index + 1] ?? '';
    if (line.trim() && /^-{4,}\s*$/.test(underline)) [section, area] = [line.trim(), ''];
    if (line.trim() && /^~{4,}\s*$/.test(underline)) [area, bullets.length] = [line.trim(), 0];
    const bullet = /^( *)(?:-|\d+\.)(?: +(.*))?$/.exec(line);
    if (!bullet || !area || !OUTLINE_SECTIONS.includes(section)) return;
    const text = (bullet[2] ?? '').replace(/\*\*|``/g, '').trim();
    bullets.length = bullet[1].length / 4;
    bullets.push(text);
    if (text) items.push({ area, parents: bullets.slice(0, -1), text });
  });
  return items;
}
