import { describe, expect, it } from 'vitest';
import { getMoved, storageKey, type SafeStorage } from './browserStorage';

function memoryStorage(entries: Record<string, string>): SafeStorage & { entries: Record<string, string> } {
  return {
    entries,
    available: true,
    get: (key) => entries[key] ?? null,
    set: (key, value) => {
      entries[key] = value;
    },
    remove: (key) => {
      delete entries[key];
    },
  };
}

describe('storage keys', () => {
  it("all start with the site's name", () => {
    expect(storageKey('offline')).toBe('dla-prep:offline');
  });

  it('a value under an earlier key moves to the current one', () => {
    const storage = memoryStorage({ 'dla-prep.offline': 'removed' });
    expect(getMoved(storage, 'dla-prep:offline', 'dla-prep.offline')).toBe('removed');
    expect(storage.entries).toEqual({ 'dla-prep:offline': 'removed' });
  });

  it('the current key wins, and nothing stored stays nothing', () => {
    const storage = memoryStorage({ 'dla-prep:offline': 'asked', 'dla-prep.offline': 'removed' });
    expect(getMoved(storage, 'dla-prep:offline', 'dla-prep.offline')).toBe('asked');
    expect(getMoved(memoryStorage({}), 'dla-prep:offline', 'dla-prep.offline')).toBeNull();
  });
});
