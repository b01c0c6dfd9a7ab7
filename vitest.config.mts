import { defineConfig } from 'vitest/config';

// `npm test` reads each run's counts from a JSON report (scripts/test.mts).
const reportFile = process.env.TEST_REPORT_FILE;

export default defineConfig({
  test: {
    environment: 'node',
    reporters: reportFile ? ['default', ['json', { outputFile: reportFile }]] : ['default'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'plugins/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      // Checks of the production build; run after `npm run build`. Two files at a time (vitest's
      // default is one on two cores): most of them wait on a build of a copy they started. A check
      // that reads every built page takes seconds, more beside a build: not the unit tests' 5 s.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], maxWorkers: 2, testTimeout: 60_000 } },
    ],
  },
});
