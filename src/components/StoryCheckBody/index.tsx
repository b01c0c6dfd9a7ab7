import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor } from '@site/src/lib/story/catalog';
import { STAR_PARTS } from '@site/src/lib/story/starParts';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import { CHECKS, type CheckName, type PartFigures, type StoryCheck as Check } from '@site/src/lib/storyCheck/analysis';
import { STORY_CHECK } from '@site/src/lib/storyCheck/config';
import { formatClock } from '@site/src/lib/practice/timer';
import CheckStatus from '@site/src/components/CheckStatus';
import styles from './styles.module.css';

export interface Props {
  /** The story's id in the catalog (its file name). */
  storyId: string;
}

const { min, max } = STORY_CHECK.targetSeconds;
const targetWindow = `${formatClock(min)}–${formatClock(max)}`;

type SelectMessage = ReturnType<typeof usePluralForm>['selectMessage'];

function partLength(figures: PartFigures, selectMessage: SelectMessage): string {
  const words = selectMessage(
    figures.words,
    translate(
      {
        id: 'storyCheck.words',
        message: '{count} word|{count} words',
        description: 'Plural forms separated by |: the words of a STAR part',
      },
      { count: figures.words },
    ),
  );
  if (figures.cjkCharacters === 0) return words;
  const characters = selectMessage(
    figures.cjkCharacters,
    translate(
      {
        id: 'storyCheck.cjkCharacters',
        message: '{count} CJK character|{count} CJK characters',
        description: 'Plural forms separated by |: the Chinese characters of a STAR part',
      },
      { count: figures.cjkCharacters },
    ),
  );
  return `${words} + ${characters}`;
}

function TimeCheck({ check }: { check: Check }): ReactNode {
  const { selectMessage } = usePluralForm();
  return (
    <>
      <table className={styles.times}>
        <caption className={styles.caption}>
          <Translate id="storyCheck.time.caption" values={{ pace: STORY_CHECK.wordsPerMinute }}>
            {'Spoken time per part, at {pace} words a minute'}
          </Translate>
        </caption>
        <tbody>
          {STAR_PARTS.map((part) => (
            <tr key={part} data-part={part}>
              <th scope="row">{starPartLabel(part)}</th>
              <td>
                {check.parts[part].unfinished
                  ? translate({ id: 'storyCheck.toPrepare', message: 'to prepare' })
                  : partLength(check.parts[part], selectMessage)}
              </td>
              <td className={styles.number}>{formatClock(check.parts[part].seconds)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              <Translate id="storyCheck.total">Total</Translate>
            </th>
            <td>
              <Translate id="storyCheck.target" values={{ window: targetWindow }}>
                {'target {window}'}
              </Translate>
            </td>
            <td className={styles.number} data-total-seconds={check.totalSeconds}>
              {formatClock(check.totalSeconds)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className={styles.suggestion}>
        {check.timing === 'on-target' &&
          translate(
            {
              id: 'storyCheck.time.onTarget',
              message: 'Within {window}, the time an answer gets before the follow-ups.',
            },
            { window: targetWindow },
          )}
        {check.timing === 'short' &&
          translate(
            {
              id: 'storyCheck.time.short',
              message: '{gap} short of {min}: tell more of what you did and what changed; the follow-ups will ask.',
            },
            { gap: formatClock(min - check.totalSeconds), min: formatClock(min) },
          )}
        {check.timing === 'long' &&
          translate(
            {
              id: 'storyCheck.time.long',
              message: '{gap} over {max}: shorten Situation and Task to a few sentences and keep Action whole.',
            },
            { gap: formatClock(check.totalSeconds - max), max: formatClock(max) },
          )}
      </p>
    </>
  );
}

function ActionCheck({ check }: { check: Check }): ReactNode {
  const { singular, plural } = check.action;
  let suggestion = translate({
    id: 'storyCheck.action.owned',
    message: 'Mostly “I”: the interviewer hears what you did.',
  });
  if (singular + plural === 0)
    suggestion = translate({
      id: 'storyCheck.action.nobody',
      message: 'Action never says who acted: tell it in the first person, “I …”.',
    });
  else if (!check.actionOwned)
    suggestion = translate({
      id: 'storyCheck.action.we',
      message: 'More “we” than “I”: say what you decided, built or led yourself.',
    });
  return (
    <>
      <p data-action-words>
        <Translate id="storyCheck.action.figures" values={{ singular, plural }}>
          {'“I, my, me”: {singular} · “we, our, us”: {plural} (quoted words left out)'}
        </Translate>
      </p>
      <p className={styles.suggestion}>{suggestion}</p>
    </>
  );
}

function ResultCheck({ check }: { check: Check }): ReactNode {
  if (check.measures.length === 0)
    return (
      <p className={styles.suggestion}>
        <Translate id="storyCheck.result.none">
          Result has no number: add a measured outcome you can stand behind (time, volume, cost, share).
        </Translate>
      </p>
    );
  return (
    <p data-measures>
      <Translate id="storyCheck.result.measures" values={{ measures: check.measures.join(', ') }}>
        {'Result states: {measures}.'}
      </Translate>
    </p>
  );
}

function PartsCheck({ check }: { check: Check }): ReactNode {
  if (check.unfinished.length === 0)
    return (
      <p>
        <Translate id="storyCheck.parts.written">All four parts are written.</Translate>
      </p>
    );
  return (
    <p className={styles.suggestion} data-unfinished>
      <Translate
        id="storyCheck.parts.toPrepare"
        values={{ parts: check.unfinished.map((part) => starPartLabel(part)).join(', ') }}>
        {'To prepare: {parts}. Write it before the onsite; the guide leaves it unfinished.'}
      </Translate>
    </p>
  );
}

const CHECK_VIEWS: Record<CheckName, { title: () => string; View: (props: { check: Check }) => ReactNode }> = {
  time: { title: () => translate({ id: 'storyCheck.time.title', message: 'Spoken time' }), View: TimeCheck },
  action: {
    title: () => translate({ id: 'storyCheck.action.title', message: 'Who acted, in Action' }),
    View: ActionCheck,
  },
  result: { title: () => translate({ id: 'storyCheck.result.title', message: 'Measured result' }), View: ResultCheck },
  parts: { title: () => translate({ id: 'storyCheck.parts.title', message: 'Unfinished parts' }), View: PartsCheck },
};

/**
 * The story check's findings, one per check, and the principles the story is mapped to: static,
 * from build-time figures, so StoryCheck keeps their served HTML (src/components/BuildTimeHtml).
 */
export default function StoryCheckBody({ storyId }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const story = catalog.stories.find((s) => s.id === storyId);
  if (!story) return null;
  const { check } = story;
  return (
    <ul className={styles.checks}>
      {CHECKS.map((name) => {
        const { title, View } = CHECK_VIEWS[name];
        const passes = !check.needsWork.includes(name);
        return (
          <li key={name} className={styles.check} data-check={name}>
            <h3 className={styles.checkTitle}>
              {title()} <CheckStatus passes={passes} />
            </h3>
            <View check={check} />
          </li>
        );
      })}
      <li className={styles.check} data-check="principles">
        <h3 className={styles.checkTitle}>
          <Translate id="storyCheck.principles.title">Principles</Translate>
        </h3>
        <p>
          <Translate id="storyCheck.principles.mapped" values={{ count: check.principles.length }}>
            {'Mapped to {count}:'}
          </Translate>{' '}
          {check.principles.map((id, index) => {
            const tag = tagFor(catalog, 'principles', id);
            return (
              <React.Fragment key={id}>
                {index > 0 && ', '}
                <Link to={tag.permalink}>{tag.label}</Link>
              </React.Fragment>
            );
          })}
        </p>
        <p>
          <Link to="/leadership-principles#matrix">
            <Translate id="storyCheck.principles.matrix">
              Check the matrix so no story is told twice in one loop.
            </Translate>
          </Link>
        </p>
      </li>
    </ul>
  );
}
