/**
 * What a site's main bundle (the script every page runs first) holds, by package: an English
 * build with webpack-bundle-analyzer's JSON report. The site's config is wrapped, not changed: a
 * config in a temporary folder spreads it and adds the analyzer for the browser's bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A node of the analyzer's report: a folder (with groups) or a module. */
interface ReportNode {
  label: string;
  path?: string;
  /** Gzip bytes of the module compressed on its own (a chunk's is the whole chunk's). */
  gzipSize?: number;
  groups?: ReportNode[];
}

export interface MainBundle {
  /** The whole main chunk, gzip KB. */
  totalKB: number;
  /** Package (or the site's own folder) → gzip KB, each module compressed on its own. */
  byPackage: Map<string, number>;
}

/**
 * `react-dom` for a file in node_modules, `src/components` for the site's own, `.docusaurus` for
 * generated code. A module webpack concatenated into another has the outer one's path first.
 */
export function packageOf(modulePath: string): string {
  const own = modulePath.split(' (concatenated)/').at(-1)!;
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(own);
  if (inPackage) return inPackage[1];
  const [first, second] = own
    .replace(/ \+ \d+ modules( \(concatenated\))?$/, '')
    .replace(/^(\.\.?\/)+/, '')
    .split('/');
  return first === 'src' && second ? `src/${second}` : first;
}

function addModules(node: ReportNode, byPackage: Map<string, number>): void {
  if (node.groups) {
    for (const child of node.groups) addModules(child, byPackage);
    return;
  }
  const name = packageOf(node.path ?? node.label);
  byPackage.set(name, (byPackage.get(name) ?? 0) + (node.gzipSize ?? 0) / 1024);
}

/** Builds `siteDir` in English with the analyzer and reads its main chunk (the build replaces `build/`). */
export function measureMainBundle(siteDir: string, rootNodeModules: string): MainBundle {
  const dir = mkdtempSync(path.join(tmpdir(), 'dla-bench-bundle-'));
  try {
    // Docusaurus resolves presets and plugins named in the config from the config's folder.
    symlinkSync(rootNodeModules, path.join(dir, 'node_modules'));
    const report = path.join(dir, 'report.json');
    const config = path.join(dir, 'bundle-report.config.ts');
    writeFileSync(
      config,
      `import config from ${JSON.stringify(path.join(siteDir, 'docusaurus.config.ts'))};
import { BundleAnalyzerPlugin } from 'webpack-bundle-analyzer';
export default {
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    () => ({
      name: 'bench-bundle-report',
      configureWebpack: (_config: unknown, isServer: boolean) =>
        isServer ? {} : { plugins: [new BundleAnalyzerPlugin({ analyzerMode: 'json', reportFilename: ${JSON.stringify(report)}, logLevel: 'silent' })] },
    }),
  ],
};
`,
    );
    const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en', '--config', config], {
      cwd: siteDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0)
      throw new Error(`bundle report build of ${siteDir} failed:\n${result.stderr.slice(-3000)}`);
    const chunks = JSON.parse(readFileSync(report, 'utf8')) as ReportNode[];
    const main = chunks.find((chunk) => /(^|\/)main\.[0-9a-f]+\.js$/.test(chunk.label));
    if (!main) throw new Error(`no main chunk in the bundle report of ${siteDir}`);
    const byPackage = new Map<string, number>();
    addModules(main, byPackage);
    return { totalKB: (main.gzipSize ?? 0) / 1024, byPackage };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
