/**
 * Every package the code imports is declared in package.json: an undeclared one works only while
 * another package happens to bring it, and breaks on an upgrade that stops doing so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['src', 'plugins', 'scripts', 'e2e', 'tests'];
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

/** Module names that are not packages: the site's and Docusaurus' webpack aliases. */
const ALIASES = [
  /^@site\//,
  /^@theme(-original|-init)?\//,
  /^@generated\//,
  /^@diagram-markup$/,
  // Docusaurus core's client modules (`@docusaurus/Link`, `@docusaurus/router`, …), aliases into @docusaurus/core.
  /^@docusaurus\/(Link|Translate|Interpolate|Head|BrowserOnly|ExecutionEnvironment|ErrorBoundary|Noop|router|constants|renderRoutes|isInternalUrl|use[A-Z]\w*)$/,
];

function sourceFiles(): string[] {
  const roots = readdirSync(ROOT).filter((file) => SOURCE.test(file));
  const nested = FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => SOURCE.test(file))
      .map((file) => path.join(folder, file)),
  );
  // This file's own examples are not imports.
  return [...roots, ...nested].filter((file) => file !== path.relative(ROOT, __filename));
}

/** The packages a file imports (static, dynamic, `require`, type-only), by their package name. */
function importedPackages(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\brequire\.resolve\(\s*['"]([^'"]+)['"]/g),
  ].map((match) => match[1]);
  return specifiers
    .filter((name) => !name.startsWith('.') && !name.startsWith('node:') && !ALIASES.some((alias) => alias.test(name)))
    .map((name) =>
      name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

describe('dependencies', () => {
  it('every imported package is declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
      'dependencies' | 'devDependencies',
      Record<string, string>
    >;
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    // A package of types only (`mdast`) is declared by its DefinitelyTyped name (`@types/mdast`).
    const typesOf = (name: string) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;
    const undeclared = sourceFiles().flatMap((file) =>
      importedPackages(readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((name) => !declared.has(name) && !declared.has(typesOf(name)))
        .map((name) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('finds the imports of each form', () => {
    expect(
      importedPackages(
        [
          "import a from 'a';",
          "import type { B } from '@scope/b/deep';",
          "import 'c/side-effect';",
          "const d = await import('d');",
          "require('e');",
          "export { f } from 'f';",
          "import x from './local'; import y from 'node:fs'; import z from '@site/src/z'; import L from '@docusaurus/Link';",
        ].join('\n'),
      ),
    ).toEqual(['a', '@scope/b', 'f', 'c', 'd', 'e']);
  });
});
