/** Plain text of built HTML, for content checks without a browser. */

const BLOCK_TAGS =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|br|summary|details|section|article|header|footer|nav|td|th|tr|dt|dd|main|aside)\b[^>]*>/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(point);
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible text of an HTML document: scripts and styles dropped, blocks separated by spaces. */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_TAGS, ' ')
    .replace(/<[^>]+>/g, '');
  return normalizeSpace(decodeEntities(body));
}
