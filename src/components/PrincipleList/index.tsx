import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { storiesForPrinciple, tagsOf } from '@site/src/lib/story/catalog';
import { starPartLabel } from '@site/src/components/StarSection';
import styles from './styles.module.css';

/** The 16 Leadership Principles, each with the stories (and aspects) that show it. */
export default function PrincipleList(): ReactNode {
  const catalog = useStoryCatalog();
  return (
    <ol className={styles.list}>
      {tagsOf(catalog, 'principles').map((principle) => {
        const evidence = storiesForPrinciple(catalog, principle.id);
        return (
          <li key={principle.id} id={principle.id} className={styles.principle} data-principle={principle.id}>
            <h3 className={styles.name}>
              {/* A tag page exists only for principles some story carries. */}
              {evidence.length > 0 ? <Link to={principle.permalink}>{principle.label}</Link> : principle.label}
            </h3>
            <p className={styles.meaning}>{principle.description}</p>
            {evidence.length === 0 ? (
              <p className={styles.gap} data-to-prepare>
                <strong>
                  <Translate id="principles.toPrepare">To prepare</Translate>
                </strong>
                : <Translate id="principles.noStory">no story shows this principle yet.</Translate>
              </p>
            ) : (
              <ul className={styles.evidence}>
                {evidence.map(({ story, evidence: { aspect, section } }) => (
                  <li key={story.id}>
                    <Link to={`${story.slug}#${section}`}>{story.shortTitle}</Link>
                    {` (${starPartLabel(section)}): ${aspect}`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
