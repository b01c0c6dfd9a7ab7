import React, { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePracticeProgress } from '@site/src/hooks/usePracticeProgress';
import StoryRehearsal from '@site/src/components/StoryRehearsal';
import PrincipleDrill from '@site/src/components/PrincipleDrill';
import FlashCards from '@site/src/components/FlashCards';
import MockLoop from '@site/src/components/MockLoop';
import { PracticeDeckContext } from '@site/src/hooks/usePracticeDeck';
import type { PracticeDeck } from '@site/src/lib/practice/deck';
import styles from './styles.module.css';

const DRILLS = ['story', 'principle', 'cards', 'loop'] as const;
type Drill = (typeof DRILLS)[number];
/** Key caps that read the same in every language. */
const KEYS = { next: '→', rate: '1–5' };

function drillLabel(drill: Drill): string {
  const labels: Record<Drill, string> = {
    story: translate({ id: 'practice.drill.story', message: 'Story rehearsal' }),
    principle: translate({ id: 'practice.drill.principle', message: 'Principle drill' }),
    cards: translate({ id: 'practice.drill.cards', message: 'Flash cards' }),
    loop: translate({ id: 'practice.drill.loop', message: 'Mock loop' }),
  };
  return labels[drill];
}

export interface Props {
  /** The flash-card deck, a route module of `plugins/practice-deck`. */
  deck: PracticeDeck;
}

/** Practice mode: drills built from the guide, with progress kept in this browser only. */
export default function PracticePage({ deck }: Props): ReactNode {
  const { progress, update, reset, storageAvailable } = usePracticeProgress();
  const [drill, setDrill] = useState<Drill>('story');
  const title = translate({ id: 'practice.title', message: 'Practice' });
  const confirmReset = () => {
    const question = translate({
      id: 'practice.reset.confirm',
      message: 'Delete your ratings, card marks and timer targets from this browser?',
    });
    if (window.confirm(question)) reset();
  };

  return (
    <PracticeDeckContext.Provider value={deck}>
      <Layout
        title={title}
        description={translate({
          id: 'practice.description',
          message:
            'Rehearse the STAR stories against the clock, drill Leadership Principle questions, explain breadth and depth topics and run a mock five-round loop.',
        })}>
        <main className={styles.main}>
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>
            <Translate id="practice.lead">
              The guide, turned into drills. Your progress stays in this browser: nothing is sent anywhere.
            </Translate>
          </p>
          {!storageAvailable && (
            <p role="alert" className={styles.notice} data-storage-notice>
              <Translate id="practice.storageUnavailable">
                This browser does not let the site store data, so your progress will be lost when you leave or reload
                the page.
              </Translate>
            </p>
          )}
          <div className={styles.bar}>
            <div
              role="group"
              className={styles.drills}
              aria-label={translate({ id: 'practice.drills', message: 'Drills' })}>
              {DRILLS.map((d) => (
                <button
                  key={d}
                  type="button"
                  className={clsx('button button--sm', d === drill ? 'button--primary' : 'button--secondary')}
                  aria-pressed={d === drill}
                  onClick={() => setDrill(d)}>
                  {drillLabel(d)}
                </button>
              ))}
            </div>
            <button type="button" className="button button--sm button--secondary" onClick={confirmReset}>
              <Translate id="practice.reset">Reset my progress</Translate>
            </button>
          </div>
          <p className={styles.keys}>
            <Translate
              id="practice.keys"
              values={{
                space: <kbd>{translate({ id: 'practice.keys.space', message: 'Space' })}</kbd>,
                next: <kbd>{KEYS.next}</kbd>,
                rate: <kbd>{KEYS.rate}</kbd>,
              }}>
              {'Keys: {space} starts or pauses the timer, {next} reveals or moves on, {rate} rates a rehearsal.'}
            </Translate>
          </p>
          <section aria-labelledby="drill-title" data-drill={drill}>
            <h2 id="drill-title">{drillLabel(drill)}</h2>
            {drill === 'story' && <StoryRehearsal progress={progress} update={update} />}
            {drill === 'principle' && <PrincipleDrill />}
            {drill === 'cards' && <FlashCards progress={progress} update={update} />}
            {drill === 'loop' && <MockLoop progress={progress} update={update} />}
          </section>
        </main>
      </Layout>
    </PracticeDeckContext.Provider>
  );
}
