/**
 * No code highlighter in the pages' scripts. The guide's pages hold no code blocks (a code block
 * other than a Mermaid diagram fails the build: src/lib/guide/blocks.ts), yet the classic theme
 * loads Prism on every page through `prism-react-renderer`, whose languages are built when the
 * main bundle starts: a phone's longest task on every page (see README, Performance). Here
 * `prism-react-renderer` resolves to `plainCode.ts`, a Prism with no languages, for the theme's
 * loader of `prism.additionalLanguages`; that loader bundles exactly the listed languages (none),
 * not the `prismjs/components` index its own pattern also matches. `src/theme/CodeBlock` shows
 * code as plain text.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The `prismjs/components` files a site with these additional languages needs. */
export function prismComponentsPattern(additionalLanguages: readonly string[]): RegExp {
  const files = additionalLanguages.map((language) => `prism-${language}`);
  // `(?!)` never matches: with no language, no file.
  return new RegExp(`^\\./(?:${['(?!)', ...files].join('|')})$`);
}

/** Where `prism-react-renderer` resolves in the site's bundles. */
export const PLAIN_CODE = path.join(__dirname, 'plainCode.ts');

export default function codeHighlightingPlugin(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as { prism?: { additionalLanguages?: string[] } };
  return {
    name: 'code-highlighting',
    configureWebpack: (_config, _isServer, { currentBundler }) => ({
      resolve: { alias: { 'prism-react-renderer$': PLAIN_CODE } },
      plugins: [
        new currentBundler.instance.ContextReplacementPlugin(
          /prismjs[\\/]components$/,
          prismComponentsPattern(prism?.additionalLanguages ?? []),
        ),
      ],
    }),
  };
}
