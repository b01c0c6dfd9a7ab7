/**
 * Writes the Content-Security-Policy (./policy.ts) into every page of a locale's build, with one
 * policy for all of them: after a client-side navigation the first page's policy still rules,
 * so it must allow every page's inline scripts.
 *
 * postBuild does all its work before its first `await`: Docusaurus starts the plugins' postBuild
 * hooks one after another, so the pages are final before plugin-pwa (listed after this plugin)
 * reads them to version the offline copy.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { contentSecurityPolicy, inlineScripts, withPolicy } from './policy';

/** The HTML files of the locale built into `outDir`, leaving out other locales' folders. */
function pagesOf(outDir: string, otherLocales: string[]): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !otherLocales.some((locale) => file.startsWith(`${locale}/`)))
    .map((file) => path.join(outDir, file));
}

export default function contentSecurityPolicyPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-security-policy',
    postBuild({ outDir }) {
      const { currentLocale, locales } = context.i18n;
      const pages = pagesOf(
        outDir,
        locales.filter((locale) => locale !== currentLocale),
      ).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
      const policy = contentSecurityPolicy(pages.flatMap(({ html }) => inlineScripts(html)));
      for (const { file, html } of pages) {
        try {
          writeFileSync(file, withPolicy(html, policy));
        } catch (error) {
          throw new Error(`${path.relative(context.siteDir, file)}: ${(error as Error).message}`);
        }
      }
      return Promise.resolve();
    },
  };
}
