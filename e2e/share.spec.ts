/** Links unfurl: titles, descriptions, social images (one per story), canonical URLs, robots. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/test';
import { BUILD_DIR, builtPagePaths, LOCALES, sitemapPaths, storyPages } from './support/site';

const SITE = 'https://dla-prep.example.com';

function htmlFile(route: string): string {
  const file = route === '/' || route === '/zh-Hans/' ? `${route}index.html` : `${route}.html`;
  return readFileSync(path.join(BUILD_DIR, file), 'utf8');
}

function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta[^>]+(?:name|property)="?${key}"?[^>]*>`).exec(html)?.[0];
  return tag ? (/content=("([^"]*)"|[^\s>]+)/.exec(tag)?.[2] ?? /content=([^\s>]+)/.exec(tag)?.[1]) : undefined;
}

test('every page has a unique title, a description and a social card', () => {
  for (const locale of LOCALES) {
    const titles = new Map<string, string>();
    expect(sitemapPaths(locale).length).toBeGreaterThan(50);
    for (const route of sitemapPaths(locale)) {
      const html = htmlFile(route);
      const title = /<title[^>]*>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, `title of ${route}`).toBeTruthy();
      expect(titles.get(title!), `${route} repeats the title of another page`).toBeUndefined();
      titles.set(title!, route);
      for (const key of ['description', 'og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:image']) {
        expect(meta(html, key), `${key} of ${route}`).toBeTruthy();
      }
      expect(html, `canonical of ${route}`).toMatch(
        new RegExp(`<link[^>]+rel="?canonical"?[^>]+href="?${SITE}${route === '/' ? '/' : route}"?[\\s/>]`),
      );
    }
  }
});

test('each story has its own social card image, a 1200×630 PNG in the build', async ({ request }) => {
  for (const story of storyPages().map((page) => page.story)) {
    for (const prefix of ['', '/zh-Hans']) {
      const image = meta(htmlFile(`${prefix}/stories/${story}`), 'og:image');
      expect(image).toBe(`${SITE}${prefix}/img/cards/${story}.png`);
      const response = await request.get(new URL(image!).pathname);
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  }
  expect(meta(htmlFile('/overview'), 'og:image')).toBe(`${SITE}/img/social-card.png`);
});

test('robots.txt keeps crawlers out by default and the sitemap lists both languages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toBe('User-agent: *\nDisallow: /\n');
  expect(meta(htmlFile('/overview'), 'robots')).toBe('noindex, nofollow');
  expect(sitemapPaths('en')).toContain('/stories/huron-data-platform');
  expect(sitemapPaths('zh-Hans')).toContain('/zh-Hans/stories/huron-data-platform');
  // Test fixtures (like the invalid-diagram page) stay out of the production site.
  for (const locale of LOCALES) {
    for (const paths of [sitemapPaths(locale), builtPagePaths(locale)]) {
      expect(paths.length, locale).toBeGreaterThan(50);
      expect(
        paths.filter((route) => route.includes('diagram-error-test')),
        locale,
      ).toEqual([]);
    }
  }
});
