/**
 * Every built HTML page, both locales, passes the Nu Html Checker (vnu-jar, needs Java) with no
 * error: an independent check of the markup that axe does not make. One batch run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const buildDir = path.resolve(__dirname, '../../build');
// The jar itself: vnu-jar's own runner would download a Java when none is found.
const vnu = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('the Nu Html Checker', () => {
  it('finds no error in any built page', () => {
    const pages = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length, 'run "npm run build" first').toBeGreaterThan(100);
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', buildDir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'Java is needed (Debian: apt-get install -y default-jre-headless)').toBeUndefined();
    const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error')
      .map(
        (message) =>
          `${path.relative(buildDir, new URL(message.url).pathname)}:${message.lastLine}: ${message.message}`,
      );
    expect(errors).toEqual([]);
  }, 120_000);
});
