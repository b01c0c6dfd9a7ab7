import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { MAX_FRAGMENT_LENGTH, decodeNotes, encodeNotes } from './fragment';
import { MAX_NOTE_LENGTH, type Note } from './notes';
import { hasNotesFragment } from './presence';

const STORY = 'huron-data-platform';
const payload = (value: unknown, version = 1) =>
  `notes=${version}.${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;

/** Prose that compresses as real notes do, not a repeated sentence: the guide's own stories. */
function realEnglish(): string {
  const stories = readdirSync('docs/stories').map((file) => readFileSync(`docs/stories/${file}`, 'utf8'));
  const prose = stories
    .join(' ')
    .replace(/^---[\s\S]*?---/gm, '')
    .replace(/<[^>]+>|```[\s\S]*?```|[#*`]/g, '');
  return prose.replace(/\s+/g, ' ').slice(0, MAX_NOTE_LENGTH);
}

/** Chinese prose: the site's Chinese sentences (the guide's Chinese notes are fewer than 2,000 characters). */
function realChinese(): string {
  const messages = Object.values(
    JSON.parse(readFileSync('i18n/zh-Hans/code.json', 'utf8')) as Record<string, { message: string }>,
  );
  const prose = messages.map(({ message }) => message).filter((message) => /[\u4e00-\u9fff]{6}/.test(message));
  return prose.join('').slice(0, MAX_NOTE_LENGTH);
}

describe('notes in a URL fragment', () => {
  it('round-trips notes, markup and all, as plain text', async () => {
    const notes: Note[] = [
      { section: 'result', text: 'Your Result has no number.' },
      { section: 'story', text: '<img src=x onerror=alert(1)> javascript:alert(1) “quotes” 中文\nsecond line' },
    ];
    const fragment = await encodeNotes(STORY, notes);
    expect(fragment).toMatch(/^notes=1\.[A-Za-z0-9_-]+$/);
    expect(hasNotesFragment(`#${fragment}`)).toBe(true);
    expect(await decodeNotes(`#${fragment}`, STORY)).toEqual({ notes });
  });

  it('keeps 2,000 characters of notes in a link under 4,000 characters, in either language', async () => {
    const address = 'https://example.github.io/dla-onsite-prep/zh-Hans/stories/capital-one-data-mesh#';
    for (const text of [realEnglish(), realChinese()]) {
      expect(text.length).toBe(MAX_NOTE_LENGTH);
      const halves = [
        { section: 'action', text: text.slice(0, 1000) },
        { section: 'result', text: text.slice(1000) },
      ] satisfies Note[];
      const fragment = (await encodeNotes(STORY, halves))!;
      expect((address + fragment).length).toBeLessThan(4000);
    }
  });

  it('refuses notes too many for a link', async () => {
    const random = () =>
      Array.from({ length: MAX_NOTE_LENGTH }, () =>
        String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20000)),
      ).join('');
    const notes: Note[] = Array.from({ length: 50 }, () => ({ section: 'action', text: random() }));
    expect(await encodeNotes(STORY, notes)).toBeNull();
  });

  it.each([
    ['no payload', 'notes=1.', 'malformed'],
    ['not base64url', 'notes=1.ab+c/', 'malformed'],
    ['not DEFLATE', 'notes=1.AAAAAAAA', 'malformed'],
    ['no version', `notes=${payload({ story: STORY, notes: [] }).slice(8)}`, 'malformed'],
    ['not JSON', `notes=1.${deflateRawSync(Buffer.from('{story')).toString('base64url')}`, 'malformed'],
    ['no notes', payload({ story: STORY, notes: [] }), 'malformed'],
    ['an unknown section', payload({ story: STORY, notes: [['verdict', 'x']] }), 'malformed'],
    ['a note that is not text', payload({ story: STORY, notes: [['result', { html: '<b>' }]] }), 'malformed'],
    ['another story', payload({ story: 'capital-one-data-mesh', notes: [['result', 'x']] }), 'other-story'],
    ['a later version', payload({ story: STORY, notes: [['result', 'x']] }, 2), 'future-version'],
    ['a note over the limit', payload({ story: STORY, notes: [['result', 'x'.repeat(2001)]] }), 'oversized'],
    [
      'too many notes',
      payload({ story: STORY, notes: Array.from({ length: 51 }, (_, i) => ['task', `n${i}`]) }),
      'oversized',
    ],
    [
      'a payload that inflates too far',
      payload({ story: STORY, notes: [['result', ' '.repeat(500_000)]] }),
      'oversized',
    ],
    ['a fragment over the limit', `notes=1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, 'oversized'],
  ])('refuses %s', async (_, fragment, problem) => {
    expect(await decodeNotes(fragment, STORY)).toEqual({ problem });
  });

  it('refuses a truncated link', async () => {
    const fragment = (await encodeNotes(STORY, [{ section: 'task', text: realEnglish().slice(0, 600) }]))!;
    expect(await decodeNotes(fragment.slice(0, fragment.length - 20), STORY)).toEqual({ problem: 'malformed' });
  });
});
