/**
 * Bad diagrams fail the real build with a line naming the file (and line): a syntax error, a
 * node link to a page that does not exist, and a changed diagram with no browser to draw it.
 * Each builds a temporary copy of the site (English only) with one deliberate mistake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCopyWith, type SiteCopy } from '../support/siteCopy';

const STORY = 'docs/stories/huron-data-platform.mdx';
const storyLines = readFileSync(path.resolve(__dirname, '../..', STORY), 'utf8').split('\n');
/** The 1-based line of the story that starts with `text` (after indentation). */
function lineOf(text: string): number {
  const index = storyLines.findIndex((line) => line.trimStart().startsWith(text));
  expect(index, `${STORY} has a line starting "${text}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function buildFails(copy: SiteCopy, env?: Record<string, string>): string {
  try {
    const { status, output } = copy.build(env);
    expect(status, output.slice(-2000)).not.toBe(0);
    return output;
  } finally {
    copy.remove();
  }
}

describe('diagram errors in the build', () => {
  it('a syntax error names the file and the line', () => {
    const output = buildFails(
      siteCopyWith({
        [STORY]: (text) => text.replace('  SRC[Source data] --> ORIGIN', '  SRC[Source data] -->> ORIGIN'),
      }),
    );
    expect(output).toMatch(
      new RegExp(`${STORY}:${lineOf('SRC[Source data] --> ORIGIN')}: invalid Mermaid diagram: .*Parse error on line 5`),
    );
  }, 200_000);

  it('a node link to a missing page names the file and the line', () => {
    const output = buildFails(
      siteCopyWith({
        [STORY]: (text) => text.replace('click GLUE href "/tags/aws/glue"', 'click GLUE href "/tags/aws/glu"'),
      }),
    );
    expect(output).toMatch(new RegExp(`${STORY}:\\d+: diagram link "/tags/aws/glu" points to no page`));
  }, 200_000);

  it('a changed diagram with no browser to draw it names the file and the command', () => {
    const output = buildFails(
      siteCopyWith({ [STORY]: (text) => text.replace('SRC[Source data]', 'SRC[Source data files]') }),
      { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nonexistent/chromium' },
    );
    expect(output).toMatch(
      // A diagram is named by its first line, the one after its fence.
      new RegExp(
        `${STORY}:${lineOf('```mermaid') + 1}: this diagram is new or changed and no Chromium was found .*run: npm run diagrams`,
      ),
    );
  }, 200_000);
});
