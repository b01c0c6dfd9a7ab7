/**
 * Which Chromium draws diagrams at build time (and drives the tests and the bench):
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when set, else Debian's /usr/bin/chromium.
 * Nothing here downloads a browser.
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

/** The system Chromium's path, or undefined when there is none (or the configured one is missing). */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
