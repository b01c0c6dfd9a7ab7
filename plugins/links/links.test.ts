import { describe, expect, it } from 'vitest';
import { brokenLinks, builtFileCandidates, describeBrokenLink, htmlIds, htmlLinks, linkLine, pageRoute } from './links';

// As the minifier writes it: attributes unquoted where it can.
const page = (main: string, outside = '') =>
  `<!doctype html><html><body><nav>${outside}</nav><main class=x>${main}</main><footer></footer></body></html>`;

describe('links in built HTML', () => {
  it('reads every <a href>, quoted or not, inside <main> or not, a diagram node link (SVG) too', () => {
    const html = page(
      `<a class=x href=/overview#a>O</a><a href="/b?q=1&amp;r=2">B</a><svg><a xlink:href="/tags/x" data-id=n><text>X</text></a></svg>`,
      `<a href='/depth'>D</a>`,
    );
    expect(htmlLinks(html)).toEqual([
      { href: '/depth', inMain: false },
      { href: '/overview#a', inMain: true },
      { href: '/b?q=1&r=2', inMain: true },
      { href: '/tags/x', inMain: true },
    ]);
  });

  it('reads every element id, and not data-id', () => {
    expect([...htmlIds('<h2 id=a>A</h2><div data-id=b id="c d"></div><p class=x id=\'e\'>')]).toEqual([
      'a',
      'c d',
      'e',
    ]);
  });

  it('maps paths to built files and built files to paths', () => {
    expect(builtFileCandidates('/')).toEqual(['index.html']);
    expect(builtFileCandidates('/a/b/')).toEqual(['a/b', 'a/b.html', 'a/b/index.html']);
    expect(['index.html', 'overview.html', 'stories/index.html'].map(pageRoute)).toEqual([
      '/',
      '/overview',
      '/stories',
    ]);
  });
});

describe('broken links of a locale', () => {
  const pages = [
    { file: 'index.html', html: page('<a href=/overview#role>x</a><a href=/img/logo.svg>x</a><a href=#top>x</a>') },
    {
      file: 'overview.html',
      html: page(
        '<h2 id=role>R</h2><a href=/overveiw>x</a><a href=/#nowhere>x</a><a href=https://aws.amazon.com/>x</a>',
        '<a href=/zh-Hans/overview>中文</a><a href=#>menu</a><a href=mailto:a@b.c>m</a>',
      ),
    },
  ];
  const files = new Set(['index.html', 'overview.html', 'img/logo.svg']);

  it('finds links to missing pages and anchors, and passes pages, files, other sites and other locales', () => {
    const broken = brokenLinks(pages, { baseUrl: '/', otherBaseUrls: ['/zh-Hans/'], files });
    expect(broken).toEqual([
      { page: 'index.html', inMain: true, path: '/', anchor: 'top' },
      { page: 'overview.html', inMain: true, path: '/overveiw' },
      { page: 'overview.html', inMain: true, path: '/', anchor: 'nowhere' },
    ]);
    expect(broken.map(describeBrokenLink)).toEqual([
      'broken anchor #top (no element with id "top" on /)',
      'broken link to /overveiw (no such page or file)',
      'broken anchor #nowhere (no element with id "nowhere" on /)',
    ]);
  });

  it('under a base URL and a locale prefix, checks its own pages only, and links that leave the base', () => {
    const translated = [
      {
        file: 'overview.html',
        html: page('<a href=/dla-prep/zh-Hans/#x>x</a><a href=/dla-prep/overview>en</a><a href=/overview>x</a>'),
      },
      { file: 'index.html', html: page('<h1 id=x>x</h1>') },
    ];
    expect(
      brokenLinks(translated, {
        baseUrl: '/dla-prep/zh-Hans/',
        otherBaseUrls: ['/dla-prep/'],
        files: new Set(['index.html', 'overview.html']),
      }),
    ).toEqual([{ page: 'overview.html', inMain: true, path: '/overview' }]);
  });

  it('leaves out another locale nested in the output folder', () => {
    const nested = [{ file: 'zh-Hans/overview.html', html: page('<a href=/zh-Hans/missing>x</a>') }];
    expect(brokenLinks(nested, { baseUrl: '/', otherBaseUrls: ['/zh-Hans/'], files })).toEqual([]);
  });
});

describe('the source line of a broken link', () => {
  const source = [
    '---',
    'slug: /stories/demo',
    '---',
    'See [the role](/overview#role) and [DevOps](../breadth/devops.mdx#ci-cd).',
    'Also [the loop](#loop) and [depth](./big-data.mdx).',
    '[Gone](/breadth/gone)',
    '```mermaid',
    'flowchart LR',
    '  click GLUE href "/tags/aws/glu"',
    '```',
  ].join('\n');

  it('finds the whole path, a relative file link by its last segment, or the anchor alone', () => {
    expect(linkLine(source, { path: '/overview', anchor: 'role' })).toBe(4);
    expect(linkLine(source, { path: '/breadth/devops', anchor: 'ci-cd' })).toBe(4);
    expect(linkLine(source, { path: '/stories/demo', anchor: 'loop' })).toBe(5);
    expect(linkLine(source, { path: '/depth/big-data' })).toBe(5);
    expect(linkLine(source, { path: '/breadth/gone' })).toBe(6);
    expect(linkLine(source, { path: '/tags/aws/glu' }), "a diagram's node link").toBe(9);
    expect(linkLine(source, { path: '/over' })).toBeUndefined();
  });
});
