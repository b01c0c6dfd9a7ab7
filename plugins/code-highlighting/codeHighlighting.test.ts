import { describe, expect, it } from 'vitest';
import { prismComponentsPattern } from './index';

describe('the Prism components bundled', () => {
  it('are exactly the additional languages, and none (not the folder index) when none are listed', () => {
    expect(prismComponentsPattern([]).test('./')).toBe(false);
    expect(prismComponentsPattern([]).test('./prism-bash')).toBe(false);
    const pattern = prismComponentsPattern(['bash', 'json']);
    expect(['./prism-bash', './prism-json', './', './prism-java'].filter((key) => pattern.test(key))).toEqual([
      './prism-bash',
      './prism-json',
    ]);
  });
});
