/**
 * The one home of which Chromium runs and how: it draws diagrams at build time, and drives the
 * browser tests (playwright.config.ts) and the bench. Nothing here downloads a browser, and
 * nothing here loads Playwright, so a build with every diagram cached starts no browser code.
 */
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet on a machine without outside network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The system Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when set, else Debian's
 * /usr/bin/chromium; undefined when there is none (or the configured one is missing).
 */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * For the tests and the bench: the system Chromium, else Playwright's own download when it is
 * there (`playwrightChromium`: its path, from the caller's Playwright). With neither, the run
 * stops with one line saying what to do: browser downloads fail on many machines.
 */
export function requireChromium(playwrightChromium: string): string {
  const found = systemChromium() ?? (existsSync(playwrightChromium) ? playwrightChromium : undefined);
  if (found) return found;
  console.error(
    'No Chromium found: install it (Debian: "apt-get install -y chromium") or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
  );
  process.exit(1);
}
