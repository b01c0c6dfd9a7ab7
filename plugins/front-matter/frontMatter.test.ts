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
