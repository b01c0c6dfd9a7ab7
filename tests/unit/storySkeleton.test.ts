/**
 * The skeleton `npm run new-story` writes passes the story schema with the real tag
 * vocabulary, leaves every STAR part "to prepare" and has an accessible diagram that parses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  isStorySlug,
  nextSidebarPosition,
  storySkeleton,
  titleFromSlug,
  TRANSLATION_PLACEHOLDER,
  withStoryTranslation,
} from '../../scripts/lib/storySkeleton';
import { validateStoryFacts, vocabularyFromTagKeys } from '../../src/lib/story/schema';
import { readStoryText } from '../../plugins/story-catalog/storyText';
import { checkStory } from '../../src/lib/storyCheck/analysis';
import { STAR_PARTS } from '../../src/lib/story/starParts';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { mermaidBlocks } from '../../plugins/diagrams/cache';
import { parseMermaid } from '../support/mermaidParser';

const skeleton = storySkeleton('acme-data-lake', 4);
const frontMatter = yaml.load(/^---\n([\s\S]*?)\n---/.exec(skeleton)![1]) as Record<string, unknown>;

describe('story slugs', () => {
  it.each(['demo', 'acme-data-lake', 'project-2024'])('accepts %s', (slug) => {
    expect(isStorySlug(slug)).toBe(true);
  });

  it.each(['', 'Demo', 'acme_data', 'acme data', '-acme', 'acme-', 'acme--lake', '../acme', 'acme.mdx'])(
    'rejects %j',
    (slug) => {
      expect(isStorySlug(slug)).toBe(false);
    },
  );

  it('becomes a readable title', () => {
    expect(titleFromSlug('acme-data-lake')).toBe('Acme data lake');
  });
});

describe('next sidebar position', () => {
  it('comes after the highest existing one', () => {
    const story = (position: number) => `---\ntitle: T\nsidebar_position: ${position}\n---\n\nBody\n`;
    expect(nextSidebarPosition([story(1), story(3), story(2)])).toBe(4);
  });

  it('is 1 when there is no story or no position', () => {
    expect(nextSidebarPosition([])).toBe(1);
    expect(nextSidebarPosition(['---\ntitle: T\n---\n'])).toBe(1);
  });
});

describe('story skeleton', () => {
  it('has the page fields, with the slug and position given', () => {
    expect(frontMatter).toMatchObject({
      title: 'Acme data lake',
      sidebar_label: 'Acme data lake',
      sidebar_position: 4,
      slug: '/stories/acme-data-lake',
      description: 'STAR story: to prepare.',
    });
  });

  it('passes the story schema with the tags of docs/tags.yml', () => {
    const tags = yaml.load(readFileSync(path.join(__dirname, '../../docs/tags.yml'), 'utf8')) as object;
    const vocabulary = vocabularyFromTagKeys(Object.keys(tags));
    const facts = validateStoryFacts(frontMatter, vocabulary, 'acme-data-lake.mdx');
    expect([facts.customer, facts.industry, facts.impact]).toEqual(['To prepare', 'To prepare', 'To prepare.']);
    expect(facts.principles).toEqual([{ principle: 'deliver-results', aspect: 'to prepare', section: 'result' }]);
  });

  it('says its tag ids are placeholders to replace', () => {
    expect(skeleton).toContain('# Placeholders to replace: the tag ids below');
  });

  it('leaves the four STAR parts to prepare, in order, inside StarStory', () => {
    const text = readStoryText(path.join(__dirname, '../../docs/stories/acme-data-lake.mdx'), skeleton, 'en');
    expect(checkStory(text, []).unfinished).toEqual(STAR_PARTS);
    expect(STAR_PARTS.filter((part) => text[part].toPrepare)).toEqual(STAR_PARTS);
    expect(skeleton, 'draft is the deprecated name of toPrepare').not.toContain('draft=');
    expect(skeleton.indexOf('<StarStory>')).toBeLessThan(skeleton.indexOf('<StarSection'));
    expect(skeleton.lastIndexOf('</StarStory>')).toBeGreaterThan(skeleton.lastIndexOf('<StarSection'));
  });

  it('has one diagram that parses, with accTitle and accDescr', async () => {
    const blocks = mermaidBlocks('docs/stories/acme-data-lake.mdx', skeleton);
    expect(blocks).toHaveLength(1);
    expect(diagramAccessibility(blocks[0].source)).toBeDefined();
    await parseMermaid(blocks[0].source);
  }, 30_000); // the first parse loads Mermaid, slow on a busy machine
});

describe('the new story’s translation', () => {
  it('is added last to front-matter.json, leaving the rest of the file as it was', () => {
    const before = '{\n  "overview": {\n    "description": "概览"\n  }\n}\n';
    const after = withStoryTranslation(before, 'acme-data-lake');
    expect(after).toBe(
      '{\n  "overview": {\n    "description": "概览"\n  },\n  "stories/acme-data-lake": {\n    "description": "STAR 故事: 待准备。"\n  }\n}\n',
    );
    expect(JSON.parse(after)['stories/acme-data-lake']).toEqual(TRANSLATION_PLACEHOLDER);
  });

  it('starts an empty file, and refuses a story that already has one', () => {
    expect(JSON.parse(withStoryTranslation('{}\n', 'acme-data-lake'))).toEqual({
      'stories/acme-data-lake': TRANSLATION_PLACEHOLDER,
    });
    const withAcme = withStoryTranslation('{}\n', 'acme-data-lake');
    expect(() => withStoryTranslation(withAcme, 'acme-data-lake')).toThrow(/already has "stories\/acme-data-lake"/);
  });
});
