import { usePluginData } from '@docusaurus/useGlobalData';
import type { StoryCatalog } from '@site/src/lib/story/catalog';

/** Story facts and tag definitions published by `plugins/story-catalog` at build time. */
export function useStoryCatalog(): StoryCatalog {
  return usePluginData('story-catalog') as StoryCatalog;
}
