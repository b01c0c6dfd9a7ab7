/**
 * How many tests a step of `npm test` ran, read from the JSON report its runner wrote (Vitest's
 * or Playwright's), so the run ends with one line over every step. A step with no report (types,
 * lint, a build) is one check: passed when it exited 0.
 */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
}

/** The counts of a runner's JSON report; throws on a report of neither shape. */
export function countsOfReport(report: unknown): TestCounts {
  const vitest = report as Partial<VitestReport>;
  if (typeof vitest.numPassedTests === 'number')
    return {
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests ?? 0,
      skipped: (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0),
    };
  const { stats } = report as Partial<PlaywrightReport>;
  // A flaky test (failed, then passed on a retry) is a failure here: retries are off anyway.
  if (stats && typeof stats.expected === 'number')
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
  throw new Error('not a Vitest or Playwright JSON report');
}

/** A step without a report of its own: one check. */
export const countsOfExit = (code: number | null): TestCounts =>
  code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };

export function addCounts(counts: TestCounts[]): TestCounts {
  return counts.reduce(
    (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** The last line of `npm test`: `N passed, N failed, N skipped`. */
export const formatCounts = ({ passed, failed, skipped }: TestCounts): string =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`;
