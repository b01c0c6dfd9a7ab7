/**
 * A story with a wrong front-matter field must fail the real build, naming file and field.
 * Builds a temporary copy of the site (English only) with one deliberate mistake.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const copy = mkdtempSync(path.join(tmpdir(), 'dla-broken-story-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function siteCopyWith(file: string, edit: (text: string) => string): void {
  for (const entry of [
    'docusaurus.config.ts',
    'sidebars.ts',
    'package.json',
    'tsconfig.json',
    'docs',
    'src',
    'plugins',
    'static',
    'i18n',
    'source',
  ]) {
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  const target = path.join(copy, file);
  const text = readFileSync(target, 'utf8');
  const edited = edit(text);
  expect(edited, 'the edit must change the file').not.toBe(text);
  writeFileSync(target, edited);
}

describe('story front matter validation in the build', () => {
  it('fails on an unknown principle with the file and field', () => {
    siteCopyWith('docs/stories/huron-data-platform.mdx', (text) =>
      text.replace('principle: dive-deep', 'principle: dive-deeper'),
    );
    const build = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en', '--out-dir', 'build'], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 180_000,
    });
    const output = build.stdout + build.stderr;
    expect(build.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain(
      'docs/stories/huron-data-platform.mdx: story front matter field "principles[1].principle" is invalid',
    );
    expect(output).toContain('got "dive-deeper"');
  }, 200_000);
});
