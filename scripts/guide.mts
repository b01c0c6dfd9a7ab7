/**
 * `npm run guide`: writes the author's guide, `source/prep-guide.rst`, from the pages in `docs/`
 * (plugins/guide). Committed like a lockfile: its diff shows a content change in the author's
 * words. `--check` (run by `npm test`) fails with one line when the file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { guideFile, guideText } from '../plugins/guide/pages';
import { wasReported } from '../plugins/content-errors';

const siteDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const file = guideFile(siteDir);
const shown = path.relative(process.cwd(), file);
let text: string;
try {
  text = guideText(siteDir);
} catch (error) {
  // A mistake in a page: its one line, naming the file and line, is printed already.
  if (!wasReported(error)) throw error;
  process.exit(1);
}

if (process.argv.includes('--check')) {
  let written = '';
  try {
    written = readFileSync(file, 'utf8');
  } catch {
    // missing: out of date
  }
  if (written !== text) {
    console.error(`${shown} is out of date with docs/: run "npm run guide" and commit it`);
    process.exit(1);
  }
  console.log(`${shown} is up to date with docs/`);
} else {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${shown} from docs/`);
}
