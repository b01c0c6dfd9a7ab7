import { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { starSection } from '@site/src/lib/pageMarkers';
import { STAR_PARTS, type StarPart } from '@site/src/lib/story/starParts';

export type StarParts = Record<StarPart, string>;

/**
 * The HTML of each STAR section of a built story page, so practice mode shows the story's own
 * text without a copy: the section body minus the heading kept for the search indexer and
 * minus diagrams, whose controls only work on the story page. Sanitised: the HTML is fetched,
 * so scripts, event handlers and `javascript:` links are dropped before React inserts it.
 */
function starPartsOf(page: Document): StarParts {
  const entries = STAR_PARTS.map((part) => {
    const body = page.querySelector(`${starSection(part)} > div`);
    if (!body) throw new Error(`No ${part} section`);
    body.querySelectorAll('h3[hidden], figure').forEach((element) => element.remove());
    return [part, DOMPurify.sanitize(body.innerHTML, { USE_PROFILES: { html: true } })] as const;
  });
  return Object.fromEntries(entries) as StarParts;
}

type Loaded = { url: string; parts: StarParts | 'error' };

/** The story's STAR sections, fetched from its page: `loading` first, `error` if that fails. */
export function useStarParts(slug: string): StarParts | 'loading' | 'error' {
  const url = useBaseUrl(slug);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => starPartsOf(new DOMParser().parseFromString(html, 'text/html')))
      .catch(() => 'error' as const)
      .then((parts) => current && setLoaded({ url, parts }));
    return () => {
      current = false;
    };
  }, [url]);

  return loaded?.url === url ? loaded.parts : 'loading';
}
