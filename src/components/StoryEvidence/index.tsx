import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { relatedStories, tagFor } from '@site/src/lib/story/catalog';
import styles from './styles.module.css';

export interface Props {
  storyId: string;
}

/** "Skills this story proves" and "Related stories", derived from the catalog. */
export default function StoryEvidence({ storyId }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const story = catalog.stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`Story "${storyId}" is missing from the story catalog`);
  const related = relatedStories(catalog, story);
  return (
    <footer className={styles.evidence} data-print="hide">
      <h2 id="skills-proven">
        <Translate id="story.skillsProven">Skills this story proves</Translate>
      </h2>
      <ul>
        {story.facts.skills.map((id) => {
          const tag = tagFor(catalog, 'skills', id);
          return (
            <li key={id}>
              <Link to={tag.permalink}>{tag.label}</Link>: {tag.description}
            </li>
          );
        })}
      </ul>
      <h2 id="related-stories">
        <Translate id="story.related">Related stories</Translate>
      </h2>
      {related.length === 0 ? (
        <p>
          <Translate id="story.noRelated">No other story shares a service or principle with this one.</Translate>
        </p>
      ) : (
        <ul>
          {related.map(({ story: other, shared }) => (
            <li key={other.id}>
              <Link to={other.slug}>{other.title}</Link>{' '}
              <span className={styles.shared}>
                (<Translate id="story.shares">shares</Translate>:{' '}
                {shared.map((key) => catalog.tags[key].label).join(', ')})
              </span>
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
