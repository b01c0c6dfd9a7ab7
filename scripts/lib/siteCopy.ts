/**
 * A temporary copy of the site's sources (node_modules linked, not copied), for builds that
 * must not touch the working tree: the content tests' broken copies and the bench's cold build.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `__filename`, not `__dirname`: tsx gives ESM-loaded TypeScript a wrong `__dirname`.
const root = path.resolve(path.dirname(__filename), '../..');

/** What a build reads, from the project root. */
export const SITE_FILES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'package.json',
  'tsconfig.json',
  'docs',
  'src',
  'plugins',
  'static',
  'i18n',
  'diagram-cache',
];

export function copySite(prefix: string, leaveOut: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of SITE_FILES.filter((file) => !leaveOut.includes(file)))
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}
