import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { GuideData } from '@site/src/lib/guide/toPrepare';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import styles from './styles.module.css';

/** Every "to prepare" mark of the pages, in guide order, each linked to where it is (plugins/guide). */
export default function ToPrepareList(): ReactNode {
  const { toPrepare } = usePluginData('guide') as GuideData;
  if (toPrepare.length === 0)
    return (
      <p>
        <Translate id="toPrepare.allWritten">Every part of the guide is written.</Translate>
      </p>
    );
  return (
    <ol className={styles.list} data-to-prepare-list>
      {toPrepare.map((spot) => (
        <li key={spot.link}>
          <Link to={spot.link}>
            {spot.title}
            {spot.part && `, ${starPartLabel(spot.part)}`}
          </Link>
          {': '}
          {spot.part ? (
            <Translate id="toPrepare.draftStopsAt" values={{ draft: `“${spot.text}”` }}>
              {'The guide’s draft stops at {draft}.'}
            </Translate>
          ) : (
            spot.text
          )}
        </li>
      ))}
    </ol>
  );
}
