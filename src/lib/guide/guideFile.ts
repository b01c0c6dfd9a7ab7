/**
 * The one place that reads the author's guide from disk (Node only): the practice-deck plugin,
 * the unit tests, the content tests and the browser tests all take it from here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGuide, type GuideBlock } from './parseGuide';

/** `source/prep-guide.rst`: the author's guide, kept unchanged. */
export const GUIDE_FILE = path.resolve(__dirname, '../../../source/prep-guide.rst');

/** The guide's reStructuredText, as the author wrote it. */
export function readGuide(): string {
  return readFileSync(GUIDE_FILE, 'utf8');
}

/** The guide as parsed blocks, in guide order. */
export function loadGuide(): GuideBlock[] {
  return parseGuide(readGuide());
}
