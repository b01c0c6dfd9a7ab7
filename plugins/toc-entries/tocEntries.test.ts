import path from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkTocEntries, { type TocEntry } from './remark';

type Node = Record<string, unknown> & { type: string; children?: Node[] };

const heading = (id: string, depth = 2): Node => ({ type: 'heading', depth, data: { id }, children: [] });
const element = (name: string, attributes: Record<string, string> = {}, children: Node[] = []): Node => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});

/** What Docusaurus writes: `export const toc = [{value, id, level}, …]`, keys as string literals. */
const literal = (value: unknown) => ({ type: 'Literal', value });
const tocExport = (entries: TocEntry[]): Node => ({
  type: 'mdxjsEsm',
  data: {
    estree: {
      body: [
        {
          type: 'ExportNamedDeclaration',
          declaration: {
            type: 'VariableDeclaration',
            declarations: [
              {
                id: { type: 'Identifier', name: 'toc' },
                init: {
                  type: 'ArrayExpression',
                  elements: entries.map((entry) => ({
                    type: 'ObjectExpression',
                    properties: Object.entries(entry).map(([key, value]) => ({
                      key: literal(key),
                      value: literal(value),
                    })),
                  })),
                },
              },
            ],
          },
        },
      ],
    },
  },
});

const entry = (id: string, level = 2): TocEntry => ({ value: id, id, level });

/** The page's table of contents after the plugin, as `[id, value, level]` rows. */
function tocAfter(children: Node[]): Array<[unknown, unknown, unknown]> {
  const tree: Node = { type: 'root', children };
  remarkTocEntries({ locale: 'en' })(tree as never, { path: path.join(process.cwd(), 'docs/page.mdx') });
  const esm = tree.children!.find((node) => node.type === 'mdxjsEsm') as never as {
    data: { estree: { body: [{ declaration: { declarations: [{ init: { elements: unknown[] } }] } }] } };
  };
  return esm.data.estree.body[0].declaration.declarations[0].init.elements.map((element) => {
    const get = (key: string) =>
      (element as { properties: Array<{ key: { value: string }; value: { value: unknown } }> }).properties.find(
        (property) => property.key.value === key,
      )?.value.value;
    return [get('id'), get('value'), get('level')];
  });
}

describe('table of contents entries for STAR sections and principles', () => {
  it('lists each STAR section where it is, around the page’s own headings', () => {
    const story = element('StarStory', {}, [
      element('StarSection', { part: 'situation' }),
      element('StarSection', { part: 'action' }, [heading('design', 3)]),
      element('StarSection', { part: 'result' }),
    ]);
    const toc = [entry('intro'), entry('design', 3), entry('reference')];
    expect(tocAfter([heading('intro'), story, heading('reference'), tocExport(toc)])).toEqual([
      ['intro', 'intro', 2],
      ['situation', 'Situation', 2],
      ['action', 'Action', 2],
      ['design', 'design', 3],
      ['result', 'Result', 2],
      ['reference', 'reference', 2],
    ]);
  });

  it('lists the 16 principles from tags.yml under the heading before the list', () => {
    const toc = tocAfter([
      heading('principles'),
      element('PrincipleList'),
      heading('matrix'),
      tocExport([entry('principles'), entry('matrix')]),
    ]);
    expect(toc).toHaveLength(18);
    expect(toc.slice(0, 3)).toEqual([
      ['principles', 'principles', 2],
      ['customer-obsession', 'Customer Obsession', 3],
      ['ownership', 'Ownership', 3],
    ]);
    expect(toc).toContainEqual(['dive-deep', 'Dive Deep', 3]);
    expect(toc.at(-1)).toEqual(['matrix', 'matrix', 2]);
  });

  it('leaves a page without these components as Docusaurus wrote it', () => {
    expect(tocAfter([heading('a'), element('Diagram'), heading('b'), tocExport([entry('a'), entry('b')])])).toEqual([
      ['a', 'a', 2],
      ['b', 'b', 2],
    ]);
  });

  it('fails naming the file when an entry is not a heading it can place', () => {
    expect(() => tocAfter([element('StarSection', { part: 'task' }), tocExport([entry('from-a-partial')])])).toThrow(
      /docs\/page\.mdx: the table of contents has entries that are not headings/,
    );
  });
});
