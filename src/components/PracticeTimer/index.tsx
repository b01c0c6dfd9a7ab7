import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Timer } from '@site/src/hooks/useTimer';
import {
  formatClock,
  STORY_TARGET,
  TARGET_MINUTES,
  warningSeconds,
  type TimerTarget,
} from '@site/src/lib/practice/timer';
import LabeledSelect from '@site/src/components/LabeledSelect';
import styles from './styles.module.css';

export interface Props {
  timer: Timer;
  /** Minutes, or the story's own estimate when `storySeconds` is given. */
  target: TimerTarget;
  /** A story's estimated spoken time, offered as a target of its own. */
  storySeconds?: number;
  onTargetChange: (target: TimerTarget) => void;
}

function toggleLabel(timer: Timer): string {
  if (timer.running) return translate({ id: 'practice.timer.pause', message: 'Pause' });
  return timer.elapsedSeconds > 0
    ? translate({ id: 'practice.timer.resume', message: 'Resume' })
    : translate({ id: 'practice.timer.start', message: 'Start' });
}

/** Elapsed time against the target, a start/pause button, the target choice and a spoken warning. */
export default function PracticeTimer({ timer, target, storySeconds, onTargetChange }: Props): ReactNode {
  // Disabled in the server's HTML and until hydrated: usable only once Space works too.
  const hydrated = useIsBrowser();
  return (
    <div className={clsx(styles.timer, styles[timer.phase])} data-timer-phase={timer.phase}>
      <span
        role="timer"
        className={styles.clock}
        aria-label={translate({ id: 'practice.timer.label', message: 'Elapsed time' })}>
        {`${formatClock(timer.elapsedSeconds)} / ${formatClock(timer.targetSeconds)}`}
      </span>
      <button
        type="button"
        className="button button--primary button--sm"
        onClick={timer.toggle}
        disabled={!hydrated || timer.phase === 'over'}>
        {toggleLabel(timer)}
      </button>
      <LabeledSelect
        label={translate({ id: 'practice.timer.target', message: 'Target' })}
        value={String(target)}
        disabled={timer.running}
        options={[
          ...(storySeconds === undefined
            ? []
            : [
                {
                  value: STORY_TARGET,
                  label: translate(
                    { id: 'practice.timer.story', message: 'Story’s spoken time ({time})' },
                    { time: formatClock(storySeconds) },
                  ),
                },
              ]),
          ...TARGET_MINUTES.map((minutes) => ({
            value: String(minutes),
            label: translate({ id: 'practice.timer.minutes', message: '{minutes} min' }, { minutes }),
          })),
        ]}
        onChange={(value) => onTargetChange(value === STORY_TARGET ? STORY_TARGET : Number(value))}
      />
      <span role="status" className={styles.status}>
        {timer.phase === 'warning' &&
          translate(
            { id: 'practice.timer.warning', message: 'Less than {seconds} seconds left' },
            { seconds: warningSeconds(timer.targetSeconds) },
          )}
        {timer.phase === 'over' && translate({ id: 'practice.timer.over', message: 'Time’s up' })}
      </span>
    </div>
  );
}
