import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAR_PARTS, STAR_PART_NAMES, starPartMessageId } from './starParts';

describe('STAR part names', () => {
  // starPartLabel must write each translate() call out (Docusaurus extracts and lints literal
  // messages): its ids and English names are the ones the build-time table of contents uses.
  it('are the same in the browser (starPartLabel.ts) as at build time (starParts.ts)', () => {
    const source = readFileSync(path.join(__dirname, 'starPartLabel.ts'), 'utf8');
    const calls = [...source.matchAll(/(\w+): translate\(\{ id: '([^']+)', message: '([^']+)' \}\)/g)].map(
      ([, part, id, message]) => [part, id, message],
    );
    expect(calls).toEqual(STAR_PARTS.map((part) => [part, starPartMessageId(part), STAR_PART_NAMES[part]]));
  });
});
