import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { storiesForSkill, tagFor } from '@site/src/lib/story/catalog';
import styles from './styles.module.css';

export interface Props {
  /** Skill id from `tags.yml` (without the `skill-` prefix). */
  skill: string;
}

/** Next to a breadth item: the stories whose front matter claims this skill. */
export default function ShownIn({ skill }: Props): ReactNode {
  const catalog = useStoryCatalog();
  tagFor(catalog, 'skills', skill); // throws for an unknown skill id
  const stories = storiesForSkill(catalog, skill);
  if (stories.length === 0) return null;
  return (
    <p className={styles.shownIn} data-shown-in={skill}>
      <Translate id="shownIn.label">Shown in</Translate>:{' '}
      {stories.map((story, index) => (
        <React.Fragment key={story.id}>
          {index > 0 && ', '}
          <Link to={story.slug}>{story.facts.customer}</Link>
        </React.Fragment>
      ))}
    </p>
  );
}
