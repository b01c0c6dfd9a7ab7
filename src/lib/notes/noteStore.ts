/**
 * One story's notes in this browser: the kept ones (localStorage), the ones a link brought
 * (held until the reader keeps or dismisses them), a link that could not be read, and which
 * section's note is being written. A small external store for `useSyncExternalStore`; it is
 * part of the notes code loaded on demand.
 */
import { safeStorage } from '../browserStorage';
import { decodeNotes, type NotesLinkProblem } from './fragment';
import { MAX_NOTES, mergeNotes, parseStoredNotes, type Note, type NoteSection } from './notes';
import { NOTES_CHANGED_EVENT, hasNotesFragment, notesStorageKey } from './presence';

/** A note being written: a new one for a section, or the kept note at `index`. */
export type NoteDraft = { section: NoteSection; index: number | null };

export interface StoryNotesState {
  notes: Note[];
  received: Note[] | null;
  problem: NotesLinkProblem | null;
  draft: NoteDraft | null;
  /** False when the browser refuses storage: notes then last as long as the page. */
  stored: boolean;
}

const states = new Map<string, StoryNotesState>();
const listeners = new Map<string, Set<() => void>>();
const storage = () => safeStorage('localStorage');

function set(storyId: string, change: Partial<StoryNotesState>): void {
  states.set(storyId, { ...getNotesState(storyId), ...change });
  listeners.get(storyId)?.forEach((listener) => listener());
}

export function getNotesState(storyId: string): StoryNotesState {
  let state = states.get(storyId);
  if (!state) {
    const store = storage();
    state = {
      notes: parseStoredNotes(store.get(notesStorageKey(storyId))),
      received: null,
      problem: null,
      draft: null,
      stored: store.available,
    };
    states.set(storyId, state);
  }
  return state;
}

/** Watches the window for one story: another tab's changes and a notes link; returns the undo. */
function watchWindow(storyId: string): () => void {
  // Back on a story after another page: another tab may have changed its notes meanwhile.
  // (React compares the snapshot after subscribing, so no one needs telling.)
  states.set(storyId, { ...getNotesState(storyId), notes: parseStoredNotes(storage().get(notesStorageKey(storyId))) });
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === notesStorageKey(storyId)) set(storyId, { notes: parseStoredNotes(event.newValue) });
  };
  const readLink = () => void receiveLink(storyId);
  window.addEventListener('storage', fromOtherTab);
  window.addEventListener('hashchange', readLink);
  readLink();
  return () => {
    window.removeEventListener('storage', fromOtherTab);
    window.removeEventListener('hashchange', readLink);
  };
}

const unwatch = new Map<string, () => void>();

/** Follows this story's notes. The window is watched once per story, however many sections follow. */
export function subscribeToNotes(storyId: string, listener: () => void): () => void {
  const own = listeners.get(storyId) ?? new Set();
  listeners.set(storyId, own.add(listener));
  if (!unwatch.has(storyId)) unwatch.set(storyId, watchWindow(storyId));
  return () => {
    own.delete(listener);
    if (own.size > 0) return;
    unwatch.get(storyId)?.();
    unwatch.delete(storyId);
  };
}

/** Reads notes from the address's fragment, once per fragment; stored notes stay as they are. */
let lastFragment = '';
async function receiveLink(storyId: string): Promise<void> {
  const { hash } = window.location;
  if (!hasNotesFragment(hash) || hash === lastFragment) return;
  lastFragment = hash;
  const decoded = await decodeNotes(hash, storyId);
  if ('problem' in decoded) set(storyId, { received: null, problem: decoded.problem });
  else set(storyId, { received: decoded.notes, problem: null });
}

function save(storyId: string, notes: Note[]): void {
  const store = storage();
  if (notes.length === 0) store.remove(notesStorageKey(storyId));
  else store.set(notesStorageKey(storyId), JSON.stringify(notes));
  set(storyId, { notes, draft: null });
  window.dispatchEvent(new CustomEvent(NOTES_CHANGED_EVENT, { detail: storyId }));
}

export function startNote(storyId: string, section: NoteSection): void {
  set(storyId, { draft: { section, index: null } });
}

export function editNote(storyId: string, index: number): void {
  set(storyId, { draft: { section: getNotesState(storyId).notes[index].section, index } });
}

export function cancelDraft(storyId: string): void {
  set(storyId, { draft: null });
}

/** Saves the draft's text: a new note, or the edited one. Empty text saves nothing. */
export function saveDraft(storyId: string, text: string): void {
  const { notes, draft } = getNotesState(storyId);
  if (!draft || text.trim() === '') return cancelDraft(storyId);
  if (draft.index === null) {
    if (notes.length < MAX_NOTES) save(storyId, [...notes, { section: draft.section, text }]);
  } else
    save(
      storyId,
      notes.map((note, index) => (index === draft.index ? { ...note, text } : note)),
    );
}

export function removeNote(storyId: string, index: number): void {
  save(
    storyId,
    getNotesState(storyId).notes.filter((_, i) => i !== index),
  );
}

/** The link's fragment leaves the address, so a reload or a copied link does not bring the notes again. */
function cleanAddress(): void {
  lastFragment = '';
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

export function keepReceived(storyId: string): void {
  const { notes, received } = getNotesState(storyId);
  if (received) save(storyId, mergeNotes(notes, received));
  set(storyId, { received: null });
  cleanAddress();
}

export function dismissReceived(storyId: string): void {
  set(storyId, { received: null, problem: null });
  cleanAddress();
}
