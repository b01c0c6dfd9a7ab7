/**
 * The text `npm run new-story` writes: a story that passes the build's schema and says on every
 * placeholder that it is still to prepare, so nothing in it reads as a customer fact.
 */
import { sidebarPosition } from '../../src/lib/story/storyFiles';

/** Lowercase letters and digits in hyphen-separated words: the file name and the URL. */
export function isStorySlug(slug: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);
}

/** `acme-data-lake` → `Acme data lake`: a readable stand-in title until the author writes one. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One more than the highest `sidebar_position` among the given story files, so the new one comes last. */
export function nextSidebarPosition(storyTexts: readonly string[]): number {
  return Math.max(0, ...storyTexts.map((text) => sidebarPosition(text) ?? 0)) + 1;
}

/** The Chinese description a new story needs (the build requires one for every page). */
export const TRANSLATION_PLACEHOLDER = { description: 'STAR 故事: 待准备。' };

/**
 * `i18n/zh-Hans/front-matter.json` with the new story's entry added last, the file's other text
 * unchanged (as Prettier writes it).
 */
export function withStoryTranslation(translationsJson: string, slug: string): string {
  const id = `stories/${slug}`;
  const existing = JSON.parse(translationsJson) as Record<string, unknown>;
  if (id in existing) throw new Error(`i18n/zh-Hans/front-matter.json already has "${id}"`);
  const entry = JSON.stringify({ [id]: TRANSLATION_PLACEHOLDER }, null, 2).slice(1, -2);
  // Appended to the text as it is, so the file keeps its formatting.
  return translationsJson.replace(/\s*}\s*$/, `${Object.keys(existing).length ? ',' : ''}${entry}\n}\n`);
}

export function storySkeleton(slug: string, sidebarPosition: number): string {
  const title = titleFromSlug(slug);
  return `---
title: '${title}'
sidebar_label: '${title}'
sidebar_position: ${sidebarPosition}
slug: /stories/${slug}
description: 'STAR story: to prepare.'
customer: To prepare
industry: To prepare
impact: To prepare.
# Placeholders to replace: the tag ids below exist in docs/tags.yml only so that the skeleton builds.
services: [s3] # ids of aws-* tags in docs/tags.yml
principles:
  - principle: deliver-results # ids of lp-* tags
    aspect: to prepare
    section: result # situation | task | action | result
skills: [data-lake] # ids of skill-* tags
---

<StarStory>

{/* Each part is "to prepare" until written: replace it with
    <StarSection part="situation">…</StarSection>, or keep toPrepare="…" with the unfinished text. */}

<StarSection part="situation" toPrepare="…" />

{/* Placeholder diagram, after the Situation so that the story's text starts on the first
    screen: draw the story's architecture, link each node to its tag or breadth page
    (e.g. click NODE href "/tags/aws/s3"), then run npm run diagrams. */}

\`\`\`mermaid
flowchart LR
  accTitle: ${title} architecture, to prepare
  accDescr: Placeholder diagram until the story's architecture is drawn: a source flows to a target.

  SOURCE[Source, to prepare] --> TARGET[Target, to prepare]
\`\`\`

<StarSection part="task" toPrepare="…" />

<StarSection part="action" toPrepare="…" />

<StarSection part="result" toPrepare="…" />

</StarStory>
`;
}
