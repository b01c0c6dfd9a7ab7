import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { storiesForPrinciple, tagFor } from '@site/src/lib/story/catalog';
import PrincipleEvidence from '@site/src/components/PrincipleEvidence';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

export interface Props {
  /** Leadership Principle id. */
  principle: string;
  question: string;
  /** Shows the stories and aspects mapped to the principle. */
  showHint: boolean;
}

/** A behavioural question, flagged when no story shows its principle yet. */
export default function PrincipleQuestion({ principle, question, showHint }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const evidence = storiesForPrinciple(catalog, principle);
  return (
    <div className={styles.question} data-principle-question={principle}>
      <p className={styles.principle}>
        <Link to={`/leadership-principles#${principle}`}>{tagFor(catalog, 'principles', principle).label}</Link>
      </p>
      <p className={styles.text}>{question}</p>
      {evidence.length === 0 && (
        <ToPrepare block badge={false}>
          <Translate id="toPrepare.noStory">No story yet — prepare one.</Translate>
        </ToPrepare>
      )}
      {evidence.length > 0 && showHint && (
        <div data-principle-hint>
          <PrincipleEvidence
            evidence={evidence}
            className={styles.hint}
            label={translate({ id: 'practice.principle.hint', message: 'Stories that show this principle' })}
          />
        </div>
      )}
    </div>
  );
}
