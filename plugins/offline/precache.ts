/**
 * What a locale's offline copy holds (plugin-pwa's `injectManifestConfig.manifestTransforms`):
 * what reading offline needs, nothing else (`src/sw/offlineFiles.js`). The plugin's own patterns
 * take every file of the build; this drops link-preview cards, app icons and the worker's own code.
 */
import type { ManifestTransform } from 'workbox-build';
import { isOfflineFile } from '../../src/sw/offlineFiles.js';

export const offlineManifest: ManifestTransform = (entries) => ({
  manifest: entries.filter((entry) => isOfflineFile(entry.url)),
  warnings: [],
});
