import { useCallback, useEffect, useState } from 'react';
import { safeStorage } from '@site/src/lib/browserStorage';
import { EMPTY_PROGRESS, parseProgress, PROGRESS_KEY, type PracticeProgress } from '@site/src/lib/practice/progress';

export type UpdateProgress = (change: (progress: PracticeProgress) => PracticeProgress) => void;

export interface PracticeProgressState {
  progress: PracticeProgress;
  update: UpdateProgress;
  reset: () => void;
  /** False when the browser refuses local storage: progress then lasts until the page is left. */
  storageAvailable: boolean;
}

/** Practice progress, loaded from local storage after hydration and saved on every change. */
export function usePracticeProgress(): PracticeProgressState {
  // Null until loaded, so the defaults rendered first never overwrite a saved state.
  const [progress, setProgress] = useState<PracticeProgress | null>(null);
  const [storageAvailable, setStorageAvailable] = useState(true);

  useEffect(() => {
    const storage = safeStorage('localStorage');
    setStorageAvailable(storage.available);
    setProgress(parseProgress(storage.get(PROGRESS_KEY)));
  }, []);

  useEffect(() => {
    if (progress) safeStorage('localStorage').set(PROGRESS_KEY, JSON.stringify(progress));
  }, [progress]);

  const update: UpdateProgress = useCallback(
    (change) => setProgress((previous) => change(previous ?? EMPTY_PROGRESS)),
    [],
  );
  const reset = useCallback(() => setProgress(EMPTY_PROGRESS), []);
  return { progress: progress ?? EMPTY_PROGRESS, update, reset, storageAvailable };
}
