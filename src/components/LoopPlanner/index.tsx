import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor, tagsOf } from '@site/src/lib/story/catalog';
import { planLoop } from '@site/src/lib/principles/loopPlan';
import { starPartLabel } from '@site/src/components/StarSection';
import styles from './styles.module.css';

export interface Props {
  /** The principle asked in each round, before the reader changes them. */
  defaultRounds: string[];
}

/** Picks a principle per round and proposes the story to tell, reusing stories as little as possible. */
export default function LoopPlanner({ defaultRounds }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const principles = tagsOf(catalog, 'principles');
  const [rounds, setRounds] = useState(defaultRounds);
  const plan = planLoop(
    rounds,
    catalog.stories.map((story) => ({ id: story.id, principles: story.facts.principles })),
  );
  const storyOf = (id: string) => catalog.stories.find((story) => story.id === id)!;

  return (
    <ol className={styles.rounds} data-loop-plan>
      {plan.map((round, index) => {
        const story = round.storyId ? storyOf(round.storyId) : null;
        return (
          <li key={round.round} className={styles.round} data-round={round.round}>
            <label className={styles.pick}>
              <span>
                <Translate id="loop.round" values={{ round: round.round }}>
                  {'Round {round}'}
                </Translate>
              </span>
              <select
                value={round.principle}
                onChange={(event) => setRounds(rounds.map((p, i) => (i === index ? event.target.value : p)))}>
                {principles.map((principle) => (
                  <option key={principle.id} value={principle.id}>
                    {principle.label}
                  </option>
                ))}
              </select>
            </label>
            {story ? (
              <p className={styles.answer}>
                <Link to={`${story.slug}#${round.section}`}>{story.shortTitle}</Link>
                {` (${starPartLabel(round.section!)}): ${round.aspect}`}
                {round.reusedFrom.length > 0 && (
                  <span className={styles.reuse} data-reuse>
                    {' '}
                    <Translate id="loop.reuse" values={{ rounds: round.reusedFrom.join(', ') }}>
                      {
                        'Same story as round {rounds}: say so frankly ("I am using the same story, but from a different aspect") and tell this aspect.'
                      }
                    </Translate>
                  </span>
                )}
              </p>
            ) : (
              <p className={styles.gap} data-to-prepare>
                <Translate id="loop.gap" values={{ principle: tagFor(catalog, 'principles', round.principle).label }}>
                  {'No story shows {principle} yet: prepare one.'}
                </Translate>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
