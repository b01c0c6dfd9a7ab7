/**
 * The two locales render the same page: for every docs page of the English build, the
 * Chinese page has the same headings (by id), STAR sections, diagrams (by drawing id), link
 * targets, and story facts (front matter and the numbers in its sections). Only wording may differ, so drift between languages
 * shows up here as one line per page and difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { DIAGRAM_SVG, STAR_SECTION, STAR_SECTION_ATTRIBUTE } from '../../src/lib/pageMarkers';

export const OTHER_LOCALE = 'zh-Hans';

/** What must agree between the locales, read from one built page's article. */
export function pageStructure(html: string): Record<string, string[]> {
  const $ = load(html);
  const article = $('article').first();
  // A story's numbers are its facts (sections are the author's text in both languages);
  // other prose is translated, where "five" may rightly become "5".
  const storyText = article
    .find(STAR_SECTION)
    .find('*')
    .contents()
    .filter((_, node) => node.type === 'text')
    .map((_, node) => $(node).text())
    .get()
    .join(' ');
  return {
    headings: article
      .find('h2[id], h3[id], h4[id], h5[id], h6[id]')
      .map((_, el) => $(el).attr('id'))
      .get(),
    sections: article
      .find(STAR_SECTION)
      .map((_, el) => $(el).attr(STAR_SECTION_ATTRIBUTE))
      .get(),
    diagrams: article
      .find(`${DIAGRAM_SVG} svg[id]`)
      .map((_, el) => $(el).attr('id'))
      .get(),
    links: article
      .find('a[href]')
      .map((_, el) => ($(el).attr('href') ?? '').replace(new RegExp(`^/${OTHER_LOCALE}(?=/|$)`), '') || '/')
      .get(),
    numbers: (storyText.match(/\d+(?:[.,]\d+)*\+?%?/g) ?? []).sort(),
    facts: article
      .find('dl dd')
      .map((_, el) => $(el).text().trim())
      .get(),
  };
}

function htmlFiles(dir: string, skip: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${skip}/`))
    .sort();
}

/** One line per page and difference; `otherBuildDir` defaults to the same build's locale folder. */
export function localeDrift(buildDir: string, otherBuildDir = path.join(buildDir, OTHER_LOCALE)): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(buildDir, OTHER_LOCALE)) {
    const english = readFileSync(path.join(buildDir, file), 'utf8');
    if (!english.includes('docs-doc-page')) continue; // search, tag lists and 404 have no page source
    const other = path.join(otherBuildDir, file);
    if (!existsSync(other)) {
      problems.push(`${file}: no ${OTHER_LOCALE} page`);
      continue;
    }
    const a = pageStructure(english);
    const b = pageStructure(readFileSync(other, 'utf8'));
    for (const key of Object.keys(a))
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        problems.push(
          `${file}: ${key} differ: en ${JSON.stringify(a[key])}, ${OTHER_LOCALE} ${JSON.stringify(b[key])}`,
        );
  }
  return problems;
}
