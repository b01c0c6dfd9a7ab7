/**
 * When the reader's offline copy of a locale is made. A first visit is for reading: caching
 * starts only when the reader asks (the "Save for offline" control) or shows they are using
 * the site (a second page view in the session), and never on a data-saving or 2G-class
 * connection unless they asked.
 */

/** What the reader chose with the control; unset until they use it. */
export type OfflineChoice = 'asked' | 'removed';

/** The Network Information API's fields that matter here (Chromium only; absent elsewhere). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

export interface SaveContext {
  /** Page views in this browser session, the current one included. */
  pageViews: number;
  choice: OfflineChoice | undefined;
  connection: ConnectionHints | undefined;
}

/** Page views in a session that show the reader is using the site, not passing through. */
export const PAGE_VIEWS_BEFORE_SAVING = 2;

const SLOW_CONNECTIONS = new Set(['slow-2g', '2g']);

export function isConstrainedConnection(connection: ConnectionHints | undefined): boolean {
  return connection?.saveData === true || SLOW_CONNECTIONS.has(connection?.effectiveType ?? '');
}

export function shouldSaveOffline({ pageViews, choice, connection }: SaveContext): boolean {
  if (choice === 'asked') return true;
  if (choice === 'removed' || isConstrainedConnection(connection)) return false;
  return pageViews >= PAGE_VIEWS_BEFORE_SAVING;
}

export function parseOfflineChoice(stored: string | null): OfflineChoice | undefined {
  return stored === 'asked' || stored === 'removed' ? stored : undefined;
}
