/** No invisible or direction-changing characters hide in the content or code. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// Zero-width and joiner characters, soft hyphen, bidi controls, BOM.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const files = ['docs', 'i18n', 'src', 'plugins', 'e2e', 'tests'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx?|tsx?|js|css|json|ya?ml)$/.test(file))
    .map((file) => path.join(dir, file)),
);

describe('invisible characters', () => {
  it('finds the files to check', () => expect(files.length).toBeGreaterThan(50));

  it.each(files)('%s has none', (file) => {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    const found = lines.flatMap((line, index) => {
      const match = INVISIBLE.exec(line);
      return match
        ? [`${file}:${index + 1}: U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`]
        : [];
    });
    expect(found).toEqual([]);
  });
});
