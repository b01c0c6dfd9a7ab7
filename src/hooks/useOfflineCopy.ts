import { useSyncExternalStore } from 'react';
import { offlineState, subscribeOfflineState, type OfflineState } from '@site/src/lib/offline/offlineCopy';

/** The current locale's offline copy; 'unsupported' on the server and without service workers. */
export function useOfflineCopy(): OfflineState {
  return useSyncExternalStore(subscribeOfflineState, offlineState, () => 'unsupported');
}
