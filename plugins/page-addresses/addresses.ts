/** Pages that would be served at the same address: each needs its own. */

export interface PageAddress {
  permalink: string;
  /** The page's source, relative to the site, e.g. `docs/overview.mdx`. */
  source: string;
}

/** Every page after the first at an address already taken, with the source of the first. */
export function sharedAddresses(pages: readonly PageAddress[]): Array<{ page: PageAddress; first: PageAddress }> {
  const firstAt = new Map<string, PageAddress>();
  const shared: Array<{ page: PageAddress; first: PageAddress }> = [];
  for (const page of pages) {
    // `/a` and `/a/` are one page to a static server.
    const address = page.permalink.replace(/(.)\/$/, '$1');
    const first = firstAt.get(address);
    if (first) shared.push({ page, first });
    else firstAt.set(address, page);
  }
  return shared;
}
