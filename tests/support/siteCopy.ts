/**
 * A temporary copy of the site with one deliberate mistake, built for real: how the content
 * tests prove that bad input fails the build with a line naming its source.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copySite } from '../../scripts/lib/siteCopy';

export interface SiteCopy {
  dir: string;
  /** Builds the English site; returns the exit status and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/** Copies the site and applies each edit to its file (each must change its file). */
export function siteCopyWith(edits: Record<string, (text: string) => string>): SiteCopy {
  const dir = copySite('dla-site-copy-');
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const text = readFileSync(target, 'utf8');
    const edited = edit(text);
    expect(edited, `the edit must change ${file}`).not.toBe(text);
    writeFileSync(target, edited);
  }
  return {
    dir,
    build(env = {}) {
      const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en', '--out-dir', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, ...env },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
