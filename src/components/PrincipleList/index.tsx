import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { storiesForPrinciple, tagsOf } from '@site/src/lib/story/catalog';
import PrincipleEvidence from '@site/src/components/PrincipleEvidence';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

/** The 16 Leadership Principles, each with the stories (and aspects) that show it. */
export default function PrincipleList(): ReactNode {
  const catalog = useStoryCatalog();
  const principles = tagsOf(catalog, 'principles');
  return (
    <ol className={styles.list}>
      {principles.map((principle) => {
        const evidence = storiesForPrinciple(catalog, principle.id);
        return (
          <li key={principle.id} className={styles.principle} data-principle={principle.id}>
            {/* An anchor, as Markdown headings are: the table of contents lists it (plugins/toc-entries). */}
            <h3 id={principle.id} className={clsx('anchor', styles.name)}>
              {/* A tag page exists only for principles some story carries. */}
              {evidence.length > 0 ? <Link to={principle.permalink}>{principle.label}</Link> : principle.label}
            </h3>
            <p className={styles.meaning}>{principle.description}</p>
            {evidence.length === 0 ? (
              <ToPrepare block>
                <Translate id="toPrepare.principleHasNoStory">no story shows this principle yet.</Translate>
              </ToPrepare>
            ) : (
              <PrincipleEvidence evidence={evidence} className={styles.evidence} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
