/**
 * `npm test`: every check, in the order that keeps two cores busy, and how long each took.
 * The static checks (the author's guide up to date, types, lint, unit tests) run beside the two builds: each of those steps
 * keeps about one core busy. Then the checks of the build, then the browser tests, which
 * need both builds. A step's output is printed whole when it ends, so steps that run side by
 * side do not interleave; the first failure stops the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addCounts, countsOfExit, countsOfReport, formatCounts, type TestCounts } from './lib/testCounts';

type Step = string;
/** Steps of a chain run one after another; the chains of a stage run side by side. */
type Stage = Step[][];

const STAGES: Stage[] = [
  [
    ['guide:check', 'typecheck', 'lint', 'test:unit'],
    ['build', 'build:subpath'],
  ],
  [['test:content']],
  [['e2e']],
];

const running = new Set<ChildProcess>();

/** Stops every step still running, with its whole process tree (a build, a test server). */
function stopAll(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
// Ctrl-C or a cancelled CI job stops the steps too, not only this script.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
const timings: [Step, number][] = [];
const counts: TestCounts[] = [];
// Each test runner writes its JSON report here (TEST_REPORT_FILE: vitest.config.mts, playwright.config.ts).
const reports = mkdtempSync(path.join(tmpdir(), 'dla-test-reports-'));

/** What a step ran: its runner's report, or the step itself as one check. */
function countsOf(reportFile: string, code: number | null): TestCounts {
  if (!existsSync(reportFile)) return countsOfExit(code);
  const report = countsOfReport(JSON.parse(readFileSync(reportFile, 'utf8')));
  // A runner that failed before it could count a failure still failed.
  return code !== 0 && report.failed === 0 ? { ...report, failed: 1 } : report;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

/** Runs `npm run <step>`; its output streams through, or is held until it ends when steps run side by side. */
function runStep(step: Step, hold: boolean): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const reportFile = path.join(reports, `${step.replace(':', '-')}.json`);
    // Browser tests include the sub-path build's project (see playwright.config.ts).
    const env = { ...process.env, TEST_REPORT_FILE: reportFile, ...(step === 'e2e' ? { E2E_SUBPATH: '1' } : {}) };
    // Its own process group, so a failure elsewhere stops the step's whole process tree.
    const child = spawn('npm', ['run', '--silent', step], {
      env,
      detached: true,
      stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'],
    });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      running.delete(child);
      const took = Date.now() - started;
      process.stdout.write(Buffer.concat(output));
      console.log(`${code === 0 ? '✔' : '✘'} npm run ${step}: ${seconds(took)}\n`);
      timings.push([step, took]);
      counts.push(countsOf(reportFile, code));
      if (code === 0) resolve();
      else reject(new Error(`npm run ${step} failed (exit ${code})`));
    });
  });
}

async function runChain(chain: Step[], hold: boolean): Promise<void> {
  for (const step of chain) await runStep(step, hold);
}

const started = Date.now();
try {
  for (const stage of STAGES) await Promise.all(stage.map((chain) => runChain(chain, stage.length > 1)));
  console.log(
    `All checks passed in ${seconds(Date.now() - started)}: ${timings.map(([step, took]) => `${step} ${seconds(took)}`).join(', ')}.`,
  );
} catch (error) {
  stopAll();
  console.error(`${(error as Error).message}; ${seconds(Date.now() - started)} in.`);
  process.exitCode = 1;
} finally {
  rmSync(reports, { recursive: true, force: true });
  // Over every step that ran; a step an earlier failure stopped counts nowhere.
  console.log(formatCounts(addCounts(counts)));
}
