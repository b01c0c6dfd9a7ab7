/**
 * What a locale's offline copy holds (plugin-pwa's `injectManifestConfig.manifestTransforms`):
 * what reading offline needs, nothing else. The plugin's own patterns take every file of the
 * build; this keeps the pages, the code and styles they load, the locale's search index and
 * the diagram drawings (fetched after a client-side navigation), and drops link-preview
 * cards, app icons and the worker's own code.
 */
import type { ManifestTransform } from 'workbox-build';

const OFFLINE_FILES = [
  /\.html$/,
  /^assets\/(js|css)\/[^/]+\.(js|css)$/,
  /^search-index[^/]*\.json$/,
  /^diagram-[0-9a-f]+\.svg$/,
  /^img\/(logo|favicon)\.svg$/,
];

export function isOfflineFile(url: string): boolean {
  return OFFLINE_FILES.some((pattern) => pattern.test(url));
}

export const offlineManifest: ManifestTransform = (entries) => ({
  manifest: entries.filter((entry) => isOfflineFile(entry.url)),
  warnings: [],
});
