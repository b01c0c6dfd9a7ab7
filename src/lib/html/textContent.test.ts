import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './textContent';

describe('htmlToText', () => {
  it('drops scripts and tags, keeps inline text joined and blocks apart', () => {
    const html =
      '<script>var x = "<p>no</p>";</script><ul><li>ETL<ul><li>Trans<code>form</code></li></ul></li></ul><p>a&amp;b</p>';
    expect(htmlToText(html)).toBe('ETL Transform a&b');
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&quot;I&#x27;m&quot; &#8220;ok&#8221; &lt;3')).toBe('"I\'m" “ok” <3');
  });
});
