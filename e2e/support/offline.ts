/** Helpers for the offline copy's tests: the page's service workers, caches and control. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Scope path → state of its active worker, e.g. `{ '/': 'activated' }`. */
export function workers(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(async () =>
    Object.fromEntries(
      (await navigator.serviceWorker.getRegistrations()).map((registration) => [
        new URL(registration.scope).pathname,
        registration.active?.state ?? null,
      ]),
    ),
  );
}

/** Every cached URL's path, across all caches of the origin. */
export function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths.sort();
  });
}

export async function expectSavedOffline(page: Page, scope: string): Promise<void> {
  await expect.poll(async () => (await workers(page))[scope], { timeout: 60_000 }).toBe('activated');
}

/** The navbar's offline control, opened (desktop). */
export async function openOfflineControl(page: Page): Promise<Locator> {
  const control = page.locator('nav [data-offline-control] details');
  if ((await control.getAttribute('open')) === null) await control.locator('summary').click();
  return control;
}

/**
 * Whether the site's newest worker has taken over (active, none waiting or installing), asked
 * of the workers themselves: no page of the site may be open, or it would keep the old one.
 */
export async function newestWorkerActive(context: BrowserContext): Promise<boolean> {
  for (const worker of context.serviceWorkers()) {
    const active = await worker
      .evaluate(() => {
        const { registration } = self as unknown as { registration: ServiceWorkerRegistration };
        return !registration.waiting && !registration.installing && registration.active?.state === 'activated';
      })
      .catch(() => false);
    if (active) return true;
  }
  return false;
}

/** Makes the navigator report a connection, e.g. `{ saveData: true }` (before the page loads). */
export async function emulateConnection(page: Page, connection: { saveData: boolean; effectiveType: string }) {
  await page.addInitScript((value) => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => value, configurable: true });
  }, connection);
}

/**
 * A copy of a build as the next release of the site: `<meta name="release" content=marker>` in every page and the
 * main script renamed (as a code change renames it), the worker's manifest revised the way
 * workbox revises it (MD5 of each file). Returns the copy's folder and the new script's name.
 */
export function nextRelease(buildDir: string, marker: string): { dir: string; mainScript: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dla-next-release-'));
  cpSync(buildDir, dir, { recursive: true });
  const jsDir = path.join(dir, 'assets/js');
  const oldMain = readdirSync(jsDir).find((file) => /^main\.[0-9a-f]+\.js$/.test(file));
  if (!oldMain) throw new Error(`no main script in ${jsDir}`);
  const mainScript = `main.${createHash('md5').update(marker).digest('hex').slice(0, 8)}.js`;
  writeFileSync(path.join(jsDir, oldMain), `${readFileSync(path.join(jsDir, oldMain), 'utf8')}\n/* ${marker} */\n`);
  renameSync(path.join(jsDir, oldMain), path.join(jsDir, mainScript));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    writeFileSync(
      path.join(dir, file),
      html.replaceAll(oldMain, mainScript).replace('<head>', `<head><meta name="release" content="${marker}">`),
    );
  }
  for (const worker of files.filter((name) => name === 'sw.js' || name.endsWith('/sw.js'))) {
    const workerPath = path.join(dir, worker);
    const workerDir = path.dirname(workerPath);
    const revised = readFileSync(workerPath, 'utf8')
      .replaceAll(oldMain, mainScript)
      .replace(/\{"revision":"[0-9a-f]+","url":"([^"]+)"\}/g, (_entry, url: string) => {
        const revision = createHash('md5')
          .update(readFileSync(path.join(workerDir, url)))
          .digest('hex');
        return `{"revision":"${revision}","url":"${url}"}`;
      });
    writeFileSync(workerPath, revised);
  }
  return { dir, mainScript };
}
