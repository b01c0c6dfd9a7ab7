/**
 * `npm run new-story -- <slug>`: writes docs/stories/<slug>.mdx, a skeleton story that builds.
 * Paths are relative to the working directory, so tests can run it inside a copy of the site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { storyFiles } from '../plugins/story-catalog/files.ts';
import { isStorySlug, nextSidebarPosition, storySkeleton, withStoryTranslation } from './lib/storySkeleton.ts';

const slug = process.argv[2] ?? '';
const docsDir = 'docs';

if (!isStorySlug(slug)) {
  console.error(`usage: npm run new-story -- <slug>, in lowercase letters, digits and hyphens (got "${slug}").`);
  process.exit(1);
}
if (!existsSync(path.join(docsDir, 'stories'))) {
  console.error(`${path.join(docsDir, 'stories')} not found: run this from the site's root folder.`);
  process.exit(1);
}
// `.md` too: a page of either extension already owns the slug (index.mdx included).
const existing = ['.mdx', '.md'].map((ext) => path.join(docsDir, 'stories', slug + ext)).find(existsSync);
if (existing) {
  console.error(`${existing} already exists: choose another slug.`);
  process.exit(1);
}

const file = path.join(docsDir, 'stories', `${slug}.mdx`);
const position = nextSidebarPosition(storyFiles(docsDir).map((story) => readFileSync(story, 'utf8')));
writeFileSync(file, storySkeleton(slug, position), { flag: 'wx' });
// Every page has a Chinese description; the build fails on a page without one.
const translations = path.join('i18n', 'zh-Hans', 'front-matter.json');
writeFileSync(translations, withStoryTranslation(readFileSync(translations, 'utf8'), slug));
console.log(
  `wrote ${file}: fill in its front matter and STAR sections, then run npm run diagrams; its Chinese title and description go in ${translations}.`,
);
