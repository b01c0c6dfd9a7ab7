/**
 * The author's loop, in a temporary copy of the site: ordinary edits to the pages (an outline item
 * added, a number added to a Result, a sentence changed, a Chinese note with its English, a
 * "to prepare" part of a new story written), then `npm run guide`, and every view follows: the author's guide shows
 * each edit in the author's words, the pages hold every block of their sources, the deck has the
 * new card, the story check and the "to prepare" list change.
 *
 * `npm run new-story -- <slug>` is all it takes to add a story: the skeleton it writes builds in
 * both locales (its diagram drawn by the build) and shows on its own page, in the sidebar after
 * the existing stories, the stories index and the principle matrix; the same slug twice is refused.
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
import { guidePages } from '../../plugins/guide/pages';
import { toPrepareSpots } from '../../src/lib/guide/toPrepare';
import type { StoryCatalog } from '../../src/lib/story/catalog';
import { DIAGRAM_SVG, STAR_SECTION, STAR_SECTION_ATTRIBUTE } from '../../src/lib/pageMarkers';
import { builtPages, fidelityProblems } from '../support/fidelity';
import { localeDrift } from '../support/localeDrift';
import { siteCopyWith } from '../support/siteCopy';
import { byFile, chineseNote, newOutlineItem, resultWords, situationWords } from '../support/authorEdits';

const siteDir = path.resolve(__dirname, '../..');

/** Ordinary edits, found by what the pages hold (tests/support/authorEdits.ts). */
const OUTLINE_ITEM = newOutlineItem(siteDir, 'Ansible Playbooks');
const RESULT = resultWords(siteDir, 'It served 42 teams.');
const AUTHOR_EDITS = [
  OUTLINE_ITEM,
  RESULT,
  situationWords(siteDir, 'The author edited this sentence.'),
  chineseNote(siteDir, 'The loop takes one day.', '整个流程需要一天.'),
];

const STORY_FILE = 'docs/stories/demo.mdx';
const WRITTEN_TASK = '<StarSection part="task">\n\nI am the architect of the demo.\n\n</StarSection>';

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
  it('after author edits and npm run guide, every view follows; a new story builds and shows; its fields stay text; a drifted diagram is named', () => {
    const copy = siteCopyWith(byFile(AUTHOR_EDITS), { withScripts: true });
    try {
      const created = copy.npmRun('new-story', ['demo']);
      expect(created.status, created.stderr).toBe(0);
      const storyFile = path.join(copy.dir, STORY_FILE);
      const skeleton = readFileSync(storyFile, 'utf8');

      const again = copy.npmRun('new-story', ['demo']);
      expect(again.status).toBe(1);
      expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining(STORY_FILE)]);
      expect(readFileSync(storyFile, 'utf8')).toBe(skeleton);

      // The new story's Task written: a part to prepare, filled in.
      writeFileSync(
        storyFile,
        hostileAndDrifting(skeleton).replace(/<StarSection part="task" toPrepare="[^"]*" \/>/, WRITTEN_TASK),
      );
      const guide = copy.npmRun('guide', []);
      expect(guide.status, guide.stderr).toBe(0);
      const written = readFileSync(path.join(copy.dir, 'source/prep-guide.rst'), 'utf8');
      for (const { guideLine } of [...AUTHOR_EDITS, { guideLine: 'I am the architect of the demo.' }])
        expect(written).toContain(guideLine);
      expect(written, 'the English of a Chinese note is the site’s').not.toContain('The loop takes one day.');
      expect(written).toContain(HOSTILE.title);
      expect(copy.npmRun('guide:check', []).status).toBe(0);

      const { status, output } = copy.build({}, { locale: 'all' });
      expect(status, output.slice(-2000)).toBe(0);
      expectEveryViewFollows(copy.dir);

      for (const prefix of ['', '/zh-Hans']) {
        const page = (route: string) =>
          load(readFileSync(path.join(copy.dir, 'build', `${prefix}${route}.html`), 'utf8'));
        const storyUrl = `${prefix}/stories/demo`;

        const story = page('/stories/demo');
        expect(story('h1').text(), storyUrl).toBe(HOSTILE.title);
        expect(story('main').text(), storyUrl).toContain(HOSTILE.customer);
        expect(story('main').text(), storyUrl).toContain(HOSTILE.impact);
        expect(story(`${DIAGRAM_SVG} svg`).length, `${storyUrl}: drawn diagram`).toBeGreaterThan(0);
        expect(
          story(STAR_SECTION)
            .map((_, el) => el.attribs[STAR_SECTION_ATTRIBUTE])
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

/** After the author's edits: each page holds its source, and the deck, story check and "to prepare" list changed. */
function expectEveryViewFollows(copyDir: string): void {
  for (const locale of ['en', 'zh-Hans'] as const) {
    const pages = guidePages(copyDir, locale);
    expect(fidelityProblems(pages, builtPages(path.join(copyDir, 'build'), locale)), locale).toEqual([]);
  }
  const before = guidePages(siteDir, 'zh-Hans');
  const after = guidePages(copyDir, 'zh-Hans');
  // What the views were given, for the locale built last (Chinese): the deck and the story catalog.
  const generated = (file: string) => JSON.parse(readFileSync(path.join(copyDir, '.docusaurus', file), 'utf8'));
  const deck = generated('practice-deck/default/practice-deck.json') as { cards: Array<{ text: string }> };
  const outlineItems = (pages: typeof before) =>
    pages.filter((p) => p.outline).flatMap((p) => p.blocks.filter((b) => b.kind === 'list-item' && !b.site && b.text));
  expect(outlineItems(after)).toHaveLength(outlineItems(before).length + 1);
  expect(deck.cards.map((card) => card.text)).toEqual(outlineItems(after).map((block) => block.text));
  expect(deck.cards.map((card) => card.text)).toContain('Ansible Playbooks');

  const catalog = generated('globalData.json')['story-catalog'].default as StoryCatalog;
  const check = (id: string) => catalog.stories.find((story) => story.id === id)!.check;
  expect(check('demo').unfinished).toEqual(['situation', 'action', 'result']);
  expect(check(RESULT.story).measures).toContain('42 teams');

  const spots = toPrepareSpots(guidePages(copyDir, 'en')).map((spot) => spot.link);
  expect(spots).toContain('/stories/demo#situation');
  expect(spots).not.toContain('/stories/demo#task');
  const list = load(readFileSync(path.join(copyDir, 'build/to-prepare.html'), 'utf8'));
  expect(
    list('[data-to-prepare-list] a')
      .map((_, a) => a.attribs.href)
      .get(),
  ).toEqual(spots);
}
