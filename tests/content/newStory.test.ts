/**
 * `npm run new-story -- <slug>` is all it takes to add a story: in a temporary copy of the site,
 * the skeleton it writes builds in both locales (its diagram drawn by the build) and shows on
 * its own page, in the sidebar after the existing stories, the stories index and the principle
 * matrix; the same slug twice is refused.
 *
 * The same build (one all-locale build of a copy is the slowest thing the content tests do) also
 * proves two things about any story's text:
 * - front matter is text: markup in the new story's fields (title, description, facts, a
 *   principle's aspect) is shown as written and never becomes an element, a handler or a link;
 * - the locale drift check names the page whose Chinese diagram differs from its English one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { localeDrift } from '../support/localeDrift';
import { siteCopyWith } from '../support/siteCopy';

const STORY_FILE = 'docs/stories/demo.mdx';

const HOSTILE = {
  title: 'Demo <script>window.injected=1</script>',
  customer: '<img src=x onerror="window.injected=2">Demo',
  impact: '<a href="javascript:window.injected=3">300+ datasets</a>',
  aspect: '<svg onload="window.injected=4"></svg>tag-based access control',
  description: '"><script>window.injected=5</script>',
};

const yamlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The skeleton with markup in its front matter, and its diagram drawn differently in Chinese. */
function hostileAndDrifting(skeleton: string): string {
  const diagram = /```mermaid\n[\s\S]*?\n```/.exec(skeleton)![0];
  const changed = diagram.replace(/\[([^\]]+)\]/, '[$1, changed]');
  const edited = skeleton
    .replace(/^title: .*$/m, `title: ${yamlString(HOSTILE.title)}`)
    .replace(/^customer: .*$/m, `customer: ${yamlString(HOSTILE.customer)}`)
    .replace(/^impact: .*$/m, `impact: ${yamlString(HOSTILE.impact)}`)
    .replace(/^description: .*$/m, `description: ${yamlString(HOSTILE.description)}`)
    .replace(/^( {4}aspect: ).*$/m, `$1${yamlString(HOSTILE.aspect)}`)
    .replace(diagram, `<En>\n\n${diagram}\n\n</En>\n<Zh>\n\n${changed}\n\n</Zh>`);
  for (const [field, value] of Object.entries(HOSTILE)) expect(edited, field).toContain(yamlString(value));
  return edited;
}

describe('npm run new-story', () => {
  it('writes a story that builds and shows in both locales, and refuses its slug twice; its fields stay text; a drifted diagram is named', () => {
    const copy = siteCopyWith({}, { withScripts: true });
    try {
      const created = copy.npmRun('new-story', ['demo']);
      expect(created.status, created.stderr).toBe(0);
      const storyFile = path.join(copy.dir, STORY_FILE);
      const skeleton = readFileSync(storyFile, 'utf8');

      const again = copy.npmRun('new-story', ['demo']);
      expect(again.status).toBe(1);
      expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining(STORY_FILE)]);
      expect(readFileSync(storyFile, 'utf8')).toBe(skeleton);

      writeFileSync(storyFile, hostileAndDrifting(skeleton));
      const { status, output } = copy.build({}, { locale: 'all' });
      expect(status, output.slice(-2000)).toBe(0);

      for (const prefix of ['', '/zh-Hans']) {
        const page = (route: string) =>
          load(readFileSync(path.join(copy.dir, 'build', `${prefix}${route}.html`), 'utf8'));
        const storyUrl = `${prefix}/stories/demo`;

        const story = page('/stories/demo');
        expect(story('h1').text(), storyUrl).toBe(HOSTILE.title);
        expect(story('main').text(), storyUrl).toContain(HOSTILE.customer);
        expect(story('main').text(), storyUrl).toContain(HOSTILE.impact);
        expect(story('[data-diagram-svg] svg').length, `${storyUrl}: drawn diagram`).toBeGreaterThan(0);
        expect(
          story('details[data-star-section]')
            .map((_, el) => el.attribs['data-star-section'])
            .get(),
        ).toEqual(['situation', 'task', 'action', 'result']);
        const sidebarStories = story(`.theme-doc-sidebar-menu a[href^="${prefix}/stories/"]`)
          .map((_, el) => el.attribs.href)
          .get();
        expect(sidebarStories, `${storyUrl}: sidebar`).toEqual(
          ['huron-data-platform', 'capital-one-data-mesh', 'firstgroup-dynamodb-data-lake', 'demo'].map(
            (id) => `${prefix}/stories/${id}`,
          ),
        );

        expect(page('/stories')(`main a[href="${storyUrl}"]`).length, `${prefix}/stories`).toBeGreaterThan(0);
        const matrix = page('/leadership-principles');
        expect(
          matrix(`main table a[href^="${storyUrl}"]`).length,
          `${prefix}/leadership-principles matrix`,
        ).toBeGreaterThan(0);
        expect(matrix('main').text(), `${prefix}/leadership-principles`).toContain(HOSTILE.aspect);

        for (const route of ['/stories/demo', '/stories', '/leadership-principles', '/tags/aws/s3']) {
          const $ = page(route);
          const ran = $('script')
            .filter((_, element) => ($(element).html() ?? '').includes('window.injected'))
            .filter((_, element) => $(element).attr('type') !== 'application/ld+json');
          expect(ran.length, `${prefix}${route}: a script element from front matter`).toBe(0);
          expect(
            $('[onerror], [onload], a[href^="javascript:"]').length,
            `${prefix}${route}: a handler or script link`,
          ).toBe(0);
        }
      }
      const english = load(readFileSync(path.join(copy.dir, 'build', 'stories/demo.html'), 'utf8'));
      expect(english('meta[name="description"]').attr('content')).toBe(HOSTILE.description);

      const drift = localeDrift(path.join(copy.dir, 'build'));
      expect(drift, drift.join('\n')).toHaveLength(1);
      expect(drift[0]).toMatch(/^stories\/demo\.html: diagrams differ/);
    } finally {
      copy.remove();
    }
  }, 480_000);
});
