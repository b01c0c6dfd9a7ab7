/**
 * The pages hold no code blocks, so no script of the build carries a code highlighter: Prism's
 * language definitions (`languages.extend(…)`), which the classic theme would build on every
 * page's start (plugins/code-highlighting). Fails loudly if an upgrade of the theme brings them
 * back by another import. Needs a production build (`npm run build`) first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const buildDir = path.resolve(__dirname, '../../build');

describe('the built scripts', () => {
  it('carry no code highlighter', () => {
    const scripts = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts.length, 'run "npm run build" first').toBeGreaterThan(20);
    const withPrism = scripts.filter((file) =>
      /languages\.extend\(/.test(readFileSync(path.join(buildDir, file), 'utf8')),
    );
    expect(withPrism).toEqual([]);
  });
});
