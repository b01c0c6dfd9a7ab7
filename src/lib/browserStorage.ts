/**
 * Web Storage that never throws: private windows and locked-down browsers refuse storage,
 * and the site must keep working (callers can tell the user when `available` is false).
 */
export interface SafeStorage {
  available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function safeStorage(kind: 'localStorage' | 'sessionStorage'): SafeStorage {
  let store: Storage | undefined;
  try {
    store = window[kind];
    const probe = '__storage_probe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
  } catch {
    store = undefined;
  }
  return {
    available: store !== undefined,
    get: (key) => store?.getItem(key) ?? null,
    set: (key, value) => {
      try {
        store?.setItem(key, value);
      } catch {
        // Quota or policy errors: keep the in-page state only.
      }
    },
    remove: (key) => store?.removeItem(key),
  };
}

/** The one name every key the site stores starts with: `dla-prep:<name>`. */
export function storageKey(name: string): string {
  return `dla-prep:${name}`;
}

/**
 * The value under `key`, moved there from the key an earlier release used (which is removed), so
 * a reader's choice outlives a rename.
 */
export function getMoved(storage: SafeStorage, key: string, earlierKey: string): string | null {
  const value = storage.get(key);
  if (value !== null) return value;
  const earlier = storage.get(earlierKey);
  if (earlier !== null) {
    storage.set(key, earlier);
    storage.remove(earlierKey);
  }
  return earlier;
}
