/**
 * Front matter is text: markup in a story's fields (title, description, facts, a principle's
 * aspect) is shown as written and never becomes an element, a handler or a link. Builds a
 * temporary copy of the site (English only) with hostile values in one story.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { siteCopyWith } from '../support/siteCopy';

const HOSTILE = {
  title: 'Huron <script>window.injected=1</script>',
  customer: '<img src=x onerror="window.injected=2">Huron',
  impact: '<a href="javascript:window.injected=3">300+ datasets</a>',
  aspect: '<svg onload="window.injected=4"></svg>tag-based access control',
  description: '"><script>window.injected=5</script>',
};

const yamlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

describe('story front matter with markup in it', () => {
  it('builds, and every page shows the markup as text', () => {
    const copy = siteCopyWith({
      'docs/stories/huron-data-platform.mdx': (text) =>
        text
          .replace(/^title: .*$/m, `title: ${yamlString(HOSTILE.title)}`)
          .replace(/^customer: .*$/m, `customer: ${yamlString(HOSTILE.customer)}`)
          .replace(/^impact: .*$/m, `impact: ${yamlString(HOSTILE.impact)}`)
          .replace(/^description: .*$/m, `description: ${yamlString(HOSTILE.description)}`)
          .replace(/aspect: a tag-based access control model[^\n]*/, `aspect: ${yamlString(HOSTILE.aspect)}`),
    });
    try {
      const { status, output } = copy.build();
      expect(status, output.slice(-2000)).toBe(0);
      const page = (route: string) => load(readFileSync(path.join(copy.dir, 'build', `${route}.html`), 'utf8'));
      const story = page('/stories/huron-data-platform');
      expect(story('h1').text()).toBe(HOSTILE.title);
      expect(story('main').text()).toContain(HOSTILE.customer);
      expect(story('main').text()).toContain(HOSTILE.impact);
      expect(story('meta[name="description"]').attr('content')).toBe(HOSTILE.description);
      for (const route of ['/stories/huron-data-platform', '/stories', '/leadership-principles', '/tags/aws/glue']) {
        const $ = page(route);
        const ran = $('script')
          .filter((_, element) => ($(element).html() ?? '').includes('window.injected'))
          .filter((_, element) => $(element).attr('type') !== 'application/ld+json');
        expect(ran.length, `${route}: a script element from front matter`).toBe(0);
        expect($('[onerror], [onload], a[href^="javascript:"]').length, `${route}: a handler or script link`).toBe(0);
      }
      expect(page('/leadership-principles')('main').text()).toContain(HOSTILE.aspect);
    } finally {
      copy.remove();
    }
  }, 200_000);
});
