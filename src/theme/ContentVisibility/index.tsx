import type { ReactNode } from 'react';
import type { Props } from '@theme/ContentVisibility';
import { unusedThemePart } from '../unusedThemePart';

export type { Props };

/** No page of the guide is a draft or unlisted, so no banner; the theme's code for them is left out. */
export default function ContentVisibility({ metadata }: Props): ReactNode {
  const { unlisted, frontMatter } = metadata;
  // A doc's metadata names its file (`@site/docs/…`); the type only promises what blog posts have too.
  const source = 'source' in metadata ? ` (${String(metadata.source)})` : '';
  if (unlisted || frontMatter.unlisted || frontMatter.draft)
    throw unusedThemePart('ContentVisibility', `a draft or unlisted page${source}`);
  return null;
}
