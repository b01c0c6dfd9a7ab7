/**
 * The `test` every spec uses: pages behave like a browser without service workers, unless a
 * test opts in (`test.use({ withServiceWorker: true })`). Otherwise a test's second page view
 * would save the offline copy of its language, and Playwright's own `serviceWorkers: 'block'` makes the PWA plugin log an
 * error that no real browser produces.
 *
 * `readerPage` is one page per worker, kept across tests, as a reader's tab is: the service
 * worker on, installed once, the HTTP cache warm. The page sweep uses it.
 *
 * Every page reports a Content-Security-Policy violation as a console error, and a test whose
 * pages had one fails: the site's own code must never trip its policy. A test that feeds the
 * site hostile markup on purpose sets `expectPolicyViolations` and checks them itself
 * (`policyViolationsOf`).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

const VIOLATION = 'securitypolicyviolation:';
const violationsByContext = new WeakMap<BrowserContext, string[]>();

/** The policy violations the pages of a test's context reported so far. */
export function policyViolationsOf(context: BrowserContext): string[] {
  return violationsByContext.get(context) ?? [];
}

/** Makes every page of `context` log each policy violation (a `securitypolicyviolation` event) as a console error. */
export async function reportPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(VIOLATION)) violations.push(message.text());
  });
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  }, VIOLATION);
  violationsByContext.set(context, violations);
  return violations;
}

export const test = base.extend<{ withServiceWorker: boolean; expectPolicyViolations: boolean }, { readerPage: Page }>({
  readerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      await reportPolicyViolations(context);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  withServiceWorker: [false, { option: true }],
  expectPolicyViolations: [false, { option: true }],
  context: async ({ context, expectPolicyViolations }, use) => {
    const violations = await reportPolicyViolations(context);
    await use(context);
    if (!expectPolicyViolations) expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  page: async ({ page, withServiceWorker }, use) => {
    if (!withServiceWorker) {
      await page.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      });
    }
    await use(page);
  },
});

export { expect };
