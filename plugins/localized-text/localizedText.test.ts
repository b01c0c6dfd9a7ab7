import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import remarkLocalizedText from './remark';
import type { MdNode } from '../../src/lib/guide/mdNode';
import { localizedFrontMatter } from './frontMatter';

type Node = MdNode;

const text = (value: string): Node => ({ type: 'text', value });
const element = (type: string, name: string, children: Node[], line = 3): Node => ({
  type,
  name,
  children,
  position: { start: { line, column: 1 }, end: { line, column: 1 } },
});
const paragraph = (value: string): Node => ({ type: 'paragraph', children: [text(value)] });

function transform(tree: Node, locale: 'en' | 'zh-Hans'): Node {
  const copy = structuredClone(tree);
  remarkLocalizedText({ locale })(copy, { path: path.join(process.cwd(), 'docs/page.mdx') });
  return copy;
}

describe('<En>/<Zh> wording in one page source', () => {
  const heading: Node = {
    type: 'root',
    children: [
      {
        type: 'heading',
        children: [
          element('mdxJsxTextElement', 'En', [text('About')]),
          element('mdxJsxTextElement', 'Zh', [text('关于')]),
        ],
      },
    ],
  };

  it('keeps the current locale’s wording and drops the other', () => {
    expect(transform(heading, 'en').children?.[0].children).toEqual([text('About')]);
    expect(transform(heading, 'zh-Hans').children?.[0].children).toEqual([text('关于')]);
  });

  it('makes text written as a block among blocks a paragraph, and leaves it inline elsewhere', () => {
    const tree: Node = {
      type: 'root',
      children: [
        paragraph('Before.'),
        element('mdxJsxFlowElement', 'En', [text('A sentence.')]),
        element('mdxJsxFlowElement', 'Zh', [text('一句话。')]),
        {
          type: 'listItem',
          children: [
            element('mdxJsxFlowElement', 'En', [text('item')]),
            element('mdxJsxFlowElement', 'Zh', [text('条目')]),
          ],
        },
      ],
    };
    const zh = transform(tree, 'zh-Hans').children ?? [];
    expect(zh[1]).toMatchObject({ type: 'paragraph', children: [text('一句话。')] });
    expect(zh[2].children).toEqual([text('条目')]);
  });

  it('fails naming the file and line when a wording has no partner beside it', () => {
    const lone: Node = {
      type: 'root',
      children: [paragraph('x'), element('mdxJsxFlowElement', 'En', [text('Only English')], 7)],
    };
    expect(() => transform(lone, 'en')).toThrow(/^docs\/page\.mdx:7: expected <En><Zh> side by side.*found <En>$/);
    const reversed: Node = {
      type: 'root',
      children: [
        element('mdxJsxFlowElement', 'Zh', [text('中')], 9),
        element('mdxJsxFlowElement', 'En', [text('E')], 9),
      ],
    };
    expect(() => transform(reversed, 'zh-Hans')).toThrow(/^docs\/page\.mdx:9: .*found <Zh><En>$/);
    const doubled: Node = {
      type: 'root',
      children: [
        element('mdxJsxFlowElement', 'En', [text('E')], 3),
        element('mdxJsxFlowElement', 'En', [text('F')], 4),
      ],
    };
    expect(() => transform(doubled, 'en')).toThrow(/^docs\/page\.mdx:3: .*found <En><En>$/);
  });

  it('reads two bilingual paragraphs in a row as two pairs', () => {
    const pairs: Node = {
      type: 'root',
      children: [
        element('mdxJsxFlowElement', 'En', [text('One.')]),
        element('mdxJsxFlowElement', 'Zh', [text('一。')]),
        element('mdxJsxFlowElement', 'En', [text('Two.')]),
        element('mdxJsxFlowElement', 'Zh', [text('二。')]),
      ],
    };
    expect((transform(pairs, 'zh-Hans').children ?? []).map((node) => node.children)).toEqual([
      [text('一。')],
      [text('二。')],
    ]);
  });
});

describe('translated front matter', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'localized-front-matter-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(path.join(site, 'docs/stories'), { recursive: true });
  mkdirSync(path.join(site, 'i18n/zh-Hans'), { recursive: true });
  writeFileSync(path.join(site, 'docs/stories/a.mdx'), '');
  const page = path.join(site, 'docs/stories/a.mdx');
  const translations = (entries: unknown) =>
    writeFileSync(path.join(site, 'i18n/zh-Hans/front-matter.json'), JSON.stringify(entries));

  it('takes a locale’s title and description from i18n, keeping every other field', () => {
    translations({ 'stories/a': { sidebar_label: '甲', description: '描述' } });
    const own = { title: 'A', sidebar_label: 'A', description: 'About A', customer: 'Acme' };
    expect(localizedFrontMatter(page, own, 'en')).toEqual(own);
    expect(localizedFrontMatter(page, own, 'zh-Hans')).toEqual({ ...own, sidebar_label: '甲', description: '描述' });
  });

  it('refuses a translated fact, an unknown page, and a page copied under i18n', () => {
    translations({ 'stories/a': { customer: 'Other' } });
    expect(() => localizedFrontMatter(page, {}, 'zh-Hans')).toThrow(
      /^i18n\/zh-Hans\/front-matter\.json:1: "stories\/a" has "customer"; expected only title, sidebar_label, description, keywords$/,
    );
    translations({ 'stories/b': { title: 'B' } });
    expect(() => localizedFrontMatter(page, {}, 'zh-Hans')).toThrow(/"stories\/b" is not a page under docs\//);
    const copied = path.join(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs/current/stories/a.mdx');
    expect(() => localizedFrontMatter(copied, {}, 'zh-Hans')).toThrow(/a page lives once, under docs\//);
  });

  it('refuses, in every locale, a page without a translated description', () => {
    const missing = new RegExp(
      `^${path.relative(process.cwd(), page)}: no zh-Hans translation: expected "stories/a" with a "description" in i18n/zh-Hans/front-matter\\.json$`,
    );
    translations({});
    expect(() => localizedFrontMatter(page, {}, 'en')).toThrow(missing);
    translations({ 'stories/a': { title: '甲' } });
    expect(() => localizedFrontMatter(page, {}, 'en')).toThrow(missing);
    expect(() => localizedFrontMatter(page, {}, 'zh-Hans')).toThrow(missing);
  });

  it('names the line of a bad entry and of invalid JSON', () => {
    writeFileSync(
      path.join(site, 'i18n/zh-Hans/front-matter.json'),
      '{\n  "stories/a": { "description": "描述" },\n  "stories/b": { "title": "B" }\n}\n',
    );
    expect(() => localizedFrontMatter(page, {}, 'en')).toThrow(
      /^i18n\/zh-Hans\/front-matter\.json:3: "stories\/b" is not/,
    );
    writeFileSync(path.join(site, 'i18n/zh-Hans/front-matter.json'), '{\n  "stories/a": {\n}\n');
    expect(() => localizedFrontMatter(page, {}, 'en')).toThrow(/^i18n\/zh-Hans\/front-matter\.json:4: not valid JSON/);
  });
});
