/** The four parts of a STAR story, in the order a story tells them. */
export type StarPart = 'situation' | 'task' | 'action' | 'result';

export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

/**
 * Each part's English name, for the table of contents written at build time (plugins/toc-entries),
 * where `translate()` is not available: the default messages of starPartLabel's `star.<part>`
 * translations, which must be written out there for Docusaurus to extract them.
 */
export const STAR_PART_NAMES: Readonly<Record<StarPart, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

/** The id of a part's name in the locales' code translations (`i18n/<locale>/code.json`). */
export const starPartMessageId = (part: StarPart): string => `star.${part}`;
