import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { usePracticeDeck } from '@site/src/hooks/usePracticeDeck';
import { useTimer } from '@site/src/hooks/useTimer';
import { usePracticeKeys } from '@site/src/hooks/usePracticeKeys';
import type { UpdateProgress } from '@site/src/hooks/usePracticeProgress';
import { markCard, setTarget, type PracticeProgress } from '@site/src/lib/practice/progress';
import { drawLoop, LOOP_ROUNDS, type LoopAnswer, type LoopRound } from '@site/src/lib/practice/mockLoop';
import { PRINCIPLE_QUESTIONS } from '@site/src/data/principleQuestions';
import CardPrompt from '@site/src/components/CardPrompt';
import LabeledSelect from '@site/src/components/LabeledSelect';
import LoopSummary from '@site/src/components/LoopSummary';
import PracticeBar from '@site/src/components/PracticeBar';
import PracticeTimer from '@site/src/components/PracticeTimer';
import PrincipleQuestion from '@site/src/components/PrincipleQuestion';
import styles from './styles.module.css';

export interface Props {
  progress: PracticeProgress;
  update: UpdateProgress;
}

/** Five timed rounds, each a principle question and a functional prompt, then a summary. */
export default function MockLoop({ progress, update }: Props): ReactNode {
  const { stories } = useStoryCatalog();
  const cards = usePracticeDeck();
  const [rounds, setRounds] = useState<LoopRound[] | null>(null);
  const [answers, setAnswers] = useState<LoopAnswer[]>([]);
  const [current, setCurrent] = useState(0);
  const timer = useTimer(progress.targets.round * 60);
  const round = rounds?.[current];
  const answer = answers[current];
  const roundTitle = useRef<HTMLHeadingElement>(null);

  // A new round takes the focus off the button that opened it, so Space starts its timer.
  useEffect(() => roundTitle.current?.focus(), [rounds, current]);

  const start = () => {
    setRounds(drawLoop(PRINCIPLE_QUESTIONS, cards, progress.marks, Math.random));
    setAnswers(Array.from({ length: LOOP_ROUNDS }, () => ({ storyId: null, mark: null })));
    setCurrent(0);
    timer.reset();
  };
  const record = (change: Partial<LoopAnswer>) =>
    setAnswers(answers.map((a, index) => (index === current ? { ...a, ...change } : a)));
  const nextRound = () => {
    if (!rounds) return;
    setCurrent((index) => Math.min(index + 1, rounds.length));
    timer.reset();
  };
  usePracticeKeys({ toggle: round ? timer.toggle : undefined, next: nextRound });

  return (
    <>
      <p>
        <Translate id="practice.loop.intro" values={{ rounds: LOOP_ROUNDS }}>
          {
            '{rounds} rounds, as in the onsite: each asks a Leadership Principle question and a functional question. Note the story you tell in each round; the summary shows any story told more than once.'
          }
        </Translate>
      </p>
      {round && answer ? (
        <div data-round={current + 1}>
          <h3 ref={roundTitle} tabIndex={-1}>
            <Translate id="practice.loop.round" values={{ round: current + 1, rounds: rounds.length }}>
              {'Round {round} of {rounds}'}
            </Translate>
          </h3>
          <h4>
            <Translate id="practice.loop.behavioural">Leadership Principle question</Translate>
          </h4>
          <PrincipleQuestion principle={round.principle} question={round.question} showHint={false} />
          <LabeledSelect
            label={translate({ id: 'practice.loop.storyTold', message: 'Story you told' })}
            value={answer.storyId ?? ''}
            options={[
              { value: '', label: translate({ id: 'practice.loop.noStory', message: 'None noted' }) },
              ...stories.map((s) => ({ value: s.id, label: s.shortTitle })),
            ]}
            onChange={(storyId) => record({ storyId: storyId || null })}
          />
          <h4 className={styles.functional}>
            <Translate id="practice.loop.functional">Functional question</Translate>
          </h4>
          <CardPrompt
            card={cards.find((card) => card.id === round.cardId)!}
            mark={answer.mark}
            onMark={(mark) => {
              record({ mark });
              update((p) => markCard(p, round.cardId, mark));
            }}
          />
          <PracticeBar>
            <PracticeTimer
              timer={timer}
              target={progress.targets.round}
              onTargetChange={(minutes) => update((p) => setTarget(p, 'round', Number(minutes)))}
            />
            <button type="button" className="button button--primary" onClick={nextRound}>
              {current + 1 < rounds.length
                ? translate({ id: 'practice.loop.next', message: 'Next round' })
                : translate({ id: 'practice.loop.finish', message: 'Finish the loop' })}
            </button>
          </PracticeBar>
        </div>
      ) : (
        rounds && <LoopSummary rounds={rounds} answers={answers} />
      )}
      {!round && (
        <button type="button" className="button button--primary" onClick={start}>
          {rounds
            ? translate({ id: 'practice.loop.again', message: 'Start another loop' })
            : translate({ id: 'practice.loop.start', message: 'Start the loop' })}
        </button>
      )}
    </>
  );
}
