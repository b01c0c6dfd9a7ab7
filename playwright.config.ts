import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, requireChromium } from './plugins/diagrams/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const subpathPort = port + 1;
// The sub-path build (`npm run build:subpath`) is tested only when asked: `npm test` sets
// E2E_SUBPATH=1, and so does naming it (`--project subpath`, `e2e/subpath.spec.ts`). Set in the
// environment, so the test workers (which load this file again) see the same projects.
if (process.argv.slice(2).some((arg) => arg.includes('subpath'))) process.env.E2E_SUBPATH = '1';
const withSubpath = process.env.E2E_SUBPATH === '1';
const executablePath = requireChromium(chromium.executablePath());

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Most of a test is waiting on the browser, so three workers keep two cores busy (two took as long).
  workers: 3,
  reporter: [
    ['list'],
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
    // `npm test` reads the run's counts from it (scripts/test.mts).
    ...(process.env.TEST_REPORT_FILE ? [['json', { outputFile: process.env.TEST_REPORT_FILE }] as const] : []),
  ],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /subpath\.spec/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/, testIgnore: /subpath\.spec/ },
    ...(withSubpath
      ? [
          {
            name: 'subpath',
            use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${subpathPort}` },
            testMatch: /subpath\.spec/,
          },
        ]
      : []),
  ],
  webServer: [
    {
      // The production build, as a user gets it (search only exists in a build).
      command: `npx docusaurus serve --port ${port} --no-open`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withSubpath
      ? [
          {
            // The same site built for a sub-path base URL, as GitHub Pages serves it.
            command: `npx docusaurus serve --port ${subpathPort} --no-open --dir build-subpath`,
            env: { BASE_URL: '/dla-prep/' },
            url: `http://localhost:${subpathPort}/dla-prep/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
