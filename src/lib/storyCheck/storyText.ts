/**
 * A story's STAR parts as plain text, from its page's blocks (src/lib/guide/blocks): the text a
 * reader sees, one line per paragraph or list item, without diagrams or markup.
 */
import type { PageContent } from '../guide/blocks';
import { ContentError } from '../contentError';
import { STAR_PARTS } from '../story/starParts';
import type { StoryText } from './analysis';

/**
 * Each STAR part's text. `file` names the source in errors: a story must hold each part, written
 * or marked `toPrepare` (whose draft is shown as unfinished, not counted as text).
 */
export function storyTextOf({ blocks, starSections }: PageContent, file: string): StoryText {
  const missing = STAR_PARTS.filter((part) => !starSections.includes(part));
  if (missing.length > 0)
    throw new ContentError(
      file,
      `no <StarSection part="${missing.join('">, <StarSection part="')}">: expected all four STAR parts (mark an unwritten one toPrepare="…").`,
    );
  const part = (name: (typeof STAR_PARTS)[number]) => {
    const own = blocks.filter((block) => block.star === name);
    return {
      text: own
        .filter((block) => block.shownAs !== 'to-prepare' && block.text)
        .map((block) => block.text)
        .join('\n'),
      toPrepare: own.some((block) => block.shownAs === 'to-prepare'),
    };
  };
  return Object.fromEntries(STAR_PARTS.map((name) => [name, part(name)])) as StoryText;
}
