import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { cardLink, type Card } from '@site/src/lib/practice/deck';
import type { CardMark } from '@site/src/lib/practice/cardDraw';
import styles from './styles.module.css';

export interface Props {
  card: Card;
  /** The mark shown as pressed. */
  mark: CardMark | null;
  onMark: (mark: CardMark) => void;
}

/** "Explain: <topic>" with the topic's place in the outline, a link to it and confident / shaky buttons. */
export default function CardPrompt({ card, mark, onMark }: Props): ReactNode {
  const marks: Array<[CardMark, string]> = [
    ['confident', translate({ id: 'practice.card.confident', message: 'Confident' })],
    ['shaky', translate({ id: 'practice.card.shaky', message: 'Shaky' })],
  ];
  return (
    <div className={styles.card} data-card={card.id}>
      <p className={styles.path}>{card.path.join(' › ')}</p>
      <p className={styles.prompt}>
        <Translate id="practice.card.prompt" values={{ topic: <strong>{card.text}</strong> }}>
          {'Explain: {topic}'}
        </Translate>
      </p>
      <p>
        <Link to={cardLink(card)}>
          <Translate id="practice.card.open">Check it in the guide</Translate>
        </Link>
      </p>
      <div
        className={styles.marks}
        role="group"
        aria-label={translate({ id: 'practice.card.marks', message: 'How well do you know it?' })}>
        {marks.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="button button--secondary"
            aria-pressed={mark === value}
            onClick={() => onMark(value)}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
