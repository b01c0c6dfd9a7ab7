/**
 * The story catalog shared with the browser through global data, and the pure queries the
 * pages run on it (who shows a principle, which stories are related, ...).
 */
import { TAG_PREFIX, type StoryFacts, type StoryPrinciple } from './schema';
import type { StoryCheck } from '../storyCheck/analysis';

export interface TagInfo {
  key: string;
  label: string;
  description: string;
  /** Route of the tag page, relative to the site root, e.g. `/tags/aws/glue`. */
  permalink: string;
}

export interface StorySummary {
  /** File name without extension, stable across locales. */
  id: string;
  slug: string;
  title: string;
  shortTitle: string;
  facts: StoryFacts;
  /** What an interviewer listens for, measured on the text this locale shows. */
  check: StoryCheck;
}

export interface StoryCatalog {
  stories: StorySummary[];
  tags: Record<string, TagInfo>;
}

export type Vocabulary = keyof typeof TAG_PREFIX;

/** The tags of one vocabulary, in `tags.yml` order, without their prefix as `id`. */
export function tagsOf(catalog: StoryCatalog, vocabulary: Vocabulary): Array<TagInfo & { id: string }> {
  const prefix = TAG_PREFIX[vocabulary];
  return Object.values(catalog.tags)
    .filter((tag) => tag.key.startsWith(prefix))
    .map((tag) => ({ ...tag, id: tag.key.slice(prefix.length) }));
}

export function tagFor(catalog: StoryCatalog, vocabulary: Vocabulary, id: string): TagInfo {
  const tag = catalog.tags[TAG_PREFIX[vocabulary] + id];
  if (!tag) throw new Error(`Unknown ${vocabulary} tag "${id}"`);
  return tag;
}

export interface PrincipleEvidence {
  story: StorySummary;
  evidence: StoryPrinciple;
}

export function storiesForPrinciple(catalog: StoryCatalog, principle: string): PrincipleEvidence[] {
  return catalog.stories.flatMap((story) =>
    story.facts.principles.filter((p) => p.principle === principle).map((evidence) => ({ story, evidence })),
  );
}

export function storiesForSkill(catalog: StoryCatalog, skill: string): StorySummary[] {
  return catalog.stories.filter((story) => story.facts.skills.includes(skill));
}

/** Other stories sharing a service or principle with `story`, most shared first. */
export function relatedStories(
  catalog: StoryCatalog,
  story: StorySummary,
): Array<{ story: StorySummary; shared: string[] }> {
  const sharable = (facts: StoryFacts) => [
    ...facts.services.map((id) => TAG_PREFIX.services + id),
    ...facts.principles.map((p) => TAG_PREFIX.principles + p.principle),
  ];
  const mine = new Set(sharable(story.facts));
  return catalog.stories
    .filter((other) => other.id !== story.id)
    .map((other) => ({ story: other, shared: sharable(other.facts).filter((key) => mine.has(key)) }))
    .filter((entry) => entry.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length);
}
