/**
 * Draws Mermaid diagrams with Mermaid itself in headless Chromium (Mermaid measures text with
 * a real layout engine). One browser page with Mermaid loaded draws every job in turn, in each
 * colour variant under the same id, and keeps one drawing for both (src/lib/diagram/colourModes).
 */
import path from 'node:path';
import { contentError } from '../content-errors';
import { CHROMIUM_FLAGS, systemChromium } from './chromium';
import { cleanSvg } from '../../src/lib/diagram/svg';
import { withDarkColours } from '../../src/lib/diagram/colourModes';
import { DIAGRAM_FONT, ROOT, mermaidConfig, type Variant } from './settings';

export interface RenderJob {
  /** The SVG's id (unique and deterministic). */
  id: string;
  source: string;
  /** `file:line` of the diagram, for errors. */
  where: string;
  /** 1-based line of the diagram's first line in its file. */
  line: number;
}

const MERMAID_SCRIPT = path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

/** `file:line` of a Mermaid parse error ("Parse error on line N" counts from the diagram's first line). */
export function errorLocation(job: Pick<RenderJob, 'where' | 'line'>, message: string): string {
  const line = /on line (\d+)/.exec(message)?.[1];
  return line ? `${job.where.replace(/:\d+$/, '')}:${job.line + Number(line) - 1}` : job.where;
}

/**
 * Renders every job to one SVG drawing for both colour modes, in order. Throws one line naming
 * the diagram's file and line when a diagram is invalid, or when there is no Chromium (naming
 * `renderCommand`).
 */
export async function renderDiagrams(jobs: RenderJob[], renderCommand: string): Promise<string[]> {
  const executablePath = systemChromium();
  if (!executablePath) {
    throw contentError(
      jobs[0].where,
      `this diagram is new or changed and no Chromium was found to draw it (install Debian's chromium or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), then run: ${renderCommand}`,
    );
  }
  // Loaded only when something must be drawn: a build with a warm cache needs no browser.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body style="font-family: ${DIAGRAM_FONT}"></body></html>`);
    await page.addScriptTag({ path: MERMAID_SCRIPT });
    /** The diagram in one colour variant, under the job's id. */
    const draw = async (job: RenderJob, variant: Variant): Promise<string> => {
      const result = await page.evaluate(
        async ({ id, source, config }) => {
          const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid;
          try {
            mermaid.initialize(config);
            return { svg: (await mermaid.render(id, source)).svg };
          } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) };
          }
        },
        { id: job.id, source: job.source, config: mermaidConfig(variant) },
      );
      if ('error' in result) {
        const message = (result.error ?? '').replace(/\s+/g, ' ').trim();
        throw contentError(errorLocation(job, message), `invalid Mermaid diagram: ${message}`);
      }
      return cleanSvg(result.svg);
    };
    const svgs: string[] = [];
    for (const job of jobs) {
      const light = await draw(job, 'light');
      const dark = await draw(job, 'dark');
      try {
        svgs.push(withDarkColours(light, dark));
      } catch (error) {
        throw contentError(job.where, (error as Error).message);
      }
    }
    return svgs;
  } finally {
    await browser.close();
  }
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
