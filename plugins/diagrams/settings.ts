/**
 * How diagrams are drawn at build time, and the cache key that covers all of it: the diagram
 * source, Mermaid's version and these settings (of both colour variants). Change any of them and the
 * affected drawings are rendered again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// `__filename`, not `__dirname`: tsx gives ESM-loaded TypeScript a wrong `__dirname`.
export const ROOT = path.resolve(path.dirname(__filename), '../..');

/** Rendered SVGs, committed with the repository so a build needs no browser. */
export const CACHE_DIR = path.join(ROOT, 'diagram-cache');

/** The command that renders new or changed diagrams and removes unused ones. */
export const RENDER_COMMAND = 'npm run diagrams';

/** Folders whose Markdown and MDX files may hold ```mermaid blocks (pages live once, in docs/). */
export const DIAGRAM_FOLDERS = ['docs'];

export const VARIANTS = ['light', 'dark'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Mermaid's theme per colour mode: also the dev server's (docusaurus.config.ts, theme-mermaid). */
export const MERMAID_THEMES: Record<Variant, string> = { light: 'default', dark: 'dark' };

/**
 * Labels are measured with the build machine's fonts and shown with the reader's. These faces
 * share Arial's metrics (Liberation Sans and Arimo are its metric clones), so a label measured
 * here fits its box on Windows, macOS, iOS and Linux alike.
 */
export const DIAGRAM_FONT = 'Arial, "Liberation Sans", Arimo, Helvetica, sans-serif';

/** Mermaid's options in both colour modes: also the dev server's, so its preview is drawn like the build. */
export const MERMAID_OPTIONS = {
  // Node links stay plain links; no script or HTML from a diagram reaches the page.
  securityLevel: 'strict',
  fontFamily: DIAGRAM_FONT,
  // SVG text, not HTML in <foreignObject>: it prints, downloads and scales everywhere.
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true },
  deterministicIds: true,
} as const;

/** Mermaid's configuration for one variant (passed to `mermaid.initialize`). */
export function mermaidConfig(variant: Variant): Record<string, unknown> {
  return {
    startOnLoad: false,
    theme: MERMAID_THEMES[variant],
    ...MERMAID_OPTIONS,
    ...(variant === 'dark'
      ? // Mermaid's dark edge labels sit on a translucent box: give them an opaque one.
        { themeVariables: { edgeLabelBackground: '#242526' } }
      : {}),
  };
}

export const MERMAID_VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as { version: string }
).version;

/** The cache key of a diagram's drawing (both colour modes); also the SVG's id, so ids are unique per source. */
export function cacheKey(source: string): string {
  const input = JSON.stringify({
    source: source.trim(),
    mermaid: MERMAID_VERSION,
    config: VARIANTS.map(mermaidConfig),
  });
  return `diagram-${createHash('sha256').update(input).digest('hex').slice(0, 12)}`;
}
