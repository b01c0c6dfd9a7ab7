import React, { useEffect, useRef, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { usePracticeDeck } from '@site/src/hooks/usePracticeDeck';
import { cardLink } from '@site/src/lib/practice/deck';
import { summarizeLoop, type LoopAnswer, type LoopRound } from '@site/src/lib/practice/mockLoop';
import styles from './styles.module.css';

export interface Props {
  rounds: readonly LoopRound[];
  answers: readonly LoopAnswer[];
}

/** After the loop: the stories told more than once, against the guide's tip, and the shaky prompts. */
export default function LoopSummary({ rounds, answers }: Props): ReactNode {
  const { stories } = useStoryCatalog();
  const cards = usePracticeDeck();
  const { reused, shaky } = summarizeLoop(rounds, answers);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div className={styles.summary} data-loop-summary>
      <h3 ref={title} tabIndex={-1}>
        <Translate id="practice.loop.summary">Summary</Translate>
      </h3>
      <h4>
        <Translate id="practice.loop.reusedTitle">Stories told more than once</Translate>
      </h4>
      {reused.length === 0 ? (
        <p>
          <Translate id="practice.loop.noReuse">None: no story was told twice.</Translate>
        </p>
      ) : (
        <>
          <ul data-reused>
            {reused.map(({ storyId, rounds: told }) => {
              const story = stories.find((s) => s.id === storyId)!;
              return (
                <li key={storyId}>
                  <Link to={story.slug}>{story.shortTitle}</Link>
                  {': '}
                  <Translate id="practice.loop.reusedRounds" values={{ rounds: told.join(', ') }}>
                    {'rounds {rounds}'}
                  </Translate>
                </li>
              );
            })}
          </ul>
          <p className={styles.tip}>
            <Translate id="practice.loop.tip">
              The guide’s tip: don’t use the same story twice; if you have to, say so frankly and tell it from a
              different aspect.
            </Translate>{' '}
            <Link to="/overview#leadership-principle-tips">
              <Translate id="practice.loop.tipLink">Leadership Principle tips</Translate>
            </Link>
          </p>
        </>
      )}
      <h4>
        <Translate id="practice.loop.shakyTitle">Shaky topics</Translate>
      </h4>
      {shaky.length === 0 ? (
        <p>
          <Translate id="practice.loop.noShaky">None marked shaky.</Translate>
        </p>
      ) : (
        <ul data-shaky>
          {shaky.map((id) => {
            const card = cards.find((c) => c.id === id)!;
            return (
              <li key={id}>
                <Link to={cardLink(card)}>{card.text}</Link> ({card.path.join(' › ')})
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
