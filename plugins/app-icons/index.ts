/**
 * Draws the web app manifest's PNG icons (`img/icon-192.png`, `img/icon-512.png`) from
 * `static/img/logo.svg` at build time, so the logo is drawn once, as SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Resvg } from '@resvg/resvg-js';

const SIZES = [192, 512];

export default function appIconsPlugin(context: LoadContext): Plugin<unknown> {
  const logo = path.join(context.siteDir, 'static/img/logo.svg');
  return {
    name: 'app-icons',
    async postBuild({ outDir }) {
      const svg = readFileSync(logo, 'utf8');
      mkdirSync(path.join(outDir, 'img'), { recursive: true });
      for (const size of SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        writeFileSync(path.join(outDir, `img/icon-${size}.png`), png);
      }
    },
  };
}
