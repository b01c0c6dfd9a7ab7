/** The reader-facing name of each STAR part, in the page's language. */
import { translate } from '@docusaurus/Translate';
import type { StarPart } from './starParts';

export function starPartLabel(part: StarPart): string {
  const labels: Record<StarPart, string> = {
    situation: translate({ id: 'star.situation', message: 'Situation' }),
    task: translate({ id: 'star.task', message: 'Task' }),
    action: translate({ id: 'star.action', message: 'Action' }),
    result: translate({ id: 'star.result', message: 'Result' }),
  };
  return labels[part];
}
