import React, { useId, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { historyByStory, type Rehearsal } from '@site/src/lib/practice/progress';
import { formatClock } from '@site/src/lib/practice/timer';
import styles from './styles.module.css';

export interface Props {
  rehearsals: readonly Rehearsal[];
}

/** How many of a story’s latest rehearsals the table lists. */
const RECENT = 5;

/** Per story: how often it was rehearsed, the latest ratings and their average. */
export default function RehearsalHistory({ rehearsals }: Props): ReactNode {
  const { stories } = useStoryCatalog();
  const history = historyByStory(
    rehearsals,
    stories.map((story) => story.id),
  );
  const caption = useId();
  // On a phone the table may be wider than the screen: it scrolls in its own region, named by its
  // caption and reachable by keyboard, not the page.
  return (
    <div className={styles.wrapper} role="region" aria-labelledby={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption id={caption}>
          <Translate id="practice.history.caption">Your rehearsals</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="practice.history.story">Story</Translate>
            </th>
            <th scope="col">
              <Translate id="practice.history.count">Times</Translate>
            </th>
            <th scope="col">
              <Translate id="practice.history.recent" values={{ count: RECENT }}>
                {'Last {count} (rating, time)'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="practice.history.average">Average</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry, index) => (
            <tr key={entry.storyId} data-history-story={entry.storyId}>
              <th scope="row">
                <Link to={stories[index].slug}>{stories[index].shortTitle}</Link>
              </th>
              <td>{entry.rehearsals.length}</td>
              <td>
                {entry.rehearsals
                  .slice(-RECENT)
                  .map((r) => `${r.rating}/5 (${formatClock(r.seconds)})`)
                  .join(', ')}
              </td>
              <td>{entry.average === null ? '—' : entry.average.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rehearsals.length === 0 && (
        <p>
          <Translate id="practice.history.empty">No rehearsal rated yet.</Translate>
        </p>
      )}
    </div>
  );
}
