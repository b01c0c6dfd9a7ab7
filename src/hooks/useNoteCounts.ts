import { useEffect, useState } from 'react';
import { safeStorage } from '@site/src/lib/browserStorage';
import { parseStoredNotes } from '@site/src/lib/notes/notes';
import { NOTES_CHANGED_EVENT, notesStorageKey } from '@site/src/lib/notes/presence';

/**
 * How many notes this browser keeps for each story, kept current as notes change in this tab or
 * another. Zero until the page has hydrated: the built page cannot know a reader's notes.
 */
export function useNoteCounts(storyIds: readonly string[]): Readonly<Record<string, number>> {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const key = storyIds.join('\n');
  useEffect(() => {
    const ids = key.split('\n');
    const count = () => {
      const store = safeStorage('localStorage');
      setCounts(Object.fromEntries(ids.map((id) => [id, parseStoredNotes(store.get(notesStorageKey(id))).length])));
    };
    count();
    window.addEventListener(NOTES_CHANGED_EVENT, count);
    window.addEventListener('storage', count);
    return () => {
      window.removeEventListener(NOTES_CHANGED_EVENT, count);
      window.removeEventListener('storage', count);
    };
  }, [key]);
  return counts;
}
