import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { safeStorage } from '@site/src/lib/browserStorage';
import type { NoteSection } from '@site/src/lib/notes/notes';
import { hasNotesFragment, notesStorageKey } from '@site/src/lib/notes/presence';

/** The notes code, loaded on demand (`src/components/NotesBar` is its one entry point). */
type NotesView = typeof import('@site/src/components/NotesBar');

export interface StoryNotes {
  storyId: string;
  /** Null until a reader adds a note, has kept notes, or opens a link with notes. */
  view: NotesView | null;
  /** Opens a new note's editor beside the section, loading the notes code first. */
  addNote(section: NoteSection): void;
}

/** What a STAR section reads to show its notes and its "Add note" button. */
export const StoryNotesContext = createContext<StoryNotes | null>(null);

export const useStoryNotesContext = (): StoryNotes | null => useContext(StoryNotesContext);

/**
 * A story's notes, kept out of the page's first view: their code loads when they are needed
 * (a story with kept notes, a link with notes, or the first "Add note").
 */
export function useStoryNotes(storyId: string): StoryNotes {
  const [view, setView] = useState<NotesView | null>(null);
  const load = useCallback(
    () =>
      import('@site/src/components/NotesBar').then((module) => {
        setView(() => module);
        return module;
      }),
    [],
  );
  useEffect(() => {
    const needed = () =>
      hasNotesFragment(window.location.hash) || safeStorage('localStorage').get(notesStorageKey(storyId)) !== null;
    const loadIfNeeded = () => {
      if (needed()) void load();
    };
    loadIfNeeded();
    window.addEventListener('hashchange', loadIfNeeded);
    return () => window.removeEventListener('hashchange', loadIfNeeded);
  }, [storyId, load]);
  return {
    storyId,
    view,
    addNote: (section) => void load().then((module) => module.startNote(storyId, section)),
  };
}
