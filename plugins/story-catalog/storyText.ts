/** A story's STAR text as a locale's page shows it, read through the one MDX parse (plugins/guide). */
import { ContentError, reported } from '../content-errors';
import type { SiteLocale } from '../localized-text/locales';
import { readPageContent, shownPath } from '../guide/mdx';
import { storyTextOf } from '../../src/lib/storyCheck/storyText';
import type { StoryText } from '../../src/lib/storyCheck/analysis';

export function readStoryText(file: string, source: string, locale: SiteLocale): StoryText {
  try {
    return storyTextOf(readPageContent(file, source, locale), shownPath(file));
  } catch (error) {
    throw error instanceof ContentError ? reported(error) : error;
  }
}
