import { describe, expect, it } from 'vitest';
import { indexedHtml } from './indexedHtml';

// As the production build writes a STAR section (minified: attributes quoted only where needed).
const SECTION =
  '<section><details class=details_lWkL data-star-section=situation open><summary class=summary_DR0S>' +
  '<h2 id=situation class="anchor title_HzGF">Situation</h2></summary><div class=body_OiNA><p>I had a customer.</p></div></details></section>';

describe('indexedHtml', () => {
  it("puts a STAR section's heading beside its text, with the link the indexer reads its address from", () => {
    expect(indexedHtml(SECTION)).toBe(
      '<section><details class=details_lWkL data-star-section=situation open><summary class=summary_DR0S></summary>' +
        '<h2 id=situation class="anchor title_HzGF">Situation<a class="hash-link" href="#situation"></a></h2>' +
        '<div class=body_OiNA><p>I had a customer.</p></div></details></section>',
    );
  });

  it('reads a quoted id too, and every section of the page', () => {
    const quoted = SECTION.replace('id=situation', 'id="situation"');
    const twice = indexedHtml(quoted + SECTION.replaceAll('situation', 'task').replace('Situation', 'Task'));
    expect(twice.match(/<\/summary><h2/g)).toHaveLength(2);
    expect(twice).toContain('href="#situation"');
    expect(twice).toContain('href="#task"');
  });

  it('leaves every other <details> and heading alone', () => {
    const other = '<details><summary><h2 id=x>Story check</h2></summary><p>Text</p></details><h2 id=y>Heading</h2>';
    expect(indexedHtml(other)).toBe(other);
  });
});
