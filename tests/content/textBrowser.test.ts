/**
 * A story as a text browser reads it (`lynx -dump`: no CSS, no `hidden`, no JavaScript), as a
 * mentor on a terminal or a screen reader's browse mode gets it: each STAR heading once, each
 * diagram's words once. Needs a production build (`npm run build`) and Debian's `lynx`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePages } from '../../plugins/guide/pages';
import { isStoryFile } from '../../src/lib/story/storyFiles';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { mermaidBlocks } from '../../plugins/diagrams/cache';
import { STAR_SECTION_ATTRIBUTE } from '../../src/lib/pageMarkers';
import { builtPages, normalizeSpace } from '../support/fidelity';

const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');

function lynxDump(html: string): string {
  try {
    return execFileSync('lynx', ['-dump', '-nolist', '-assume_charset=utf-8', '-display_charset=utf-8', '-stdin'], {
      input: html,
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(`lynx could not read the page (Debian: apt-get install lynx): ${(error as Error).message}`);
  }
}

/** The STAR headings of a built story page, as written in its `<summary>`s. */
function starHeadings(html: string): string[] {
  return [
    ...html.matchAll(
      new RegExp(`${STAR_SECTION_ATTRIBUTE}=[^>]*>\\s*<summary\\b[^>]*>\\s*<h2\\b[^>]*>([^<]+)<\\/h2>`, 'g'),
    ),
  ].map((match) => match[1].trim());
}

describe.each(['en', 'zh-Hans'] as const)('a story in a text browser, %s', (locale) => {
  const stories = guidePages(siteDir, locale).filter((page) => isStoryFile(page.file));
  const built = builtPages(buildDir, locale);

  it.each(stories.map((story) => [story.route, story] as const))('%s', (route, story) => {
    const html = built(route);
    expect(html, `${route}: run "npm run build" first`).toBeDefined();
    const lines = lynxDump(html!)
      .split('\n')
      .map((line) => line.trim());
    const headings = starHeadings(html!);
    expect(headings, 'the four STAR headings').toHaveLength(4);
    for (const heading of headings)
      expect(
        lines.filter((line) => line === heading),
        `"${heading}" as a heading`,
      ).toHaveLength(1);

    const text = normalizeSpace(lines.join(' '));
    const diagrams = mermaidBlocks(story.file, readFileSync(story.file, 'utf8'));
    expect(diagrams.length).toBeGreaterThan(0);
    for (const { source } of diagrams) {
      const { description } = diagramAccessibility(source)!;
      expect(text.split(normalizeSpace(description)).length - 1, `the diagram's description once`).toBe(1);
    }
  });
});
