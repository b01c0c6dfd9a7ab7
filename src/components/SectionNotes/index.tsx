import React, { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { MAX_NOTES, MAX_NOTE_LENGTH, type Note, type NoteSection } from '@site/src/lib/notes/notes';
import { cancelDraft, editNote, removeNote, saveDraft } from '@site/src/lib/notes/noteStore';
import { useNotesState } from '@site/src/hooks/useNotesState';
import styles from './styles.module.css';

export interface Props {
  storyId: string;
  section: NoteSection;
  /** The section's name, for the notes' accessible names ("Notes on Result"). */
  label: string;
}

interface EditorProps {
  storyId: string;
  label: string;
  initialText: string;
  /** Where focus goes when the editor closes, if the button that opened it is gone (an edited note's). */
  focusAfter: () => HTMLElement | null;
}

/** Writes or edits one note: plain text up to the limit; Escape or Cancel leaves it unchanged. */
function NoteEditor({ storyId, label, initialText, focusAfter }: EditorProps): ReactNode {
  const [text, setText] = useState(initialText);
  const field = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    field.current?.focus();
    // A keyboard user goes on from where they started, not from the top of the page.
    return () => {
      requestAnimationFrame(() => {
        if (document.activeElement !== document.body) return;
        (opener && opener !== document.body && opener.isConnected ? opener : focusAfter())?.focus();
      });
    };
  }, [focusAfter]);
  return (
    <form
      className={styles.editor}
      onSubmit={(event) => {
        event.preventDefault();
        saveDraft(storyId, text);
      }}>
      <textarea
        ref={field}
        className={styles.field}
        value={text}
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        aria-label={translate({ id: 'notes.field', message: 'Note on {section}' }, { section: label })}
        aria-describedby={counterId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') cancelDraft(storyId);
        }}
      />
      <div className={styles.editorBar}>
        <span id={counterId} className={styles.counter}>
          {translate(
            { id: 'notes.characters', message: '{count} of {max} characters' },
            { count: text.length, max: MAX_NOTE_LENGTH },
          )}
        </span>
        <button type="submit" className="button button--sm button--primary" disabled={text.trim() === ''}>
          <Translate id="notes.save">Save note</Translate>
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => cancelDraft(storyId)}>
          <Translate id="notes.cancel">Cancel</Translate>
        </button>
      </div>
    </form>
  );
}

function NoteText({ note }: { note: Note }): ReactNode {
  // React writes the text as text: a note holding markup shows its characters.
  return <p className={styles.text}>{note.text}</p>;
}

/**
 * A section's notes beside it: the ones this browser keeps (editable, removable), the ones a
 * link brought (until kept or dismissed), and the editor while one is written.
 */
export default function SectionNotes({ storyId, section, label }: Props): ReactNode {
  const { notes, received, draft } = useNotesState(storyId);
  const kept = notes.map((note, index) => ({ note, index })).filter(({ note }) => note.section === section);
  const fromLink = (received ?? []).filter((note) => note.section === section);
  const drafting = draft?.section === section;
  const list = useRef<HTMLUListElement>(null);
  const editButton = useCallback(
    () => list.current?.querySelector<HTMLElement>(`[data-note-edit="${draft?.index}"]`) ?? null,
    [draft?.index],
  );
  if (kept.length === 0 && fromLink.length === 0 && !drafting) return null;
  return (
    <aside
      className={styles.notes}
      data-notes={section}
      aria-label={translate({ id: 'notes.on', message: 'Notes on {section}' }, { section: label })}>
      <ul ref={list} className={styles.list}>
        {kept.map(({ note, index }) => (
          <li key={index} className={clsx(styles.note, note.received && styles.fromLink)} data-note="kept">
            {draft?.index === index ? (
              <NoteEditor storyId={storyId} label={label} initialText={note.text} focusAfter={editButton} />
            ) : (
              <>
                {note.received && (
                  <span className={styles.origin}>
                    <Translate id="notes.keptFromLink">From a link</Translate>
                  </span>
                )}
                <NoteText note={note} />
                <div className={styles.actions}>
                  <button
                    type="button"
                    className={styles.action}
                    data-note-edit={index}
                    onClick={() => editNote(storyId, index)}>
                    <Translate id="notes.edit">Edit</Translate>
                  </button>
                  <button type="button" className={styles.action} onClick={() => removeNote(storyId, index)}>
                    <Translate id="notes.remove">Remove</Translate>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
        {fromLink.map((note, index) => (
          <li key={`link-${index}`} className={styles.note} data-note="received">
            <span className={styles.origin}>
              <Translate id="notes.fromLink">Notes from the link</Translate>
            </span>
            <NoteText note={note} />
          </li>
        ))}
      </ul>
      {drafting &&
        draft.index === null &&
        (notes.length < MAX_NOTES ? (
          <NoteEditor storyId={storyId} label={label} initialText="" focusAfter={editButton} />
        ) : (
          <p className={styles.full} role="alert">
            {translate(
              {
                id: 'notes.full',
                message: 'This story holds {max} notes, the most one link can carry: remove one first.',
              },
              { max: MAX_NOTES },
            )}
          </p>
        ))}
    </aside>
  );
}
