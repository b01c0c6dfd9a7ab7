import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenDiagramLinks } from './index';

const outDir = mkdtempSync(path.join(tmpdir(), 'dla-diagram-links-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
mkdirSync(path.join(outDir, 'tags/aws'), { recursive: true });
writeFileSync(path.join(outDir, 'tags/aws/glue.html'), '<h1 id=top>Glue</h1>');
writeFileSync(path.join(outDir, 'breadth.html'), '<h2 id="devops">DevOps</h2>');
mkdirSync(path.join(outDir, 'stories'));
writeFileSync(path.join(outDir, 'stories/index.html'), '<h1>Stories</h1>');

describe('diagram links checked against the build', () => {
  it('names the file and line of each link to a missing page or anchor, and passes good ones', () => {
    const source = [
      'flowchart LR',
      '  click A href "/tags/aws/glue"',
      '  click B href "/tags/aws/glu"',
      '  click C href "/breadth#devops"',
      '  click D href "/breadth#dev"',
      '  click E href "/tags/aws/glue#top"',
      '  click F href "/stories"',
      '  click G href "https://example.com/"',
    ].join('\n');
    expect(brokenDiagramLinks([{ file: 'docs/x.mdx', line: 20, source }], outDir)).toEqual([
      { where: 'docs/x.mdx:22', problem: 'diagram link "/tags/aws/glu" points to no page' },
      { where: 'docs/x.mdx:24', problem: 'diagram link "/breadth#dev" points to a missing anchor #dev on /breadth' },
    ]);
  });
});
