import { describe, expect, it } from 'vitest';
import { MAX_NOTES, mergeNotes, parseStoredNotes, type Note } from './notes';

describe('stored notes', () => {
  it('reads valid notes and leaves out the rest', () => {
    const stored = JSON.stringify([
      { section: 'task', text: 'Say the goal.' },
      { section: 'result', text: 'Kept from a link', received: true },
      { section: 'verdict', text: 'unknown section' },
      { section: 'action', text: '   ' },
      { section: 'action', text: 7 },
      null,
    ]);
    expect(parseStoredNotes(stored)).toEqual([
      { section: 'task', text: 'Say the goal.' },
      { section: 'result', text: 'Kept from a link', received: true },
    ]);
    expect(parseStoredNotes('{not json')).toEqual([]);
    expect(parseStoredNotes('{"a":1}')).toEqual([]);
    expect(parseStoredNotes(null)).toEqual([]);
  });

  it('merges received notes after this browser’s, each once, marked received', () => {
    const mine: Note[] = [{ section: 'result', text: 'Add a number.' }];
    const received: Note[] = [
      { section: 'result', text: 'Add a number.' },
      { section: 'action', text: 'More “I”.' },
      { section: 'action', text: 'More “I”.' },
    ];
    expect(mergeNotes(mine, received)).toEqual([
      { section: 'result', text: 'Add a number.' },
      { section: 'action', text: 'More “I”.', received: true },
    ]);
  });

  it('keeps at most the limit when merging', () => {
    const many = Array.from({ length: MAX_NOTES + 5 }, (_, i): Note => ({ section: 'task', text: `n${i}` }));
    expect(mergeNotes([], many)).toHaveLength(MAX_NOTES);
  });
});
