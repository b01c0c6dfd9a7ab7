import React, { useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { usePracticeDeck } from '@site/src/hooks/usePracticeDeck';
import { usePracticeKeys } from '@site/src/hooks/usePracticeKeys';
import type { UpdateProgress } from '@site/src/hooks/usePracticeProgress';
import { markCard, type PracticeProgress } from '@site/src/lib/practice/progress';
import { deckStats, pickCard, type CardMark, type CardMarks } from '@site/src/lib/practice/cardDraw';
import CardPrompt from '@site/src/components/CardPrompt';
import styles from './styles.module.css';

export interface Props {
  progress: PracticeProgress;
  update: UpdateProgress;
}

/** Breadth and depth topics to explain; shaky ones come back more often. */
export default function FlashCards({ progress, update }: Props): ReactNode {
  const cards = usePracticeDeck();
  // Mounted only on the client (the page opens on the story rehearsal), so a random start is safe.
  const [card, setCard] = useState(() => pickCard(cards, progress.marks, Math.random));
  const next = (marks: CardMarks) => setCard(pickCard(cards, marks, Math.random, [card.id]));
  const mark = (value: CardMark) => {
    update((p) => markCard(p, card.id, value));
    next({ ...progress.marks, [card.id]: value });
  };
  usePracticeKeys({ next: () => next(progress.marks) });
  const stats = deckStats(cards, progress.marks);
  const { selectMessage } = usePluralForm();

  return (
    <>
      <p>
        <Translate id="practice.cards.intro">
          Explain the topic aloud as you would to an interviewer, check it in the guide, then mark it. Shaky topics come
          back more often.
        </Translate>
      </p>
      <CardPrompt card={card} mark={progress.marks[card.id] ?? null} onMark={mark} />
      <button type="button" className="button button--secondary" onClick={() => next(progress.marks)}>
        <Translate id="practice.cards.skip">Next card</Translate>
      </button>
      <p className={styles.stats} data-deck-stats>
        {selectMessage(
          cards.length,
          translate(
            {
              id: 'practice.cards.stats',
              message:
                'One card: {shaky} shaky, {confident} confident, {unseen} not marked yet.|{total} cards: {shaky} shaky, {confident} confident, {unseen} not marked yet.',
              description: 'Plural forms separated by |, by the number of cards',
            },
            { ...stats, total: cards.length },
          ),
        )}
      </p>
    </>
  );
}
