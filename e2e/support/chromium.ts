/**
 * Which Chromium the tests drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download. Browser downloads fail on many
 * machines, so with none available the run stops with one line saying what to do.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  console.error(
    'No Chromium found: install it (Debian: "apt-get install -y chromium") or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
  );
  process.exit(1);
}
