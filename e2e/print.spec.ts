/**
 * Printing one story: at most two pages (A4 and Letter), every STAR sentence of the guide,
 * the diagram as text-bearing vector graphics, no site chrome, light colours in dark mode,
 * and the reader's open/closed sections restored afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { gotoHydrated, storyPages, type StoryPage } from './support/site';
import { drawingsAreDark, expectedDiagrams } from './support/diagrams';
import { DIAGRAM_SVG, STAR_SECTION, starSection } from '../src/lib/pageMarkers';

const STORIES = storyPages();
/** A story with more than one diagram, one of them in a section the reader may close. */
const TWO_DIAGRAMS = STORIES.find((story) => expectedDiagrams(story.source).length > 1)!;
/** The labels of a story's first diagram, without spaces: PDF text breaks lines anywhere. */
const firstDiagramLabels = (story: StoryPage) => expectedDiagrams(story.source)[0].labels.map(withoutSpaces);
const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

const CHROME = [
  'Skip to main content',
  'Not affiliated with Amazon Web Services',
  'Expand all',
  'Copy link',
  'Skills this story proves',
  'Related stories',
];
const outDir = mkdtempSync(path.join(tmpdir(), 'dla-print-'));

/** Text of a PDF in drawing order (the layout order mixes CJK and Latin lines), whitespace collapsed. */
function pdfText(file: string): string {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return raw
    .normalize('NFKC')
    .replace(/-\n/g, '-') // a line broken after a hyphen
    .replace(/([\u3400-\u9fff])\n(?=[\u3400-\u9fff])/g, '$1') // Chinese has no spaces between lines
    .replace(/\s+/g, ' ');
}

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/** Mean grey level (0 black – 255 white) of the first page, rendered small. */
function firstPageBrightness(file: string): number {
  const prefix = path.join(outDir, `grey-${path.basename(file)}`);
  execFileSync('pdftoppm', ['-gray', '-r', '15', '-f', '1', '-l', '1', file, prefix]);
  const pgm = readFileSync(`${prefix}-1.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
  const pixels = pgm.subarray(header[0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

/**
 * The story's Print button, as a reader uses it: window.print() runs — stubbed here to fire `beforeprint` as the browser does, so that
 * Chromium's PDF output stands in for the print dialog.
 */
async function printToPdf(
  page: Page,
  file: string,
  format: 'A4' | 'Letter',
  button: string | RegExp = /^(Print|打印)$/,
): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      document.documentElement.dataset.printed = 'true';
    };
  });
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('html[data-printed="true"]')).toHaveCount(1);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

const openStates = (page: Page) =>
  page.locator(STAR_SECTION).evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));

for (const locale of ['en', 'zh-Hans'] as const) {
  for (const story of storyPages(locale)) {
    for (const format of ['A4', 'Letter'] as const) {
      test(`${locale} ${story.route} prints on at most two ${format} pages with every STAR sentence`, async ({
        page,
      }) => {
        await gotoHydrated(page, `${locale === 'en' ? '' : '/zh-Hans'}${story.route}`);
        // The reader closes one section: it prints all the same.
        await page.locator(`${starSection('situation')} summary`).click();
        const file = path.join(outDir, `${locale}-${path.basename(story.route)}-${format}.pdf`);
        await printToPdf(page, file, format);

        expect(pdfPages(file)).toBeLessThanOrEqual(2);
        const text = pdfText(file);
        const sentences = story.blocks.filter((block) => block.star && block.text);
        expect(sentences.length).toBeGreaterThan(5);
        for (const block of sentences) {
          expect(text, `${story.source}:${block.line} in the printed ${story.route}`).toContain(block.text);
        }
        expect(text.slice(0, 200)).toContain(
          sentences.length && (await page.locator('h1').textContent())!.slice(0, 30),
        );
        for (const label of firstDiagramLabels(story)) expect(withoutSpaces(text)).toContain(label);
        for (const chrome of CHROME) expect(text).not.toContain(chrome);
        expect(await openStates(page), 'the reader’s sections are restored').toEqual([false, true, true, true]);
      });
    }
  }
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  for (const story of STORIES) {
    test(`${story.route} still prints light, on at most two pages, with the diagram`, async ({ page }) => {
      await gotoHydrated(page, story.route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await drawingsAreDark(page)).toContain(true);
      const file = path.join(outDir, `dark-${path.basename(story.route)}.pdf`);
      await printToPdf(page, file, 'A4');
      expect(pdfPages(file)).toBeLessThanOrEqual(2);
      expect(firstPageBrightness(file)).toBeGreaterThan(220);
      for (const label of firstDiagramLabels(story)) expect(withoutSpaces(pdfText(file))).toContain(label);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }
});

for (const trigger of ['the Print button', 'the browser’s own print'] as const) {
  test(`${trigger} opens every section for printing, with every diagram, then restores them`, async ({ page }) => {
    const count = expectedDiagrams(TWO_DIAGRAMS.source).length;
    await gotoHydrated(page, TWO_DIAGRAMS.route);
    // One of its diagrams sits in a section closed here.
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.evaluate(
      ([sections, drawingSvgs]) => {
        const log: Array<{ open: boolean[]; diagrams: number; drawings: number }> = [];
        (window as unknown as { printLog: typeof log }).printLog = log;
        window.addEventListener('beforeprint', () =>
          log.push({
            open: [...document.querySelectorAll(sections)].map((d) => (d as HTMLDetailsElement).open),
            diagrams: document.querySelectorAll('figure[data-diagram]').length,
            drawings: document.querySelectorAll(drawingSvgs).length,
          }),
        );
        window.print = () => {
          window.dispatchEvent(new Event('beforeprint'));
          window.dispatchEvent(new Event('afterprint'));
        };
      },
      [STAR_SECTION, `figure[data-diagram] ${DIAGRAM_SVG} > svg`] as const,
    );
    if (trigger === 'the Print button') await page.getByRole('button', { name: 'Print' }).click();
    else await page.evaluate(() => window.print());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printLog: unknown[] }).printLog))
      .toEqual([{ open: [true, true, true, true], diagrams: count, drawings: count }]);
    expect(await openStates(page)).toEqual([false, false, false, false]);
  });
}

test('a PDF printed straight after load, with no click or scroll, holds every diagram of a story', async ({ page }) => {
  await page.goto(TWO_DIAGRAMS.route);
  const file = path.join(outDir, 'straight-after-load.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = pdfText(file).replace(/\s+/g, '');
  const diagrams = expectedDiagrams(TWO_DIAGRAMS.source);
  expect(diagrams.length).toBeGreaterThan(1);
  for (const diagram of diagrams) {
    expect(diagram.labels.length).toBeGreaterThan(4);
    for (const label of diagram.labels)
      expect(text, `"${label}" of ${diagram.title} in the PDF`).toContain(label.replace(/\s+/g, ''));
  }
});

test('printing shows the address after an external link whose text is not its address', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'https://aws.amazon.com/lake-formation/',
      textContent: 'Lake Formation',
    });
    document.querySelector('article .markdown')!.append(link);
    window.dispatchEvent(new Event('beforeprint'));
  });
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
  const external = page.locator('article a[href="https://aws.amazon.com/lake-formation/"]');
  await expect(external).toHaveAttribute('data-print-href', 'https://aws.amazon.com/lake-formation/');
  expect(await after('article a[href="https://aws.amazon.com/lake-formation/"]')).toMatch(
    /^" \(" attr\(data-print-href\) "\)"$|lake-formation/,
  );
  // A link that already shows its address is not repeated.
  await expect(page.locator('article a[href="https://aws.amazon.com/aws-data-lab/"]')).not.toHaveAttribute(
    'data-print-href',
  );
  expect(await after('article a[href="https://aws.amazon.com/aws-data-lab/"]')).toBe('none');
});

test('a reader’s notes go on paper only by Print with notes, in the pages’ order beside their sections', async ({
  page,
}) => {
  const story = STORIES[0];
  const notes = { situation: 'Mentor: open with the 8 years.', result: 'Mentor: give the number of teams.' };
  await gotoHydrated(page, story.route);
  for (const [part, note] of Object.entries(notes)) {
    const label = `${part[0].toUpperCase()}${part.slice(1)}`;
    await page.getByRole('button', { name: `Add note to ${label}` }).click();
    await page.getByRole('textbox', { name: `Note on ${label}` }).fill(note);
    await page.getByRole('button', { name: 'Save note' }).click();
  }
  const plain = path.join(outDir, 'notes-left-out.pdf');
  await printToPdf(page, plain, 'A4');
  for (const note of Object.values(notes)) expect(pdfText(plain)).not.toContain(note);
  expect(pdfPages(plain)).toBeLessThanOrEqual(2);

  await page.evaluate(() => delete document.documentElement.dataset.printed);
  const withNotes = path.join(outDir, 'notes-printed.pdf');
  await printToPdf(page, withNotes, 'A4', 'Print with notes');
  const text = pdfText(withNotes);
  const at = (needle: string) => text.indexOf(needle);
  for (const note of Object.values(notes)) expect(text).toContain(note);
  // Each after its own section's text, before the next section's heading.
  expect(at(notes.situation)).toBeGreaterThan(at('Situation'));
  expect(at(notes.situation)).toBeLessThan(at('Task'));
  expect(at(notes.result)).toBeGreaterThan(at('Result'));
  // Afterwards the screen is as it was, and the next plain print leaves the notes out again.
  await expect(page.locator('html[data-print-notes]')).toHaveCount(0);
  for (const chrome of [...CHROME, 'Add note', 'Edit', 'Remove']) expect(text).not.toContain(chrome);
});
