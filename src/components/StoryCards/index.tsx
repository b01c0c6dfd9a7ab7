import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor } from '@site/src/lib/story/catalog';
import { STAR_PARTS } from '@site/src/lib/story/starParts';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

/** One card per story: customer, impact, principles and which STAR parts are written. */
export default function StoryCards(): ReactNode {
  const catalog = useStoryCatalog();
  return (
    <ul className={styles.cards}>
      {catalog.stories.map((story) => (
        <li key={story.id} className={styles.card}>
          <h2 className={styles.title}>
            <Link to={story.slug}>{story.title}</Link>
          </h2>
          <p className={styles.customer}>
            {story.facts.customer} · {story.facts.industry}
          </p>
          <p>{story.facts.impact}</p>
          <p className={styles.principles}>
            <Translate id="storyCards.principles">Principles</Translate>:{' '}
            {story.facts.principles.map((p) => tagFor(catalog, 'principles', p.principle).label).join(', ')}
          </p>
          <ul
            className={styles.parts}
            aria-label={translate({ id: 'storyCards.completeness', message: 'STAR completeness' })}>
            {STAR_PARTS.map((part) =>
              story.check.unfinished.includes(part) ? (
                <li key={part}>
                  {starPartLabel(part)}: <ToPrepare />
                </li>
              ) : (
                <li key={part} className={styles.written}>
                  {starPartLabel(part)}: <Translate id="storyCards.written">written</Translate>
                </li>
              ),
            )}
          </ul>
        </li>
      ))}
    </ul>
  );
}
