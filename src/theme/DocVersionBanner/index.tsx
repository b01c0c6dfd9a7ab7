import type { ReactNode } from 'react';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { unusedThemePart } from '../unusedThemePart';

/** The guide has one version, so no banner; the theme's code for one is left out of every page. */
export default function DocVersionBanner(): ReactNode {
  if (useDocsVersion().banner) throw unusedThemePart('DocVersionBanner', 'a docs version with a banner');
  return null;
}
