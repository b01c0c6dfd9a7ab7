// The files of a locale's offline copy, by their path from the locale's root: the pages, the code
// and styles they load, the locale's search index, the diagram drawings (fetched after a
// client-side navigation) and the logo. The build precaches exactly these (plugins/offline); the
// worker answers from the copy for these (offlineNavigation.js). Plain JS: the worker's compiler
// takes only .js.

const OFFLINE_FILES = [
  /\.html$/,
  /^assets\/(js|css)\/[^/]+\.(js|css)$/,
  /^search-index[^/]*\.json$/,
  /^diagram-[0-9a-f]+\.svg$/,
  /^img\/(logo|favicon)\.svg$/,
];

/** Whether a file, by its path from the locale's root (`assets/js/main.1a2b.js`), is in the offline copy. */
export function isOfflineFile(path) {
  return OFFLINE_FILES.some((pattern) => pattern.test(path));
}
