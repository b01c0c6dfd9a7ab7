/**
 * The local search (`@easyops-cn/docusaurus-search-local`), fed each STAR section's text under
 * its heading: its `postBuild` indexes copies of the built pages as `indexedHtml` rewrites them,
 * and its index files are copied back. The served pages are not changed. Options are the search
 * plugin's own, validated by it.
 *
 * Its search box reads one number (`searchResultLimits`) from a generated module that also loads
 * lunr and sets up its languages, so lunr ran in the main bundle of every page although only the
 * search worker searches. The box gets the number from a module of its own (`searchBarConstants`);
 * the worker keeps the generated one. `tests/content/searchCode.test.ts` fails if lunr comes back.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import * as searchLocalModule from '@easyops-cn/docusaurus-search-local';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { indexedHtml } from './indexedHtml';

// The package's type declarations describe its options only, not the plugin module itself.
const searchLocal = searchLocalModule as unknown as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};

/** The search box's import of the generated constants (the package's `SearchBar.jsx`). */
const SEARCH_BAR =
  /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]SearchBar[\\/]SearchBar\.jsx$/;
const GENERATED_CONSTANTS = /[\\/]utils[\\/]proxiedGeneratedConstants$/;

/** The one constant the search box reads, as a module (webpack reads `data:` modules). */
export function searchBarConstants(searchResultLimits: number): string {
  return `data:text/javascript,${encodeURIComponent(`export const searchResultLimits = ${searchResultLimits};`)}`;
}

/** The search plugin's index files (`search-index.json`, or hashed) in a build folder. */
const INDEX_FILE = /^search-index.*\.json$/;

// Docusaurus hands over the options as the search plugin's `validateOptions` returned them.
function searchIndexTheme(context: LoadContext, options: unknown): Plugin {
  const search = searchLocal.default(context, options as PluginOptions);
  const { searchResultLimits } = options as Required<Pick<PluginOptions, 'searchResultLimits'>>;
  return {
    ...search,
    configureWebpack(config, isServer, utils, content) {
      const own = search.configureWebpack?.(config, isServer, utils, content) ?? {};
      return {
        ...own,
        plugins: [
          ...(own.plugins ?? []),
          new utils.currentBundler.instance.NormalModuleReplacementPlugin(GENERATED_CONSTANTS, (resource) => {
            if (SEARCH_BAR.test(resource.contextInfo?.issuer ?? ''))
              resource.request = searchBarConstants(searchResultLimits);
          }),
        ],
      };
    },
    async postBuild(props) {
      const staged = mkdtempSync(path.join(tmpdir(), 'dla-search-index-'));
      try {
        const pages = readdirSync(props.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of pages) {
          mkdirSync(path.dirname(path.join(staged, file)), { recursive: true });
          writeFileSync(path.join(staged, file), indexedHtml(readFileSync(path.join(props.outDir, file), 'utf8')));
        }
        await search.postBuild!({ ...props, outDir: staged });
        for (const file of readdirSync(staged).filter((name) => INDEX_FILE.test(name)))
          cpSync(path.join(staged, file), path.join(props.outDir, file));
      } finally {
        rmSync(staged, { recursive: true, force: true });
      }
    },
  };
}

const theme: PluginModule = Object.assign(searchIndexTheme, { validateOptions: searchLocal.validateOptions });
export default theme;
