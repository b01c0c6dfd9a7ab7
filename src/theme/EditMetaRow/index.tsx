import type { ReactNode } from 'react';
import type { Props } from '@theme/EditMetaRow';
import { unusedThemePart } from '../unusedThemePart';

export type { Props };

/**
 * The docs footer renders this only for an edit link or a last-update date, which the site does not
 * configure (no `editUrl`, `showLastUpdateTime: false`); the theme's code for them is left out.
 */
export default function EditMetaRow(_: Props): ReactNode {
  throw unusedThemePart('EditMetaRow', 'an edit link or a last-update date (editUrl, showLastUpdateTime)');
}
