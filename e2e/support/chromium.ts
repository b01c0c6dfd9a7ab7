/**
 * Which Chromium the tests drive: the system one (see plugins/diagrams/chromium.ts), else
 * Playwright's own download. Browser downloads fail on many machines, so with none available
 * the run stops with one line saying what to do.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../../plugins/diagrams/chromium';

export { CHROMIUM_FLAGS } from '../../plugins/diagrams/chromium';

export function chromiumExecutable(): string | undefined {
  const system = systemChromium();
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  console.error(
    'No Chromium found: install it (Debian: "apt-get install -y chromium") or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
  );
  process.exit(1);
}
