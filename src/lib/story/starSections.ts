/** DOM helpers for the native `<details>` STAR sections, shared by the story toolbar and printing. */
import { STAR_SECTION } from '../pageMarkers';

export function starSections(root: ParentNode = document): HTMLDetailsElement[] {
  return Array.from(root.querySelectorAll<HTMLDetailsElement>(STAR_SECTION));
}

export function setSectionsOpen(open: boolean, root?: ParentNode): void {
  for (const details of starSections(root)) details.open = open;
}

/** Opens every section and returns a function that puts back the reader's choice. */
export function openAllSectionsTemporarily(root?: ParentNode): () => void {
  const sections = starSections(root);
  const wasOpen = sections.map((details) => details.open);
  for (const details of sections) details.open = true;
  return () => sections.forEach((details, index) => (details.open = wasOpen[index]));
}
