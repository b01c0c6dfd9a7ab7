/**
 * The production build's pages carry the site's Content-Security-Policy, and the offline copy
 * versions the pages as they are served: the policy is written before plugin-pwa reads them.
 * Needs a production build (`npm run build`) first.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSource, inlineScripts } from '../../plugins/content-security-policy/policy';

const buildDir = path.resolve(__dirname, '../../build');
const LOCALE_DIRS = { en: '', 'zh-Hans': 'zh-Hans' };

function pagesOf(localeDir: string): string[] {
  return readdirSync(path.join(buildDir, localeDir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && (localeDir !== '' || !file.startsWith('zh-Hans/')))
    .map((file) => path.join(localeDir, file));
}

const POLICY =
  /^<!doctype html><html[^>]*><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="([^"]+)">/;

describe.each(Object.entries(LOCALE_DIRS))('the %s build', (locale, localeDir) => {
  const pages = pagesOf(localeDir);

  it('gives every page one policy, first in its head, that allows each of its inline scripts by hash', () => {
    expect(pages.length).toBeGreaterThan(50);
    const policies = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(path.join(buildDir, page), 'utf8');
      const policy = POLICY.exec(html)?.[1];
      expect(policy, `${page}: the policy right after the charset`).toBeDefined();
      expect(html.match(/http-equiv="Content-Security-Policy"/g), page).toHaveLength(1);
      const scriptSources = policy!.split('; ').find((directive) => directive.startsWith('script-src '))!;
      for (const script of inlineScripts(html)) expect(scriptSources, page).toContain(hashSource(script));
      policies.add(policy!);
    }
    // One policy for the locale: a client-side navigation keeps the first page's. It allows two
    // inline scripts: the colour-mode script in every head and the home page's base-URL banner.
    expect(policies.size).toBe(1);
    expect([...policies][0].match(/'sha256-[A-Za-z0-9+/]{43}='/g)).toHaveLength(2);
  });

  it('versions each page in the offline copy as it is served, policy included', () => {
    const worker = readFileSync(path.join(buildDir, localeDir, 'sw.js'), 'utf8');
    const revisions = new Map(
      [...worker.matchAll(/\{"revision":"([0-9a-f]{32})","url":"([^"]+\.html)"\}/g)].map(([, revision, url]) => [
        url,
        revision,
      ]),
    );
    expect(revisions.size, `${locale}: pages in the offline copy`).toBeGreaterThan(50);
    for (const [url, revision] of revisions) {
      const served = readFileSync(path.join(buildDir, localeDir, url));
      expect(createHash('md5').update(served).digest('hex'), url).toBe(revision);
    }
  });
});
