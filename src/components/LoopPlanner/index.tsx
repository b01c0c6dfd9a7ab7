import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import LabeledSelect from '@site/src/components/LabeledSelect';
import ToPrepare from '@site/src/components/ToPrepare';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor, tagsOf } from '@site/src/lib/story/catalog';
import { planLoop } from '@site/src/lib/principles/loopPlan';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
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
            <LabeledSelect
              label={translate({ id: 'loop.round', message: 'Round {round}' }, { round: round.round })}
              value={round.principle}
              options={principles.map((principle) => ({ value: principle.id, label: principle.label }))}
              onChange={(value) => setRounds(rounds.map((p, i) => (i === index ? value : p)))}
            />
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
              <ToPrepare block badge={false}>
                <Translate
                  id="toPrepare.noStoryForPrinciple"
                  values={{ principle: tagFor(catalog, 'principles', round.principle).label }}>
                  {'No story shows {principle} yet: prepare one.'}
                </Translate>
              </ToPrepare>
            )}
          </li>
        );
      })}
    </ol>
  );
}
