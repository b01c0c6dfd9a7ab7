/**
 * Reads every story's validated front matter, its story check (src/lib/storyCheck) and
 * `tags.yml` once per build and publishes them as global data, so principle pages, cards, the
 * readiness table and practice mode never repeat a fact.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { parseFrontMatter } from '../front-matter';
import type { SiteLocale } from '../localized-text/locales';
import type { StoryCatalog, StorySummary } from '../../src/lib/story/catalog';
import type { StoryFacts } from '../../src/lib/story/schema';
import { loadTags, storyFiles } from './files';
import { Resvg } from '@resvg/resvg-js';
import { socialCardSvg, storyCardPath, type SocialCard } from '../../src/lib/socialCard';
import { checkStory } from '../../src/lib/storyCheck/analysis';
import { readStoryText } from './storyText';
import { GUIDE_TITLE } from '../../src/lib/guide/sections';

/** Writes a link-preview card as PNG: previews need a raster image. */
function writeCard(outDir: string, file: string, card: SocialCard): void {
  const png = new Resvg(socialCardSvg(card), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), png);
}

async function readStory(docsFile: string, locale: SiteLocale): Promise<StorySummary & { position: number }> {
  const fileContent = readFileSync(docsFile, 'utf8');
  // The site's own hook: the same parsing, translation, validation and errors as the page.
  const { frontMatter } = await parseFrontMatter({
    filePath: docsFile,
    fileContent,
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
  const fm = frontMatter as Record<string, unknown> & StoryFacts;
  return {
    id: path.basename(docsFile).replace(/\.mdx?$/, ''),
    slug: String(fm.slug),
    title: String(fm.title),
    shortTitle: String(fm.sidebar_label ?? fm.title),
    facts: {
      customer: fm.customer,
      industry: fm.industry,
      impact: fm.impact,
      services: fm.services,
      principles: fm.principles,
      skills: fm.skills,
    },
    check: checkStory(
      readStoryText(docsFile, fileContent, locale),
      fm.principles.map((p) => p.principle),
    ),
    position: Number(fm.sidebar_position),
  };
}

/** Every story's facts and check, and the tags, read from disk. */
async function loadCatalog(docsDir: string, locale: SiteLocale): Promise<StoryCatalog> {
  const tags = Object.fromEntries(
    Object.entries(loadTags(docsDir)).map(([key, tag]) => [key, { key, ...tag, permalink: `/tags${tag.permalink}` }]),
  );
  const stories = await Promise.all(storyFiles(docsDir).map((file) => readStory(file, locale)));
  stories.sort((a, b) => a.position - b.position);
  return { stories: stories.map(({ position: _position, ...story }) => story), tags };
}

export default function storyCatalogPlugin(context: LoadContext): Plugin<unknown> {
  const docsDir = path.join(context.siteDir, 'docs');
  let catalog: StoryCatalog | undefined;
  return {
    name: 'story-catalog',
    // Read again after any plugin reloads, not on a watcher of its own: the dev server reloads
    // plugins that watch the same file side by side, and the last to finish wins (stale data).
    // The docs plugin watches every page and tags.yml; this runs after it.
    async allContentLoaded({ actions }) {
      catalog = await loadCatalog(docsDir, context.i18n.currentLocale as SiteLocale);
      actions.setGlobalData(catalog);
    },
    // Link previews: one card for the site, one per story.
    async postBuild({ outDir, siteConfig }) {
      if (!catalog) throw new Error('story-catalog: postBuild ran before the catalog was loaded');
      writeCard(outDir, 'img/social-card.png', {
        eyebrow: siteConfig.title,
        title: GUIDE_TITLE,
        subtitle: 'Onsite interview prep',
        body: siteConfig.tagline,
      });
      for (const story of catalog.stories) {
        writeCard(outDir, storyCardPath(story.id), {
          eyebrow: 'STAR story',
          title: story.title,
          subtitle: story.facts.customer,
          body: story.facts.impact,
        });
      }
    },
  };
}
