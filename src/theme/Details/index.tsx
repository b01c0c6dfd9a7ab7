import type { ReactNode } from 'react';
import type { Props } from '@theme/Details';
import { unusedThemePart } from '../unusedThemePart';

export type { Props };

/**
 * No page of the guide writes `<details>` in MDX (the STAR sections and the story check are the
 * site's own components), so the theme's animated Details is left out of every docs page.
 */
export default function Details(_: Props): ReactNode {
  throw unusedThemePart('Details', 'a <details> block in a page');
}
