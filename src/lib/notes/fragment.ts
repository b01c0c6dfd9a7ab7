/**
 * Notes packed into a URL fragment, which a browser never sends to a server:
 * `#notes=<version>.<payload>`, the payload being the UTF-8 JSON
 * `{"story":"<story id>","notes":[["<section>","<text>"],…]}`, compressed with raw DEFLATE
 * (`CompressionStream('deflate-raw')`) and written in base64url without padding. Runs in the
 * browser and in Node (tests).
 */
import { MAX_NOTES, MAX_NOTE_LENGTH, isNoteSection, isNoteText, type Note } from './notes';
import { NOTES_FRAGMENT_PREFIX } from './presence';

/** The payload's format. A link of a later version is refused as such, never misread. */
export const NOTES_FORMAT_VERSION = 1;
/** The longest fragment read or written (characters); far above 50 notes of prose. */
export const MAX_FRAGMENT_LENGTH = 50_000;
/** The most bytes a payload may inflate to: a small link must not fill the memory. */
export const MAX_PAYLOAD_BYTES = 400_000;

export type NotesLinkProblem = 'malformed' | 'oversized' | 'future-version' | 'other-story';

export type DecodedNotes = { notes: Note[] } | { problem: NotesLinkProblem };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
) {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises must not go unhandled.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The fragment (without `#`) carrying a story's notes, or null when they are too many for a link. */
export async function encodeNotes(storyId: string, notes: readonly Note[]): Promise<string | null> {
  const json = JSON.stringify({ story: storyId, notes: notes.map((note) => [note.section, note.text]) });
  const compressed = await transform(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  const fragment = `${NOTES_FRAGMENT_PREFIX}${NOTES_FORMAT_VERSION}.${toBase64Url(compressed!)}`;
  return fragment.length <= MAX_FRAGMENT_LENGTH ? fragment : null;
}

/** The notes a fragment (with or without `#`) carries for this story, or why it carries none. */
export async function decodeNotes(fragment: string, storyId: string): Promise<DecodedNotes> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(NOTES_FRAGMENT_PREFIX)) return { problem: 'malformed' };
  if (body.length > MAX_FRAGMENT_LENGTH) return { problem: 'oversized' };
  const match = /^(\d{1,6})\.(.*)$/s.exec(body.slice(NOTES_FRAGMENT_PREFIX.length));
  if (!match) return { problem: 'malformed' };
  const version = Number(match[1]);
  if (version > NOTES_FORMAT_VERSION) return { problem: 'future-version' };
  if (version !== NOTES_FORMAT_VERSION) return { problem: 'malformed' };
  const compressed = fromBase64Url(match[2]);
  if (!compressed || compressed.length === 0) return { problem: 'malformed' };
  let json: Uint8Array | null;
  try {
    json = await transform(compressed, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
  } catch {
    return { problem: 'malformed' };
  }
  if (!json) return { problem: 'oversized' };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { problem: 'malformed' };
  }
  if (typeof payload !== 'object' || payload === null) return { problem: 'malformed' };
  const { story, notes } = payload as { story?: unknown; notes?: unknown };
  if (typeof story !== 'string' || !Array.isArray(notes)) return { problem: 'malformed' };
  if (story !== storyId) return { problem: 'other-story' };
  if (notes.length > MAX_NOTES) return { problem: 'oversized' };
  const tooLong = notes.some(
    (note: unknown) => Array.isArray(note) && typeof note[1] === 'string' && note[1].length > MAX_NOTE_LENGTH,
  );
  if (tooLong) return { problem: 'oversized' };
  const valid = notes.every(
    (note) => Array.isArray(note) && note.length === 2 && isNoteSection(note[0]) && isNoteText(note[1]),
  );
  if (!valid || notes.length === 0) return { problem: 'malformed' };
  return { notes: (notes as [Note['section'], string][]).map(([section, text]) => ({ section, text })) };
}
