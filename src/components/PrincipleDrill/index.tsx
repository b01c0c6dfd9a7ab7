import React, { useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { usePracticeKeys } from '@site/src/hooks/usePracticeKeys';
import { storiesForPrinciple, tagsOf } from '@site/src/lib/story/catalog';
import { pickOne } from '@site/src/lib/practice/random';
import { PRINCIPLE_QUESTIONS } from '@site/src/data/principleQuestions';
import LabeledSelect from '@site/src/components/LabeledSelect';
import PrincipleQuestion from '@site/src/components/PrincipleQuestion';
import styles from './styles.module.css';

interface Drawn {
  principle: string;
  question: string;
}

function draw(principle: string): Drawn {
  return { principle, question: pickOne(PRINCIPLE_QUESTIONS[principle], Math.random) };
}

/** A random behavioural question; → shows the stories mapped to its principle, then the next question. */
export default function PrincipleDrill(): ReactNode {
  const catalog = useStoryCatalog();
  const principles = tagsOf(catalog, 'principles');
  // Mounted only on the client (the page opens on the story rehearsal), so a random start is safe.
  const [drawn, setDrawn] = useState(() => draw(pickOne(principles, Math.random).id));
  const [hintShown, setHintShown] = useState(false);
  const hasStories = storiesForPrinciple(catalog, drawn.principle).length > 0;

  const show = (principle: string) => {
    setDrawn(draw(principle));
    setHintShown(false);
  };
  const nextQuestion = () =>
    show(
      pickOne(
        principles.filter((p) => p.id !== drawn.principle),
        Math.random,
      ).id,
    );
  const next = () => (hasStories && !hintShown ? setHintShown(true) : nextQuestion());
  usePracticeKeys({ next });

  return (
    <>
      <p>
        <Translate id="practice.principle.intro">
          Answer with a STAR story, then check which stories the guide maps to the principle.
        </Translate>
      </p>
      <LabeledSelect
        label={translate({ id: 'practice.principle.pick', message: 'Principle' })}
        value={drawn.principle}
        options={principles.map((p) => ({ value: p.id, label: p.label }))}
        onChange={show}
      />
      <PrincipleQuestion principle={drawn.principle} question={drawn.question} showHint={hintShown} />
      <div className={styles.actions}>
        {hasStories && !hintShown && (
          <button type="button" className="button button--primary" onClick={() => setHintShown(true)}>
            <Translate id="practice.principle.showHint">Show the stories</Translate>
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={nextQuestion}>
          <Translate id="practice.principle.next">Next question</Translate>
        </button>
      </div>
    </>
  );
}
