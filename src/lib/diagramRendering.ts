/**
 * Diagrams render when they come near the viewport, so a page's first load is not blocked by
 * Mermaid's layout work. Printing needs them all: `renderAllDiagrams` asks every diagram on
 * the page to render and resolves once each has its SVG (or an error in its place).
 */

export const RENDER_ALL_EVENT = 'dla:render-all-diagrams';
const RENDERED = '.docusaurus-mermaid-container > svg, [role="alert"]';

export function renderAllDiagrams(timeoutMs = 8000): Promise<void> {
  window.dispatchEvent(new Event(RENDER_ALL_EVENT));
  const done = () =>
    [...document.querySelectorAll('figure[data-diagram-key] [role="region"]')].every((region) =>
      region.querySelector(RENDERED),
    );
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Print anyway after a while: a diagram's text fallback is better than no printout.
    window.setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
  });
}

/** The Print button and Ctrl/Cmd+P: diagrams first, then the browser's print. */
export async function printWithDiagrams(): Promise<void> {
  await renderAllDiagrams();
  window.print();
}
