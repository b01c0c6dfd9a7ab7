/**
 * What the search indexer reads of a built page. It takes a section's text from the siblings
 * after its heading, but a STAR section's heading sits alone in its `<summary>`: in the indexer's
 * copy the heading follows the `<summary>`, beside the section's text, with the link to it
 * (`a.hash-link`) the indexer takes the section's address from. The page itself keeps one heading.
 */
import { STAR_SECTION_ATTRIBUTE } from '../../src/lib/pageMarkers';

const STAR_SUMMARY = new RegExp(
  `(<details\\b[^>]*\\s${STAR_SECTION_ATTRIBUTE}\\b[^>]*>\\s*<summary\\b[^>]*>)\\s*(<h2\\b[^>]*>)([\\s\\S]*?)</h2>\\s*(</summary>)`,
  'g',
);
const ID = /\sid=(?:"([^"]*)"|([^\s>]+))/;

export function indexedHtml(html: string): string {
  return html.replace(STAR_SUMMARY, (all, details: string, heading: string, title: string, summaryEnd: string) => {
    const match = ID.exec(heading);
    if (!match) return all;
    const id = match[1] ?? match[2];
    return `${details}${summaryEnd}${heading}${title}<a class="hash-link" href="#${id}"></a></h2>`;
  });
}
