import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { CHECKS } from '@site/src/lib/storyCheck/analysis';
import { formatClock } from '@site/src/lib/practice/timer';
import { useStoryNotesContext } from '@site/src/hooks/useStoryNotes';
import BuildTimeHtml from '@site/src/components/BuildTimeHtml';
import styles from './styles.module.css';

export interface Props {
  /** The story's id in the catalog (its file name). */
  storyId: string;
}

/** The findings, at hand only while the HTML is rendered; the browser keeps their served HTML. */
const servedBody: typeof import('@site/src/components/StoryCheckBody').default | undefined = __RENDERING_HTML__
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack drops it from the browser's bundle
    require('@site/src/components/StoryCheckBody').default
  : undefined;

/**
 * Facts about the story's text an interviewer listens for, computed at build time
 * (src/lib/storyCheck). Closed by default; printed only when the reader has opened it. The summary
 * is live (it counts the story's notes); the findings are build-time HTML.
 */
export default function StoryCheck({ storyId }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const notes = useStoryNotesContext();
  const story = catalog.stories.find((s) => s.id === storyId);
  if (!story) return null;
  const { check } = story;
  return (
    <details className={styles.panel} data-story-check={storyId}>
      <summary className={styles.summary}>
        <span className={styles.heading}>
          <Translate id="storyCheck.title">Story check</Translate>
        </span>{' '}
        <span data-story-check-summary>
          {check.ready
            ? translate({ id: 'storyCheck.summary.ready', message: 'ready' })
            : translate(
                { id: 'storyCheck.summary.needsWork', message: 'needs work on {count} of {total}' },
                { count: check.needsWork.length, total: CHECKS.length },
              )}
          {' · '}
          {translate(
            { id: 'storyCheck.summary.spoken', message: '{time} spoken' },
            { time: formatClock(check.totalSeconds) },
          )}
          {/* The notes code is loaded whenever the story has notes to count. */}
          {notes?.view && <notes.view.NoteCount storyId={storyId} />}
        </span>
      </summary>
      <BuildTimeHtml
        served={servedBody}
        load={() => import('@site/src/components/StoryCheckBody')}
        props={{ storyId }}
      />
    </details>
  );
}
