import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { parseFrontMatter } from './index';

const FILE = `${process.cwd()}/docs/overview.mdx`;
const parse = (fileContent: string) =>
  parseFrontMatter({ filePath: FILE, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER });

describe('front matter', () => {
  it('that is not valid YAML fails naming the file and the line', async () => {
    const source = ['---', 'title: Overview', 'keywords: [a, b', 'description: x', '---', '', 'Text'].join('\n');
    // The parser notices the unclosed list on the next line.
    const line = source.split('\n').indexOf('description: x') + 1;
    await expect(parse(source)).rejects.toThrow(
      new RegExp(
        `^docs/overview\\.mdx:${line}: the front matter is not valid YAML: missed comma between flow collection entries`,
      ),
    );
  });

  it('that is valid YAML parses as before', async () => {
    const { frontMatter } = await parse('---\ntitle: Overview\nkeywords: [a, b]\n---\n\nText');
    expect(frontMatter).toMatchObject({ title: 'Overview', keywords: ['a', 'b'] });
  });
});

describe('a docs page’s fields', () => {
  it('with a value of the wrong type fail naming the file, the line of the field and what was found', async () => {
    const source = ['---', 'title: Overview', 'sidebar_position: first', '---', '', 'Text'].join('\n');
    await expect(parse(source)).rejects.toThrow(
      /^docs\/overview\.mdx:3: front matter "sidebar_position" must be a number, found "first"$/,
    );
  });
});

describe('a story’s facts', () => {
  it('that are wrong fail naming the file and the line of the field', async () => {
    const file = `${process.cwd()}/docs/stories/huron-data-platform.mdx`;
    const source = readFileSync(file, 'utf8').replace('principle: dive-deep', 'principle: dive-deeper');
    const line = source.split('\n').findIndex((text) => text.includes('principle: dive-deeper')) + 1;
    await expect(
      parseFrontMatter({ filePath: file, fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER }),
    ).rejects.toThrow(
      new RegExp(
        `^docs/stories/huron-data-platform\\.mdx:${line}: story front matter field "principles\\[\\d\\]\\.principle" is invalid: .*got "dive-deeper"`,
      ),
    );
  });
});
