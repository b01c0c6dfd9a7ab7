/** `npm test`'s closing line counts the tests of every step from its runner's report. */
import { describe, expect, it } from 'vitest';
import { addCounts, countsOfExit, countsOfReport, formatCounts } from '../../scripts/lib/testCounts';

describe('the test counts of npm test', () => {
  it('reads a Vitest JSON report, todo tests as skipped', () => {
    expect(countsOfReport({ numPassedTests: 410, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1 })).toEqual({
      passed: 410,
      failed: 2,
      skipped: 2,
    });
  });

  it('reads a Playwright JSON report, a flaky test as failed', () => {
    expect(countsOfReport({ stats: { expected: 290, unexpected: 1, skipped: 3, flaky: 1 } })).toEqual({
      passed: 290,
      failed: 2,
      skipped: 3,
    });
  });

  it('refuses a report of another shape', () => {
    expect(() => countsOfReport({ tests: 3 })).toThrow('not a Vitest or Playwright JSON report');
  });

  it('counts a step without a report as one check, and adds every step into one line', () => {
    const total = addCounts([countsOfExit(0), countsOfExit(1), { passed: 5, failed: 0, skipped: 1 }]);
    expect(formatCounts(total)).toBe('6 passed, 1 failed, 1 skipped');
  });
});
