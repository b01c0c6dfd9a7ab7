import React, { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { encodeNotes, type NotesLinkProblem } from '@site/src/lib/notes/fragment';
import { dismissReceived, keepReceived } from '@site/src/lib/notes/noteStore';
import { useNotesState } from '@site/src/hooks/useNotesState';
import { useAbsoluteUrl } from '@site/src/hooks/useAbsoluteUrl';
import SectionNotes from '@site/src/components/SectionNotes';
import styles from './styles.module.css';

// The notes code's one entry point, loaded on demand by useStoryNotes: what StarSection shows, and
// what its "Add note" button calls, the story check's count.
export { default as SectionNotes } from '@site/src/components/SectionNotes';
export { default as NoteCount } from '@site/src/components/NoteCount';
export { startNote } from '@site/src/lib/notes/noteStore';

export interface Props {
  storyId: string;
}

const problemMessage = (problem: NotesLinkProblem): string =>
  ({
    malformed: translate({
      id: 'notes.problem.malformed',
      message: 'The notes in this link could not be read: the link is damaged or cut short.',
    }),
    oversized: translate({
      id: 'notes.problem.oversized',
      message: 'This link carries more notes than a link may hold, so none were read.',
    }),
    'future-version': translate({
      id: 'notes.problem.futureVersion',
      message:
        'The notes in this link were written by a newer version of this guide; open the link again once the guide is updated.',
    }),
    'other-story': translate({
      id: 'notes.problem.otherStory',
      message: 'The notes in this link belong to another story.',
    }),
  })[problem];

/** Copies the page's address with every kept note packed into its fragment. */
function CopyLinkWithNotes({ storyId }: Props): ReactNode {
  const { notes } = useNotesState(storyId);
  const absoluteUrl = useAbsoluteUrl();
  const [status, setStatus] = useState<'copied' | 'too-many' | null>(null);
  const copy = async () => {
    const fragment = await encodeNotes(storyId, notes);
    if (fragment === null) return setStatus('too-many');
    await navigator.clipboard.writeText(absoluteUrl(fragment));
    setStatus('copied');
    window.setTimeout(() => setStatus(null), 2000);
  };
  return (
    <>
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        <Translate id="notes.copyLink">Copy link with notes</Translate>
      </button>
      <span role="status" className={clsx(status === null && 'visually-hidden')}>
        {status === 'copied' && translate({ id: 'copyLink.copied', message: 'Copied' })}
        {status === 'too-many' &&
          translate({ id: 'notes.tooMany', message: 'Too many notes for one link: remove some and copy again.' })}
      </span>
    </>
  );
}

/** Printing with the notes beside their sections; Print and Ctrl+P leave them out. */
function printWithNotes(): void {
  const root = document.documentElement;
  root.dataset.printNotes = 'true';
  window.addEventListener('afterprint', () => delete root.dataset.printNotes, { once: true });
  window.print();
}

/**
 * A story's notes above its sections: a link's notes to keep or dismiss (or why they could not
 * be read), the notes on the story as a whole, and sharing or printing them.
 */
export default function NotesBar({ storyId }: Props): ReactNode {
  const { notes, received, problem, stored } = useNotesState(storyId);
  return (
    <>
      <div className={styles.bar} data-print="hide">
        {problem && (
          <div className={styles.message} role="alert">
            <p>
              {problemMessage(problem)} <Translate id="notes.problem.nothingChanged">Nothing was changed.</Translate>
            </p>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => dismissReceived(storyId)}>
              <Translate id="notes.dismissMessage">Dismiss</Translate>
            </button>
          </div>
        )}
        {received && (
          <div className={styles.message} role="region" aria-labelledby="notes-received">
            <p id="notes-received">
              {translate(
                {
                  id: 'notes.received',
                  message:
                    'Notes from the link: {count} beside their sections. Keep them in this browser, or dismiss them.',
                },
                { count: received.length },
              )}
            </p>
            <button type="button" className="button button--sm button--primary" onClick={() => keepReceived(storyId)}>
              <Translate id="notes.keep">Keep notes</Translate>
            </button>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => dismissReceived(storyId)}>
              <Translate id="notes.dismiss">Dismiss notes</Translate>
            </button>
          </div>
        )}
        {notes.length > 0 && (
          <div
            className={styles.actions}
            role="group"
            aria-label={translate({ id: 'notes.actions', message: 'Your notes' })}>
            <CopyLinkWithNotes storyId={storyId} />
            <button type="button" className="button button--sm button--secondary" onClick={printWithNotes}>
              <Translate id="notes.print">Print with notes</Translate>
            </button>
          </div>
        )}
        {!stored && (
          <p className={styles.notKept}>
            <Translate id="notes.notStored">
              This browser does not keep notes: they last until the page is closed. Copy a link with notes to keep them.
            </Translate>
          </p>
        )}
      </div>
      <SectionNotes storyId={storyId} section="story" label={translate({ id: 'notes.story', message: 'the story' })} />
    </>
  );
}
