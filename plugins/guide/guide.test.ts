import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSlugger } from '@docusaurus/utils';
import { readPageContent } from './mdx';
import { guidePages, guideText } from './pages';
import { guideRst, writtenText } from '../../src/lib/guide/rst';
import { GUIDE_TITLE } from '../../src/lib/guide/sections';
import { parseGuide, stripInlineMarkup } from '../../tests/support/parseGuide';
import { buildDeck } from '../../src/lib/practice/deck';

const siteDir = path.resolve(__dirname, '../..');
const FILE = path.join(siteDir, 'docs/example.mdx');
const page = (body: string, outline?: 'headings' | 'list') =>
  readPageContent(FILE, `---\ntitle: Example\n---\n\n${body}\n`, 'zh-Hans', outline);

describe('a page as blocks', () => {
  it('reads headings, paragraphs, nested lists, STAR parts and "to prepare" in page order', () => {
    const { blocks, starSections } = page(
      [
        '## <En>About</En><Zh>关于:</Zh> {#about}',
        '',
        'The **customer** ran `Glue` jobs, see https://example.com/a.',
        '',
        '<StarSection part="action">',
        '',
        '1. I built [it](https://example.com/b):',
        '   - tested',
        '- <ToPrepare>nothing yet</ToPrepare>',
        '',
        '</StarSection>',
        '',
        '<StarSection part="task" toPrepare="I am" />',
      ].join('\n'),
    );
    expect(starSections).toEqual(['action', 'task']);
    expect(blocks.map((b) => [b.kind, b.shownAs, b.depth, b.star, b.site, b.rst, b.line])).toEqual([
      ['paragraph', 'heading', 0, undefined, undefined, '关于:', 5],
      [
        'paragraph',
        'paragraph',
        0,
        undefined,
        undefined,
        'The **customer** ran ``Glue`` jobs, see https://example.com/a.',
        7,
      ],
      ['list-item', 'list-item', 0, 'action', undefined, 'I built `it <https://example.com/b>`_:', 11],
      ['list-item', 'list-item', 1, 'action', undefined, 'tested', 12],
      ['list-item', 'list-item', 0, 'action', undefined, '', 13],
      ['list-item', 'to-prepare', 0, 'action', true, 'nothing yet', 13],
      ['paragraph', 'to-prepare', 0, 'task', undefined, 'I am', 17],
    ]);
    expect(blocks[0].id).toBe('about');
    expect(blocks[1].text).toBe('The customer ran Glue jobs, see https://example.com/a.');
  });

  it('leaves the site’s own words and drawings out of the guide, and writes an outline’s headings as items', () => {
    const { blocks } = page(
      [
        '<SiteText>',
        '',
        '## Navigation',
        '',
        'An introduction.',
        '',
        '</SiteText>',
        '',
        '## Storage',
        '',
        '- S3',
        '',
        '```mermaid',
        'flowchart LR',
        '  A --> B',
        '```',
      ].join('\n'),
      'headings',
    );
    expect(blocks.map((b) => [b.kind, b.depth, b.text, b.site ?? false])).toEqual([
      ['paragraph', 0, 'Navigation', true],
      ['paragraph', 0, 'An introduction.', true],
      ['list-item', 0, 'Storage', false],
      ['list-item', 1, 'S3', false],
    ]);
    expect(guideRst('Guide', [{ level: 2, title: 'Cloud', blocks }])).toBe(
      `Guide\n${'='.repeat(78)}\n\n.. contents::\n    :depth: 1\n    :local:\n\n\nCloud\n${'~'.repeat(78)}\n\n- Storage\n    - S3\n`,
    );
  });

  it('fails naming the file and line of a construct the author’s guide cannot hold', () => {
    expect(() => page('Text.\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toThrow(
      "docs/example.mdx:7: a table has no form in the author's guide (source/prep-guide.rst): write paragraphs, lists and ## headings, or put the site's own words in <SiteText>",
    );
    expect(() => page('### Deeper')).toThrow("docs/example.mdx:5: a level-3 heading has no form in the author's guide");
    expect(() => page('Some <Kbd>key</Kbd> here.')).toThrow('docs/example.mdx:5: <Kbd> in running text has no form');
    expect(() => page('<En>only English</En>')).toThrow('docs/example.mdx:5: expected <En><Zh> side by side');
  });
});

describe('the guide written from the pages', () => {
  const pages = guidePages(siteDir, 'zh-Hans').filter((p) => !p.site);
  const text = guideText(siteDir);

  it('reads back, under the guide parser, as exactly the pages’ blocks of the guide', () => {
    const guideBlocks = pages.flatMap((p) =>
      p.blocks
        .filter((b) => !b.site && !b.directive)
        .map((b) => [b.kind, stripInlineMarkup(writtenText(b)), b.depth, b.star, p.title]),
    );
    const read = parseGuide(text);
    expect(
      read.filter((b) => b.kind !== 'heading').map((b) => [b.kind, b.text, b.depth, b.star, b.path.at(-1)]),
    ).toEqual(guideBlocks);
    const headings = read.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toEqual([GUIDE_TITLE, ...pages.map((p) => p.title)]);
    expect(headings.map((h) => h.path.length - 1)).toEqual([0, ...pages.map((p) => p.level)]);
  });

  it('gives the deck a card for each non-empty outline item, with unique ids', () => {
    const deck = buildDeck(pages, createSlugger);
    const items = pages
      .filter((p) => p.outline)
      .flatMap((p) => p.blocks.filter((b) => b.kind === 'list-item' && !b.site && b.text));
    expect(deck.map((card) => card.text)).toEqual(items.map((b) => b.text));
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length);
    expect(deck.find((c) => c.text === 'Compression')).toMatchObject({
      path: ['Database Engineer', 'OLAP', 'Redshift'],
      route: '/breadth/database-engineer',
      anchor: 'olap',
    });
  });
});
