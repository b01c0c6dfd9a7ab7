import type { ReactNode } from 'react';

export interface Props {
  children?: ReactNode;
}

/**
 * Words the site adds around the author's guide (a heading to navigate by, a page's introduction):
 * shown as written, and left out of the author's guide that `npm run guide` writes from the pages.
 */
export default function SiteText({ children }: Props): ReactNode {
  return children;
}
