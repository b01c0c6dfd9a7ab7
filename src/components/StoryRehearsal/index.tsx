import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { useStarParts } from '@site/src/hooks/useStarParts';
import { useTimer } from '@site/src/hooks/useTimer';
import { usePracticeKeys } from '@site/src/hooks/usePracticeKeys';
import type { UpdateProgress } from '@site/src/hooks/usePracticeProgress';
import { STAR_PARTS } from '@site/src/lib/story/starParts';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import { addRehearsal, RATINGS, setTarget, type PracticeProgress } from '@site/src/lib/practice/progress';
import { formatClock, targetSeconds } from '@site/src/lib/practice/timer';
import { pickOne } from '@site/src/lib/practice/random';
import LabeledSelect from '@site/src/components/LabeledSelect';
import PracticeBar from '@site/src/components/PracticeBar';
import PracticeTimer from '@site/src/components/PracticeTimer';
import RehearsalHistory from '@site/src/components/RehearsalHistory';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

export interface Props {
  progress: PracticeProgress;
  update: UpdateProgress;
}

/** The told time against the story's estimated spoken time, in a sentence. */
function versusEstimate(toldSeconds: number, estimateSeconds: number): string {
  const gap = Math.round(Math.floor(toldSeconds) - estimateSeconds);
  const values = { estimate: formatClock(estimateSeconds), gap: formatClock(Math.abs(gap)) };
  if (gap === 0)
    return translate(
      { id: 'practice.story.onEstimate', message: 'Right on the story’s estimated {estimate}.' },
      values,
    );
  return gap < 0
    ? translate(
        { id: 'practice.story.underEstimate', message: '{gap} under the story’s estimated {estimate}.' },
        values,
      )
    : translate({ id: 'practice.story.overEstimate', message: '{gap} over the story’s estimated {estimate}.' }, values);
}

/** Tell a story against the clock, reveal its STAR parts one by one, then rate yourself. */
export default function StoryRehearsal({ progress, update }: Props): ReactNode {
  const { stories } = useStoryCatalog();
  const [storyId, setStoryId] = useState(stories[0].id);
  const [revealed, setRevealed] = useState(0);
  const [rating, setRating] = useState<number | null>(null);
  const story = stories.find((s) => s.id === storyId)!;
  const parts = useStarParts(story.slug);
  const timer = useTimer(targetSeconds(progress.targets.rehearsal, story.check.rehearsalSeconds));
  const ready = typeof parts === 'object';
  const done = revealed === STAR_PARTS.length;

  const choose = (id: string) => {
    setStoryId(id);
    setRevealed(0);
    setRating(null);
    timer.reset();
  };
  const revealNext = () => {
    if (ready) setRevealed((count) => Math.min(count + 1, STAR_PARTS.length));
  };
  const rate = (value: number) => {
    if (!done || rating !== null) return;
    timer.pause();
    setRating(value);
    update((p) => addRehearsal(p, { storyId, rating: value, seconds: Math.floor(timer.elapsedSeconds) }));
  };
  usePracticeKeys({ toggle: timer.toggle, next: revealNext, rate });

  return (
    <>
      <p>
        <Translate id="practice.story.intro">
          Tell the story aloud against the clock, revealing Situation, Task, Action and Result one at a time to check
          yourself, then rate how it went.
        </Translate>
      </p>
      <div className={styles.controls}>
        <LabeledSelect
          label={translate({ id: 'practice.story.pick', message: 'Story' })}
          value={storyId}
          options={stories.map((s) => ({ value: s.id, label: s.shortTitle }))}
          onChange={choose}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() =>
            choose(
              pickOne(
                stories.filter((s) => s.id !== storyId),
                Math.random,
              ).id,
            )
          }>
          <Translate id="practice.story.surprise">Surprise me</Translate>
        </button>
      </div>
      {parts === 'error' && (
        <p role="alert">
          <Translate id="practice.story.loadError">The story text could not be loaded.</Translate>{' '}
          <Link to={story.slug}>
            <Translate id="practice.story.readOnPage">Read it on its page</Translate>
          </Link>
        </p>
      )}
      <div className={styles.rehearsal}>
        {ready &&
          STAR_PARTS.slice(0, revealed).map((part) => (
            <section key={part} className={styles.part} data-practice-part={part}>
              <h3 className={styles.partTitle}>
                {starPartLabel(part)}
                {story.check.unfinished.includes(part) && <ToPrepare />}
              </h3>
              <div className={styles.text} dangerouslySetInnerHTML={{ __html: parts[part] }} />
            </section>
          ))}
        <PracticeBar>
          <PracticeTimer
            timer={timer}
            target={progress.targets.rehearsal}
            storySeconds={story.check.rehearsalSeconds}
            onTargetChange={(target) => update((p) => setTarget(p, 'rehearsal', target))}
          />
          {!done && parts !== 'error' && (
            <button type="button" className="button button--primary" onClick={revealNext} disabled={!ready}>
              {ready
                ? translate(
                    { id: 'practice.story.reveal', message: 'Reveal {part}' },
                    { part: starPartLabel(STAR_PARTS[revealed]) },
                  )
                : translate({ id: 'practice.story.loading', message: 'Loading the story…' })}
            </button>
          )}
          {done && rating === null && (
            <fieldset className={styles.rating}>
              <legend>
                <Translate id="practice.story.rate">How well did you tell it?</Translate>
              </legend>
              {RATINGS.map((value) => (
                <button
                  key={value}
                  type="button"
                  className="button button--secondary"
                  aria-label={translate(
                    { id: 'practice.story.rating', message: '{rating} out of 5' },
                    { rating: value },
                  )}
                  onClick={() => rate(value)}>
                  {value}
                </button>
              ))}
            </fieldset>
          )}
          <p role="status" className={styles.saved}>
            {rating !== null && (
              <>
                {translate(
                  { id: 'practice.story.saved', message: 'Saved: {rating} out of 5, told in {time}.' },
                  { rating, time: formatClock(timer.elapsedSeconds) },
                )}{' '}
                <span data-versus-estimate>{versusEstimate(timer.elapsedSeconds, story.check.rehearsalSeconds)}</span>
              </>
            )}
          </p>
          {rating !== null && (
            <button type="button" className="button button--secondary" onClick={() => choose(storyId)}>
              <Translate id="practice.story.again">Rehearse again</Translate>
            </button>
          )}
        </PracticeBar>
      </div>
      <RehearsalHistory rehearsals={progress.rehearsals} />
    </>
  );
}
