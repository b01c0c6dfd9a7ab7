import { describe, expect, it } from 'vitest';
import { isConstrainedConnection, parseOfflineChoice, shouldSaveOffline } from './policy';

const fast = { saveData: false, effectiveType: '4g' };

describe('shouldSaveOffline', () => {
  it('waits for a second page view in the session', () => {
    expect(shouldSaveOffline({ pageViews: 1, choice: undefined, connection: fast })).toBe(false);
    expect(shouldSaveOffline({ pageViews: 2, choice: undefined, connection: fast })).toBe(true);
    expect(shouldSaveOffline({ pageViews: 5, choice: undefined, connection: undefined })).toBe(true);
  });

  it('never saves on its own under Save-Data or a 2G-class connection', () => {
    expect(shouldSaveOffline({ pageViews: 3, choice: undefined, connection: { saveData: true } })).toBe(false);
    for (const effectiveType of ['2g', 'slow-2g'])
      expect(shouldSaveOffline({ pageViews: 3, choice: undefined, connection: { effectiveType } })).toBe(false);
    expect(shouldSaveOffline({ pageViews: 3, choice: undefined, connection: { effectiveType: '3g' } })).toBe(true);
  });

  it('saves at once when the reader asked, whatever the connection', () => {
    expect(shouldSaveOffline({ pageViews: 1, choice: 'asked', connection: { saveData: true } })).toBe(true);
  });

  it('never saves again on its own after the reader removed the copy', () => {
    expect(shouldSaveOffline({ pageViews: 9, choice: 'removed', connection: fast })).toBe(false);
  });
});

describe('isConstrainedConnection', () => {
  it('knows the constrained connections', () => {
    expect(isConstrainedConnection(undefined)).toBe(false);
    expect(isConstrainedConnection({ saveData: true, effectiveType: '4g' })).toBe(true);
    expect(isConstrainedConnection({ effectiveType: 'slow-2g' })).toBe(true);
    expect(isConstrainedConnection({ effectiveType: '4g' })).toBe(false);
  });
});

describe('parseOfflineChoice', () => {
  it('reads only the known choices', () => {
    expect(parseOfflineChoice('asked')).toBe('asked');
    expect(parseOfflineChoice('removed')).toBe('removed');
    expect(parseOfflineChoice(null)).toBeUndefined();
    expect(parseOfflineChoice('yes')).toBeUndefined();
  });
});
