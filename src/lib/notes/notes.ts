/** A reader's notes on a story: what one is, its limits, how a browser keeps them. */
import { STAR_PARTS, type StarPart } from '../story/starParts';

/** Where a note sits: beside one STAR part, or on the story as a whole. */
export type NoteSection = 'story' | StarPart;

export const NOTE_SECTIONS: readonly NoteSection[] = ['story', ...STAR_PARTS];

export interface Note {
  section: NoteSection;
  /** Plain text, never markup. */
  text: string;
  /** Came in a link from someone else (a mentor, or the candidate's reply), then kept. */
  received?: boolean;
}

/** The longest note, in characters (UTF-16 code units, as a textarea's `maxLength` counts). */
export const MAX_NOTE_LENGTH = 2000;
/** The most notes one story holds, so a link stays shareable and storage small. */
export const MAX_NOTES = 50;

export const isNoteSection = (value: unknown): value is NoteSection =>
  typeof value === 'string' && (NOTE_SECTIONS as readonly string[]).includes(value);

/** A note's text is valid when it has a visible character and fits the limit. */
export const isNoteText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NOTE_LENGTH;

/** Stored notes as JSON; anything unreadable or invalid is left out rather than trusted. */
export function parseStoredNotes(json: string | null): Note[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (note): note is Note =>
        typeof note === 'object' && note !== null && isNoteSection(note.section) && isNoteText(note.text),
    )
    .slice(0, MAX_NOTES)
    .map(({ section, text, received }) => (received === true ? { section, text, received } : { section, text }));
}

/** This browser's notes with received ones added after them, each new one once (same section and text). */
export function mergeNotes(mine: readonly Note[], received: readonly Note[]): Note[] {
  const seen = new Set(mine.map((note) => `${note.section}\n${note.text}`));
  const merged = [...mine];
  for (const note of received) {
    const key = `${note.section}\n${note.text}`;
    if (seen.has(key) || merged.length >= MAX_NOTES) continue;
    seen.add(key);
    merged.push({ section: note.section, text: note.text, received: true });
  }
  return merged;
}
