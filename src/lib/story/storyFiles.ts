/**
 * Which files are stories, and a story's place among the stories, from a file's path and text
 * (the disk itself is read by plugins/story-catalog/files.ts).
 */
import yaml from 'js-yaml';

const STORY_FILE = /[/\\]stories[/\\](?!index\.mdx?$)[^/\\]+\.mdx?$/;

/** A story page: an MDX or Markdown file in `stories/`, other than its index. */
export function isStoryFile(filePath: string): boolean {
  return STORY_FILE.test(filePath);
}

/** A story's `sidebar_position` (its place among the stories), if its front matter sets a number. */
export function sidebarPosition(mdx: string): number | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const { sidebar_position: position } = (yaml.load(frontMatter) ?? {}) as { sidebar_position?: unknown };
  return typeof position === 'number' ? position : undefined;
}
