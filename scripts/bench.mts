/**
 * `npm run bench`: this site against a baseline measured in the same run, the stock
 * create-docusaurus classic TypeScript template with theme-mermaid and one diagram (the same
 * Huron diagram), generated into a temporary folder and never committed.
 *
 * Reports: cold and warm build time and peak memory (and this site's cold build with no
 * diagram cache, drawing every diagram); the offline copy per locale against every file the
 * stock PWA plugin would precache; per page the gzip JS and CSS loaded, request count and time to
 * the diagram's SVG; Lighthouse 12 mobile (median of three, against the stock template's same
 * kind of page) and desktop scores with LCP, TBT and CLS, and on a phone this site with and
 * without its service worker; each story page's HTML. Both sites are served by a compressing
 * static server, as a host would.
 * `npm run bench -- --write` also replaces the results section of README.md;
 * `npm run bench -- --offline` measures only the offline figures, on the current `build/`;
 * `npm run bench -- --bundles` only what each site's main bundle holds, by package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveStatic } from './lib/staticServer.mts';
import { mermaidBlocks } from '../plugins/diagrams/cache.ts';
import { CHROMIUM_FLAGS, requireChromium } from '../plugins/diagrams/chromium.ts';
import { copySite } from './lib/siteCopy.ts';
import { measureMainBundle, type MainBundle } from './lib/mainBundle.mts';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromePath = requireChromium(chromium.executablePath());

interface Site {
  name: string;
  dir: string;
  port: number;
  /** Page label → path: home, a content page, the diagram page, an interactive page. */
  pages: Record<string, string>;
  env?: Record<string, string>;
}

interface BuildFigures {
  coldSeconds: number;
  warmSeconds: number;
  peakMemoryMB: number;
}

interface PageFigures {
  /** Before the reader scrolls: what the first view costs. */
  firstViewJsKB: number;
  jsKB: number;
  cssKB: number;
  requests: number;
  svgMs: number | null;
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Whether the page fetched the service worker's script. */
  workerFetched: boolean;
}

/** The stock template plus theme-mermaid and one diagram, in a temporary folder. */
function createBaseline(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dla-bench-baseline-'));
  const templates = path.join(root, 'node_modules/create-docusaurus/templates');
  cpSync(path.join(templates, 'shared'), dir, { recursive: true });
  cpSync(path.join(templates, 'classic-typescript'), dir, { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const configFile = path.join(dir, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8').replace(
    '  presets: [',
    "  markdown: { mermaid: true },\n  themes: ['@docusaurus/theme-mermaid'],\n\n  presets: [",
  );
  if (!config.includes("themes: ['@docusaurus/theme-mermaid']"))
    throw new Error('could not add theme-mermaid to the template');
  writeFileSync(configFile, config);
  const huronFile = path.join(root, 'docs/stories/huron-data-platform.mdx');
  const [huron] = mermaidBlocks(huronFile, readFileSync(huronFile, 'utf8'));
  writeFileSync(
    path.join(dir, 'docs/diagram.md'),
    `# Diagram\n\nOne Mermaid diagram.\n\n\`\`\`mermaid\n${huron.source}\n\`\`\`\n`,
  );
  return dir;
}

/** One `docusaurus build`, timed, with the peak resident memory of the whole process tree. */
function runBuild(site: Site): { seconds: number; peakMB: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npx', 'docusaurus', 'build'], {
    cwd: site.dir,
    env: { ...process.env, ...site.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${site.name} build failed:\n${result.stderr.slice(-3000)}`);
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    peakMB: Number(/PEAK_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024,
  };
}

/** Both locales built from a copy with no diagram cache: every diagram drawn with Chromium. */
function coldCacheBuildSeconds(): number {
  const dir = copySite('dla-bench-cold-cache-', ['diagram-cache']);
  try {
    return runBuild({ name: 'this site, no diagram cache', dir, port: 0, pages: {} }).seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PrecacheFigures {
  files: number;
  rawMB: number;
  gzipMB: number;
}

/** What a locale's service worker precaches: its manifest's files, raw and gzip. */
function precache(buildDir: string): PrecacheFigures {
  const worker = readFileSync(path.join(buildDir, 'sw.js'), 'utf8');
  const files = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => path.join(buildDir, match[1]));
  if (files.length === 0) throw new Error(`no precache manifest in ${buildDir}/sw.js`);
  return fileFigures(files);
}

/** What plugin-pwa's own patterns would precache: every page, script, style, image and font. */
function stockPrecache(buildDir: string, otherLocaleDirs: string[]): PrecacheFigures {
  const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|json|css|html|png|jpe?g|gif|svg|ico|woff2?|eot|ttf|otf)$/.test(file))
    .filter((file) => file !== 'sw.js' && !otherLocaleDirs.some((dir) => file.startsWith(`${dir}/`)));
  return fileFigures(files.map((file) => path.join(buildDir, file)));
}

function fileFigures(paths: string[]): PrecacheFigures {
  const files = paths.map((file) => readFileSync(file));
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    files: files.length,
    rawMB: mb(files.reduce((sum, file) => sum + file.length, 0)),
    gzipMB: mb(files.reduce((sum, file) => sum + gzipSync(file).length, 0)),
  };
}

function measureBuild(site: Site): BuildFigures {
  execFileSync('npx', ['docusaurus', 'clear'], { cwd: site.dir, stdio: 'ignore' });
  const cold = runBuild(site);
  const warm = runBuild(site);
  return { coldSeconds: cold.seconds, warmSeconds: warm.seconds, peakMemoryMB: Math.max(cold.peakMB, warm.peakMB) };
}

/** What a first visit loads: compressed bytes on the wire, requests, time to the diagram. */
async function measurePage(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Measure the first visit, not the service worker's precaching of the whole site.
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    new MutationObserver((_records, observer) => {
      if (document.querySelector('.docusaurus-mermaid-container svg, [data-diagram-svg] > svg')) {
        (window as unknown as { svgAt: number }).svgAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const responses: Array<{ type: string; bytes: Promise<number> }> = [];
  page.on('requestfinished', (request) => {
    responses.push({ type: request.resourceType(), bytes: request.sizes().then((sizes) => sizes.responseBodySize) });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const firstViewScripts = responses.filter((response) => response.type === 'script').map((response) => response.bytes);
  const firstViewJsKB = (await Promise.all(firstViewScripts)).reduce((sum, bytes) => sum + bytes, 0) / 1024;
  // A reader scrolls to the diagram (the baseline renders it when it comes near the viewport).
  const figure = page.locator('.docusaurus-mermaid-container, figure[data-diagram]').first();
  if (await figure.count()) {
    await figure.scrollIntoViewIfNeeded();
    await page.locator('.docusaurus-mermaid-container svg, [data-diagram-svg] > svg').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(500);
  const svgAt = await page.evaluate(() => (window as unknown as { svgAt?: number }).svgAt ?? null);
  const sizes = await Promise.all(
    responses.map(async (response) => ({ type: response.type, bytes: await response.bytes })),
  );
  await context.close();
  const kb = (type: string) => sizes.filter((s) => s.type === type).reduce((sum, s) => sum + s.bytes, 0) / 1024;
  return { firstViewJsKB, jsKB: kb('script'), cssKB: kb('stylesheet'), requests: sizes.length, svgMs: svgAt };
}

async function runLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
  serviceWorker: 'with' | 'without' = 'with',
): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The same build with its worker script unreachable: no worker, no offline copy.
        blockedUrlPatterns: serviceWorker === 'without' ? ['*/sw.js*'] : [],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint'].numericValue ?? 0,
      tbtMs: audits['total-blocking-time'].numericValue ?? 0,
      cls: audits['cumulative-layout-shift'].numericValue ?? 0,
      workerFetched: JSON.stringify(audits['network-requests'].details ?? {}).includes('/sw.js'),
    };
  } finally {
    chrome.kill();
  }
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ratio = (ours: number, base: number) => (base > 0 ? `${(ours / base).toFixed(2)}×` : 'n/a');

type Log = (line?: string) => void;

const LIGHTHOUSE_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median of each figure over runs (each figure on its own, as Lighthouse's own reports do). */
function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof Omit<LighthouseFigures, 'workerFetched'>) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    workerFetched: runs.some((run) => run.workerFetched),
  };
}

/**
 * Lighthouse per page kind, this site against the stock template's same kind of page: on a phone
 * the median of `LIGHTHOUSE_RUNS` runs, the two sites alternating (one run's TBT varies by a
 * third here), then one desktop run each. The phone's goal: TBT at most stock's, performance at
 * least stock's.
 */
async function logLighthouse(log: Log, sites: Site[]): Promise<void> {
  const [ours, baseline] = sites;
  const url = (site: Site, label: string) => `http://localhost:${site.port}${site.pages[label]}`;
  const mobile = new Map<string, LighthouseFigures[]>();
  for (const label of Object.keys(ours.pages)) {
    const runs: [LighthouseFigures[], LighthouseFigures[]] = [[], []];
    // Alternating, and each site first every other run: neither gets the quieter turn throughout.
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++)
      for (const index of run % 2 === 0 ? [0, 1] : [1, 0])
        runs[index].push(await runLighthouse(url(sites[index], label), 'mobile'));
    mobile.set(label, runs.map(medianFigures));
  }
  log('');
  log(
    `| Lighthouse 12 mobile, median of ${LIGHTHOUSE_RUNS} | perf | stock perf | TBT ms | stock TBT ms | TBT ratio | LCP ms | stock LCP ms | goal met |`,
  );
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, [site, stock]] of mobile) {
    const met = site.tbtMs <= stock.tbtMs && site.performance >= stock.performance;
    log(
      `| ${label} ${ours.pages[label]} | ${site.performance} | ${stock.performance} | ${fixed(site.tbtMs)} | ${fixed(stock.tbtMs)} | ${ratio(site.tbtMs, stock.tbtMs)} | ${fixed(site.lcpMs)} | ${fixed(stock.lcpMs)} | ${met ? 'yes' : 'no'} |`,
    );
  }
  log('');
  log('| Lighthouse 12 | form | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const row = (site: Site, label: string, form: string, figures: LighthouseFigures) =>
    log(
      `| ${site === ours ? 'this site' : 'baseline'}: ${label} | ${form} | ${figures.performance} | ${figures.accessibility} | ${figures.bestPractices} | ${figures.seo} | ${fixed(figures.lcpMs)} | ${fixed(figures.tbtMs)} | ${fixed(figures.cls, 3)} |`,
    );
  for (const [label, figures] of mobile)
    for (const [index, site] of sites.entries())
      row(site, label, `mobile (median of ${LIGHTHOUSE_RUNS})`, figures[index]);
  for (const label of Object.keys(ours.pages))
    for (const site of [ours, baseline]) row(site, label, 'desktop', await runLighthouse(url(site, label), 'desktop'));
}

/** The goal for a story page's first-view JavaScript over the home page's, gzip KB. */
const STORY_JS_OVER_HOME_KB = 20;

/** Each story page's HTML, with its drawings: one SVG per diagram (both colour modes in one). */
function logStoryPages(log: Log): void {
  log('');
  log('| Story page HTML | raw KB | gzip KB | diagrams | SVGs |');
  log('| --- | --- | --- | --- | --- |');
  for (const locale of ['', 'zh-Hans/']) {
    const dir = path.join(root, 'build', locale, 'stories');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, file));
      const text = html.toString('utf8');
      log(
        `| /${locale}stories/${file.replace(/\.html$/, '')} | ${fixed(html.length / 1024, 1)} | ${fixed(gzipSync(html).length / 1024, 1)} | ${text.match(/<figure\b/g)?.length ?? 0} | ${text.match(/<svg\b[^>]*\sid="?diagram-/g)?.length ?? 0} |`,
      );
    }
  }
}

/** The offline copy per locale against every file the stock plugin's patterns would precache. */
function logPrecache(log: Log): void {
  log('');
  log('| Offline copy (precache) | files | raw MB | gzip MB |');
  log('| --- | --- | --- | --- |');
  for (const [locale, dir, others] of [
    ['en', 'build', ['zh-Hans']],
    ['zh-Hans', 'build/zh-Hans', []],
  ] as const) {
    for (const [what, figures] of [
      ['stock plugin, every file', stockPrecache(path.join(root, dir), [...others])],
      ['this site', precache(path.join(root, dir))],
    ] as const)
      log(`| ${locale}: ${what} | ${figures.files} | ${fixed(figures.rawMB, 2)} | ${fixed(figures.gzipMB, 2)} |`);
  }
}

/**
 * Lighthouse on a phone, this site with and without its service worker (the worker's script
 * blocked), against the stock template's home page in the same run: the median of
 * `LIGHTHOUSE_RUNS` runs each, alternating, as one run's TBT varies by a third.
 */
async function logServiceWorkerLighthouse(log: Log, sites: Site[]): Promise<void> {
  const [ours, baseline] = sites;
  const runs = async (url: string, serviceWorker: 'with' | 'without') => {
    const figures: LighthouseFigures[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) figures.push(await runLighthouse(url, 'mobile', serviceWorker));
    return {
      performance: median(figures.map((f) => f.performance)),
      tbtMs: median(figures.map((f) => f.tbtMs)),
      workerFetched: figures.some((f) => f.workerFetched),
    };
  };
  const stockHome = await runs(`http://localhost:${baseline.port}/`, 'with');
  log('');
  log(
    `| Lighthouse 12 mobile, median of ${LIGHTHOUSE_RUNS} | perf with worker | perf without | TBT ms with | TBT ms without | TBT ratio | perf − stock home (${stockHome.performance}) | worker fetched |`,
  );
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, page] of Object.entries(ours.pages)) {
    const url = `http://localhost:${ours.port}${page}`;
    const withWorker = await runs(url, 'with');
    const withoutWorker = await runs(url, 'without');
    log(
      `| ${label} ${page} | ${withWorker.performance} | ${withoutWorker.performance} | ${fixed(withWorker.tbtMs)} | ${fixed(withoutWorker.tbtMs)} | ${ratio(withWorker.tbtMs, withoutWorker.tbtMs)} | ${withWorker.performance - stockHome.performance} | ${withWorker.workerFetched ? 'yes' : 'no'} |`,
    );
  }
}

/** Each site's main bundle by package; each build replaces `build/`, so this comes before the others. */
function mainBundles(sites: Site[]): MainBundle[] {
  return sites.map((site) => {
    console.error(`building ${site.name} in English with the bundle analyzer…`);
    return measureMainBundle(site.dir, path.join(root, 'node_modules'));
  });
}

/** Differences smaller than this (gzip KB) are summed in one row of the main bundle's table. */
const BUNDLE_ROW_KB = 0.5;

/**
 * What this site's main bundle holds beyond stock's, and what stock's holds that this one does
 * not: gzip KB by package, each module compressed on its own (so rows add up to more than the
 * bundle, which compresses as one file).
 */
function logMainBundles(log: Log, [ours, stock]: MainBundle[]): void {
  const names = [...new Set([...ours.byPackage.keys(), ...stock.byPackage.keys()])];
  const rows = names
    .map((name) => ({ name, ours: ours.byPackage.get(name) ?? 0, stock: stock.byPackage.get(name) ?? 0 }))
    .sort((a, b) => b.ours - b.stock - (a.ours - a.stock));
  const shown = rows.filter((row) => Math.abs(row.ours - row.stock) >= BUNDLE_ROW_KB);
  const rest = rows.filter((row) => !shown.includes(row));
  const sum = (list: typeof rows, key: 'ours' | 'stock') => list.reduce((total, row) => total + row[key], 0);
  log('');
  log('| Main bundle, gzip KB by package | this site | stock | difference |');
  log('| --- | --- | --- | --- |');
  log(
    `| the whole bundle | ${fixed(ours.totalKB, 1)} | ${fixed(stock.totalKB, 1)} | ${fixed(ours.totalKB - stock.totalKB, 1)} |`,
  );
  for (const row of shown)
    log(`| ${row.name} | ${fixed(row.ours, 1)} | ${fixed(row.stock, 1)} | ${fixed(row.ours - row.stock, 1)} |`);
  log(
    `| ${rest.length} others, each within ${BUNDLE_ROW_KB} KB | ${fixed(sum(rest, 'ours'), 1)} | ${fixed(sum(rest, 'stock'), 1)} | ${fixed(sum(rest, 'ours') - sum(rest, 'stock'), 1)} |`,
  );
}

/** `--offline`: the offline figures only, on the current build and a fresh baseline build. */
async function offlineOnly(sites: Site[], log: Log): Promise<void> {
  runBuild(sites[1]);
  logPrecache(log);
  const servers = await Promise.all(sites.map((site) => serveStatic(path.join(site.dir, 'build'), site.port)));
  try {
    await logServiceWorkerLighthouse(log, sites);
  } finally {
    servers.forEach((server) => server.close());
    rmSync(sites[1].dir, { recursive: true, force: true });
  }
}

async function main() {
  const baselineDir = createBaseline();
  const sites: Site[] = [
    {
      name: 'this site',
      dir: root,
      port: 5310,
      // Indexable, as the SEO audit expects; the default build keeps crawlers out on purpose.
      env: { ALLOW_INDEXING: 'true' },
      pages: {
        home: '/',
        breadth: '/breadth/data-engineering',
        story: '/stories/huron-data-platform',
        practice: '/practice',
      },
    },
    {
      name: 'baseline',
      dir: baselineDir,
      port: 5311,
      pages: { home: '/', breadth: '/docs/intro', story: '/docs/diagram', practice: '/markdown-page' },
    },
  ];
  const lines: string[] = [];
  const log = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  if (process.argv.includes('--offline')) return offlineOnly(sites, log);
  /** The baseline removed; the default build put back for tests and serving (the bench's are not it). */
  const restore = () => {
    rmSync(baselineDir, { recursive: true, force: true });
    execFileSync('npx', ['docusaurus', 'build'], { cwd: root, stdio: 'ignore' });
  };
  if (process.argv.includes('--bundles')) {
    logMainBundles(log, mainBundles(sites));
    return restore();
  }

  const bundles = mainBundles(sites);
  const builds = sites.map((site) => {
    console.error(`building ${site.name} (cold, then warm)…`);
    return measureBuild(site);
  });
  console.error('building this site with no diagram cache…');
  const coldCacheSeconds = coldCacheBuildSeconds();
  log(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.arch}, Node ${process.version}, ${os.cpus().length} cores.`,
  );
  log('');
  log('| Build | this site | baseline | ratio |');
  log('| --- | --- | --- | --- |');
  log(
    `| cold build (s) | ${fixed(builds[0].coldSeconds, 1)} | ${fixed(builds[1].coldSeconds, 1)} | ${ratio(builds[0].coldSeconds, builds[1].coldSeconds)} |`,
  );
  log(
    `| warm build (s) | ${fixed(builds[0].warmSeconds, 1)} | ${fixed(builds[1].warmSeconds, 1)} | ${ratio(builds[0].warmSeconds, builds[1].warmSeconds)} |`,
  );
  log(
    `| cold build, no diagram cache (s) | ${fixed(coldCacheSeconds, 1)} | – | ${ratio(coldCacheSeconds, builds[1].coldSeconds)} |`,
  );
  log(
    `| peak memory (MB) | ${fixed(builds[0].peakMemoryMB)} | ${fixed(builds[1].peakMemoryMB)} | ${ratio(builds[0].peakMemoryMB, builds[1].peakMemoryMB)} |`,
  );

  logPrecache(log);
  logStoryPages(log);
  logMainBundles(log, bundles);

  const servers = await Promise.all(sites.map((site) => serveStatic(path.join(site.dir, 'build'), site.port)));
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    log('');
    log(
      '| Page (phone, first visit, gzip) | first-view JS KB | JS KB after the diagram | CSS KB | requests | SVG ms | baseline JS KB | baseline SVG ms | first-view JS ratio | JS ratio |',
    );
    log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const firstViewKB = new Map<string, number>();
    for (const label of Object.keys(sites[0].pages)) {
      const [ours, base] = await Promise.all(
        sites.map((site) => measurePage(browser, `http://localhost:${site.port}${site.pages[label]}`)),
      );
      firstViewKB.set(label, ours.firstViewJsKB);
      log(
        `| ${label} ${sites[0].pages[label]} | ${fixed(ours.firstViewJsKB, 1)} | ${fixed(ours.jsKB, 1)} | ${fixed(ours.cssKB, 1)} | ${ours.requests} | ${ours.svgMs === null ? '–' : fixed(ours.svgMs)} | ${fixed(base.jsKB, 1)} | ${base.svgMs === null ? '–' : fixed(base.svgMs)} | ${ratio(ours.firstViewJsKB, base.jsKB)} | ${ratio(ours.jsKB, base.jsKB)} |`,
      );
    }
    const storyOverHome = firstViewKB.get('story')! - firstViewKB.get('home')!;
    log('');
    log(
      `A story page's first-view JavaScript is ${fixed(storyOverHome, 1)} KB gzip over the home page's (goal: at most ${STORY_JS_OVER_HOME_KB} KB).`,
    );
  } finally {
    await browser.close();
  }

  await logLighthouse(log, sites);
  await logServiceWorkerLighthouse(log, sites);
  servers.forEach((server) => server.close());
  // The measured build is indexable.
  restore();

  if (process.argv.includes('--write')) {
    const readme = path.join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const section = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
    if (!section.test(text)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section');
    writeFileSync(readme, text.replace(section, `$1${lines.join('\n')}\n$2`));
    execFileSync('npx', ['prettier', '--write', readme], { stdio: 'ignore' });
    console.error('README.md updated');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
