/**
 * `__RENDERING_HTML__`: true in the bundle that renders the static pages, false in the browser's.
 * `src/components/BuildTimeHtml` renders a component into the HTML at build time that the browser
 * does not load on a first view: webpack drops `__RENDERING_HTML__ ? require(…) : undefined` from
 * the browser's code, import included. (A `React.lazy` component would not do: React streams a
 * long page's late content as hidden HTML and an inline script, unreadable without JavaScript.)
 */
import type { Plugin } from '@docusaurus/types';

export default function htmlRenderFlagPlugin(): Plugin {
  return {
    name: 'html-render-flag',
    configureWebpack(_config, isServer, utils) {
      return { plugins: [new utils.currentBundler.instance.DefinePlugin({ __RENDERING_HTML__: isServer })] };
    },
  };
}
