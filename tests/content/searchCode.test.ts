/**
 * The search index is searched in a worker, so no page's main bundle carries lunr: the search
 * box's one constant comes from its own module (plugins/search-index). Fails loudly if an upgrade
 * of the search plugin imports lunr into the box another way. Needs `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const buildDir = path.resolve(__dirname, '../../build');
/** A property name lunr keeps under minification: its stop-word filter. */
const LUNR = /\.stopWordFilter\b/;

describe('the built scripts', () => {
  const scripts = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));

  it('carry lunr only outside the main bundles (the search worker loads it)', () => {
    const mains = scripts.filter((file) => /(^|\/)main\.[0-9a-f]+\.js$/.test(file));
    expect(mains.length, 'one main bundle per locale; run "npm run build" first').toBe(2);
    expect(mains.filter((file) => LUNR.test(readFileSync(path.join(buildDir, file), 'utf8')))).toEqual([]);
    const withLunr = scripts.filter((file) => LUNR.test(readFileSync(path.join(buildDir, file), 'utf8')));
    expect(withLunr.length, 'the search worker’s scripts still hold lunr').toBeGreaterThan(0);
  });
});
