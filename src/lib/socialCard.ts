/**
 * The 1200×630 social-card image (as SVG) that link previews show: a page's title, a
 * subtitle and one line of body text. Rasterised to PNG at build time by the story-catalog
 * plugin, because most link unfurlers do not accept SVG.
 */

export interface SocialCard {
  eyebrow: string;
  title: string;
  subtitle?: string;
  body?: string;
}

/** Where a story's card is written, relative to the root of the build. */
export function storyCardPath(storyId: string): string {
  return `img/cards/${storyId}.png`;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const FONT = "'Noto Sans CJK SC', 'DejaVu Sans', 'Liberation Sans', sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Greedy word wrap by an estimated character budget; the last line ends with "…" if cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

function textBlock(lines: string[], x: number, y: number, size: number, weight: number, fill: string): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * size * 1.25}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

export function socialCardSvg(card: SocialCard): string {
  const title = wrapText(card.title, 34, 3);
  const titleY = 200;
  const subtitleY = titleY + title.length * 64 + 24;
  const subtitle = card.subtitle ? wrapText(card.subtitle, 60, 1) : [];
  const body = card.body ? wrapText(card.body, 62, 3) : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#0b2545"/>`,
    `<rect x="0" y="0" width="16" height="${CARD_HEIGHT}" fill="#ffb84d"/>`,
    textBlock([card.eyebrow], 80, 110, 30, 600, '#9fceff'),
    textBlock(title, 80, titleY, 52, 700, '#ffffff'),
    textBlock(subtitle, 80, subtitleY, 32, 600, '#ffdca8'),
    textBlock(body, 80, subtitleY + (subtitle.length ? 56 : 0), 28, 400, '#d1e8ff'),
    '</svg>',
  ].join('');
}
