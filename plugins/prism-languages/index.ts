/**
 * Keeps Prism's language loader out of every page. The classic theme limits the bundled
 * `prismjs/components` to `prism.additionalLanguages`, but with none listed its pattern still
 * matches the folder's index, which bundles Prism's loader and its language catalogue (about
 * 9 KB gzip in the main bundle) for a loop that never runs. This narrows the same context to
 * exactly the listed languages, so an empty list bundles nothing.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The `prismjs/components` files a site with these additional languages needs. */
export function prismComponentsPattern(additionalLanguages: readonly string[]): RegExp {
  const files = additionalLanguages.map((language) => `prism-${language}`);
  // `(?!)` never matches: with no language, no file.
  return new RegExp(`^\\./(?:${['(?!)', ...files].join('|')})$`);
}

export default function prismLanguagesPlugin(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as { prism?: { additionalLanguages?: string[] } };
  return {
    name: 'prism-languages',
    configureWebpack: (_config, _isServer, { currentBundler }) => ({
      plugins: [
        new currentBundler.instance.ContextReplacementPlugin(
          /prismjs[\\/]components$/,
          prismComponentsPattern(prism?.additionalLanguages ?? []),
        ),
      ],
    }),
  };
}
