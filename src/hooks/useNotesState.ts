import { useCallback, useSyncExternalStore } from 'react';
import { getNotesState, subscribeToNotes, type StoryNotesState } from '@site/src/lib/notes/noteStore';

/** One story's notes as they change (part of the notes code loaded on demand). */
export function useNotesState(storyId: string): StoryNotesState {
  const subscribe = useCallback((listener: () => void) => subscribeToNotes(storyId, listener), [storyId]);
  const snapshot = useCallback(() => getNotesState(storyId), [storyId]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
