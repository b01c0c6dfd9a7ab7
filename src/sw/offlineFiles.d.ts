/** Whether a file, by its path from the locale's root (`assets/js/main.1a2b.js`), is in the offline copy. */
export function isOfflineFile(path: string): boolean;
