/**
 * Every content error fails the real build, and the first error line it prints names the
 * source file (and line) and the problem, before Docusaurus' own messages: front matter that is
 * not YAML, a field of the wrong type, a wrong story fact, a page with no Chinese translation, two pages with one slug,
 * a construct the author's guide cannot hold, a Mermaid syntax error, a changed diagram with no browser to draw it, and, in one run, broken
 * links and anchors of a page and a diagram link to a missing page. Each builds a temporary copy
 * of the site (English only) with deliberate mistakes; all but the last fail while the pages
 * load, in seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCopyWith } from '../support/siteCopy';

const ROOT = path.resolve(__dirname, '../..');
const HURON = 'docs/stories/huron-data-platform.mdx';

/** The 1-based line of `file` that starts with `text` (after indentation), in the working tree. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.trimStart().startsWith(text));
  expect(index, `${file} has a line starting "${text}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Builds a copy with these edits; it must fail. Returns its non-empty stderr lines. */
function failingBuild(edits: Record<string, (text: string) => string>, env?: Record<string, string>): string[] {
  const copy = siteCopyWith(edits);
  try {
    const { status, output, stderr } = copy.build(env);
    expect(status, output.slice(-3000)).not.toBe(0);
    return stderr.split('\n').filter((line) => line.trim() !== '');
  } finally {
    copy.remove();
  }
}

/** Docusaurus' own error style: `[ERROR] ` and then the message. */
const errorLine = (message: string) => `[ERROR] ${message}`;

describe('content errors in the build', () => {
  it('front matter that is not valid YAML: the file and line', () => {
    const keywords = lineOf('docs/stories/capital-one-data-mesh.mdx', 'keywords:');
    const [first] = failingBuild({
      'docs/stories/capital-one-data-mesh.mdx': (text) =>
        text.replace('cross-account sharing, adoption]', 'cross-account sharing, adoption'),
    });
    // The parser notices the unclosed list on the next line.
    expect(first).toBe(
      errorLine(
        `docs/stories/capital-one-data-mesh.mdx:${keywords + 1}: the front matter is not valid YAML: missed comma between flow collection entries`,
      ),
    );
  }, 200_000);

  it('a docs field of the wrong type: the file, the line of the field, what it must be and what it is', () => {
    const [first] = failingBuild({
      'docs/overview.mdx': (text) => text.replace(/^(title: .*)$/m, '$1\nsidebar_position: first'),
    });
    const line = lineOf('docs/overview.mdx', 'title:') + 1;
    expect(first).toBe(
      errorLine(`docs/overview.mdx:${line}: front matter "sidebar_position" must be a number, found "first"`),
    );
  }, 200_000);

  it('a wrong story fact: the file, the line of the field, the field and what it is', () => {
    const [first] = failingBuild({ [HURON]: (text) => text.replace('principle: dive-deep', 'principle: dive-deeper') });
    expect(first).toMatch(
      new RegExp(
        `^\\[ERROR\\] ${HURON}:${lineOf(HURON, '- principle: dive-deep')}: story front matter field "principles\\[\\d\\]\\.principle" is invalid: expected a known Leadership Principle .*got "dive-deeper"`,
      ),
    );
  }, 200_000);

  it('two pages with one slug: both files, and the line of the second one’s slug', () => {
    const [first] = failingBuild({
      'docs/to-prepare.mdx': (text) => text.replace('slug: /to-prepare', 'slug: /overview'),
    });
    expect(first).toBe(
      errorLine(
        `docs/to-prepare.mdx:${lineOf('docs/to-prepare.mdx', 'slug:')}: the address /overview is already docs/overview.mdx's; give one of them another slug`,
      ),
    );
  }, 200_000);

  it('a page with no Chinese translation: the file and the entry it needs', () => {
    const [first] = failingBuild({
      'i18n/zh-Hans/front-matter.json': (text) => {
        const { 'stories/huron-data-platform': _huron, ...others } = JSON.parse(text) as Record<string, unknown>;
        return JSON.stringify(others, null, 2);
      },
    });
    expect(first).toBe(
      errorLine(
        `${HURON}: no zh-Hans translation: expected "stories/huron-data-platform" with a "description" in i18n/zh-Hans/front-matter.json`,
      ),
    );
  }, 200_000);

  it('a construct the author’s guide cannot hold (a table): the file, the line and what to write', () => {
    const DEVOPS = 'docs/breadth/devops.mdx';
    const [first] = failingBuild({
      [DEVOPS]: (text) =>
        text.replace('- Packer\n', '- Packer\n\n| Tool | Use |\n| ---- | --- |\n| Packer | images |\n'),
    });
    expect(first).toBe(
      errorLine(
        `${DEVOPS}:${lineOf(DEVOPS, '- Packer') + 2}: a table has no form in the author's guide (source/prep-guide.rst): write paragraphs, lists and ## headings, or put the site's own words in <SiteText>`,
      ),
    );
  }, 200_000);

  it('a Mermaid syntax error: the file and the line', () => {
    const [first] = failingBuild({
      [HURON]: (text) => text.replace('  SRC[Source data] --> ORIGIN', '  SRC[Source data] -->> ORIGIN'),
    });
    expect(first).toMatch(
      new RegExp(
        `^\\[ERROR\\] ${HURON}:${lineOf(HURON, 'SRC[Source data] --> ORIGIN')}: invalid Mermaid diagram: .*Parse error on line 5`,
      ),
    );
  }, 200_000);

  it('a changed diagram with no browser to draw it: the file, the line and the command', () => {
    const [first] = failingBuild(
      { [HURON]: (text) => text.replace('SRC[Source data]', 'SRC[Source data files]') },
      { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nonexistent/chromium' },
    );
    // A diagram is named by its first line, the one after its fence.
    expect(first).toMatch(
      new RegExp(
        `^\\[ERROR\\] ${HURON}:${lineOf(HURON, '```mermaid') + 1}: this diagram is new or changed and no Chromium was found .*run: npm run diagrams`,
      ),
    );
  }, 200_000);

  it('broken links, a broken anchor and a diagram link to a missing page, all in one run, each by file and line', () => {
    const PRINCIPLES = 'docs/leadership-principles.mdx';
    const lines = failingBuild({
      // The English links only: the build is English.
      [PRINCIPLES]: (text) =>
        text
          .replace('every principle below', 'every [principle](/leadership-principle) below')
          .replace('[overview](/overview#data-points)', '[overview](/overview#data-point)'),
      [HURON]: (text) => text.replace('click GLUE href "/tags/aws/glue"', 'click GLUE href "/tags/aws/glu"'),
    });
    const expected = [
      `${PRINCIPLES}:${lineOf(PRINCIPLES, '<ToPrepare id="to-prepare"><En>')}: broken link to /leadership-principle (no such page or file)`,
      `${PRINCIPLES}:${lineOf(PRINCIPLES, '[overview](/overview#data-points)')}: broken anchor #data-point (no element with id "data-point" on /overview)`,
      `${HURON}:${lineOf(HURON, 'click GLUE href')}: broken link to /tags/aws/glu (no such page or file)`,
    ].map(errorLine);
    expect(lines.slice(0, expected.length).sort(), lines.join('\n')).toEqual(expected.sort());
  }, 300_000);
});
