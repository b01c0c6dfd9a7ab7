/**
 * Nothing lost: every heading, outline item and STAR sentence of the author's guide (after the
 * name corrections) is in its own element of its page's article, in both locales (see
 * tests/support/fidelity.ts). Needs a production build (`npm run build`) first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fidelityProblems } from '../support/fidelity';
import { GUIDE_BLOCKS } from '../support/guideText';

const buildDir = path.resolve(__dirname, '../../build');

describe.each(['en', 'zh-Hans'] as const)('every part of the guide is on the %s site', (locale) => {
  it('has a production build to check', () => {
    const index = path.join(buildDir, locale === 'en' ? '' : locale, 'index.html');
    expect(existsSync(index), `run "npm run build" first (${index})`).toBe(true);
  });

  it(`each of the ${GUIDE_BLOCKS.length} blocks of the guide, in its own element`, () => {
    expect(GUIDE_BLOCKS.length).toBeGreaterThan(200);
    expect(fidelityProblems(buildDir, locale)).toEqual([]);
  });
});
