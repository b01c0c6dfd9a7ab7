import type { ReactNode } from 'react';
import type { Props } from '@theme/Admonition';
import { unusedThemePart } from '../unusedThemePart';

export type { Props };

/**
 * The guide has no admonitions: the author's guide has no form for one, so the docs plugin reads
 * `:::note` as text (`admonitions: false`, docusaurus.config.ts) and the theme's Admonition, with
 * its icons, is left out of every docs page.
 */
export default function Admonition(_: Props): ReactNode {
  throw unusedThemePart('Admonition', 'an admonition');
}
