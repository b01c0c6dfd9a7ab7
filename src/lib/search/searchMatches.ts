/** What a search query looks for on the page it led to (global, case-insensitive patterns). */
export interface QueryPatterns {
  /** Any word of the query, longest first so that "shard" does not hide "sharding". */
  words: RegExp;
  /** The whole query, its words separated by any white space. */
  phrase: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The patterns of a query as the reader typed it; undefined for a blank query. */
export function queryPatterns(query: string): QueryPatterns | undefined {
  const typed = query.trim().split(/\s+/).filter(Boolean);
  if (typed.length === 0) return undefined;
  const words = [...new Set(typed.map((word) => word.toLowerCase()))].sort((a, b) => b.length - a.length);
  return {
    words: new RegExp(words.map(escape).join('|'), 'giu'),
    phrase: new RegExp(typed.map(escape).join('\\s+'), 'giu'),
  };
}
