import type { ReactNode } from 'react';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { unusedThemePart } from '../unusedThemePart';

/** The guide has one version, so no badge; the theme's code for one is left out of every page. */
export default function DocVersionBadge(): ReactNode {
  if (useDocsVersion().badge) throw unusedThemePart('DocVersionBadge', 'a docs version with a badge');
  return null;
}
