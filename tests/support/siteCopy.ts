/**
 * A temporary copy of the site, built for real: how the content tests prove that bad input fails
 * the build with a line naming its source, and that the project's own commands keep it building.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copySite } from '../../scripts/lib/siteCopy';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface BuildResult {
  status: number | null;
  /** Everything it printed, stdout then stderr. */
  output: string;
  stderr: string;
}

export interface SiteCopy {
  dir: string;
  /**
   * Builds one locale (English by default; Chinese goes to `build/zh-Hans/`) or `all` of them;
   * returns the exit status, everything it printed and its stderr alone.
   */
  build(env?: Record<string, string>, options?: { locale?: 'en' | 'zh-Hans' | 'all' }): BuildResult;
  /** Runs `npm run <script> -- <args>` in the copy (made `withScripts`), without npm's own messages. */
  npmRun(script: string, args: string[]): CommandResult;
  remove(): void;
}

/**
 * Copies the site and applies each edit to its file (each must change its file); `withScripts`
 * also copies `scripts/`, for tests that run the project's own commands in the copy.
 */
export function siteCopyWith(
  edits: Record<string, (text: string) => string>,
  { withScripts = false }: { withScripts?: boolean } = {},
): SiteCopy {
  const dir = copySite('dla-site-copy-');
  if (withScripts) cpSync(path.join(__dirname, '../../scripts'), path.join(dir, 'scripts'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const text = readFileSync(target, 'utf8');
    const edited = edit(text);
    expect(edited, `the edit must change ${file}`).not.toBe(text);
    writeFileSync(target, edited);
  }
  return {
    dir,
    build(env = {}, { locale = 'en' } = {}) {
      const onlyLocale = locale === 'all' ? [] : ['--locale', locale];
      const result = spawnSync('npx', ['docusaurus', 'build', ...onlyLocale, '--out-dir', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: locale === 'all' ? 360_000 : 180_000,
        env: { ...process.env, ...env },
      });
      return { status: result.status, output: result.stdout + result.stderr, stderr: result.stderr };
    },
    npmRun(script, args) {
      const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: dir, encoding: 'utf8' });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
