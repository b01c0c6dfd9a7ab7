/**
 * A search result opens at its match: the STAR section holding it is opened, the match is
 * scrolled into view and the query's words are highlighted (CSS Custom Highlight API: no
 * change to the page's DOM).
 *
 * The search plugin's own highlighting hands the words over in the URL (`?_highlight=`), so they
 * end up in the address bar and in every link copied from the page. Instead, the query is read
 * from the search box when a result is chosen (autocomplete.js fires `autocomplete:selected` on
 * the box just before the plugin navigates) and kept here: choosing a result is a client-side
 * navigation, so this module is still loaded when the page arrives.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { queryPatterns } from '@site/src/lib/search/searchMatches';
import { DIAGRAM_SVG, STAR_SECTION, TOOLBAR } from '@site/src/lib/pageMarkers';
import './searchLanding.css';

/** The highlight the stylesheet paints with `::highlight(search-match)`. */
const HIGHLIGHT = 'search-match';
/** Text the search index leaves out (drawings, toolbars), and text never shown. */
const SKIPPED = `${DIAGRAM_SVG}, ${TOOLBAR}, [hidden], script, style`;

let chosenQuery: string | undefined;

function rangesOf(pattern: RegExp, root: Element): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    for (const match of node.data.matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

function showMatches(query: string): void {
  const patterns = queryPatterns(query);
  const article = document.querySelector('article');
  if (!patterns || !article) return;
  const words = rangesOf(patterns.words, article);
  const phrases = rangesOf(patterns.phrase, article);
  // A result with a fragment (a section's) lands on a match in that section; a phrase before a word.
  const anchor = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  const target = anchor?.closest(STAR_SECTION) ?? anchor;
  const inTarget = (range: Range) => !target || target.contains(range.startContainer);
  const landing = phrases.find(inTarget) ?? words.find(inTarget) ?? phrases[0] ?? words[0];
  if (!landing) return;
  const section = landing.startContainer.parentElement?.closest<HTMLDetailsElement>(STAR_SECTION);
  if (section) section.open = true;
  // A third of the way down: below the sticky navbar, with the text before it in sight.
  window.scrollBy({ top: landing.getBoundingClientRect().top - window.innerHeight / 3, behavior: 'instant' });
  if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(...words));
}

if (ExecutionEnvironment.canUseDOM) {
  // Capture phase: seen before the plugin's own handler navigates away.
  document.addEventListener(
    'autocomplete:selected',
    (event) => {
      chosenQuery = (event.target as HTMLInputElement).value;
    },
    true,
  );
}

export function onRouteDidUpdate(): void {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  const query = chosenQuery;
  chosenQuery = undefined;
  // After the new page's effects (a section link scrolls to its section; a remembered
  // "Collapse all" closes sections): React runs them before the next frame is drawn.
  if (query) requestAnimationFrame(() => setTimeout(() => showMatches(query)));
}
