/** The four parts of a STAR story, in the order a story tells them. */
export type StarPart = 'situation' | 'task' | 'action' | 'result';

export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];
