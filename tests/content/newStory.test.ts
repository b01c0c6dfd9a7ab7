/**
 * `npm run new-story -- <slug>` is all it takes to add a story: in a temporary copy of the site,
 * the skeleton it writes builds in both locales (its diagram drawn by the build) and shows on
 * its own page, in the sidebar after the existing stories, the stories index and the principle
 * matrix; the same slug twice is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { siteCopyWith } from '../support/siteCopy';

const STORY_FILE = 'docs/stories/demo.mdx';

describe('npm run new-story', () => {
  it('writes a story that builds and shows in both locales, and refuses its slug twice', () => {
    const copy = siteCopyWith({}, { withScripts: true });
    try {
      const created = copy.npmRun('new-story', ['demo']);
      expect(created.status, created.stderr).toBe(0);
      const skeleton = readFileSync(path.join(copy.dir, STORY_FILE), 'utf8');

      const again = copy.npmRun('new-story', ['demo']);
      expect(again.status).toBe(1);
      expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining(STORY_FILE)]);
      expect(readFileSync(path.join(copy.dir, STORY_FILE), 'utf8')).toBe(skeleton);

      const { status, output } = copy.build({}, { locale: 'all' });
      expect(status, output.slice(-2000)).toBe(0);

      for (const prefix of ['', '/zh-Hans']) {
        const page = (route: string) =>
          load(readFileSync(path.join(copy.dir, 'build', `${prefix}${route}.html`), 'utf8'));
        const storyUrl = `${prefix}/stories/demo`;

        const story = page('/stories/demo');
        expect(story('h1').text(), storyUrl).toBe('Demo');
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
        const matrixLinks = page('/leadership-principles')(`main table a[href^="${storyUrl}"]`);
        expect(matrixLinks.length, `${prefix}/leadership-principles matrix`).toBeGreaterThan(0);
      }
    } finally {
      copy.remove();
    }
  }, 480_000);
});
