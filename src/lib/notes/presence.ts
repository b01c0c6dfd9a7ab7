/**
 * Where a story's notes are found: the key this browser keeps them under and a link's fragment.
 * Kept apart from the notes code, which a story page loads only when these say there are notes.
 */
import { storageKey } from '../browserStorage';

/** The localStorage key of one story's notes (the same in every language of the story); absent when it has none. */
export const notesStorageKey = (storyId: string): string => storageKey(`notes:${storyId}`);

/** What starts a fragment carrying notes (the format: `fragment.ts`). */
export const NOTES_FRAGMENT_PREFIX = 'notes=';

/** Whether a location's hash (`#…`) carries notes. */
export const hasNotesFragment = (hash: string): boolean => hash.startsWith(`#${NOTES_FRAGMENT_PREFIX}`);

/** Fired on `window` when this tab changes a story's stored notes (other tabs get `storage`). */
export const NOTES_CHANGED_EVENT = 'dla-prep:notes-changed';
