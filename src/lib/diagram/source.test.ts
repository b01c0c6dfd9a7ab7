import { describe, expect, it } from 'vitest';
import { diagramAccessibility } from './source';

const flowchart = `flowchart LR
  accTitle: Pipeline
  accDescr: Data flows from A to B.
  A[Glue] --> B[Athena]
  click A href "/tags/aws/glue"
  click B href "/breadth/cloud-architect#big-data"
  click C href "https://example.com/"`;

describe('diagram source helpers', () => {
  it('reads accTitle and accDescr, also from %% comments, and reports their absence', () => {
    expect(diagramAccessibility(flowchart)).toEqual({ title: 'Pipeline', description: 'Data flows from A to B.' });
    expect(diagramAccessibility('%% accTitle: Map\n%% accDescr: All areas.\nmindmap\n  root')).toEqual({
      title: 'Map',
      description: 'All areas.',
    });
    expect(diagramAccessibility('flowchart LR\n  accTitle: Only a title\n  A --> B')).toBeUndefined();
  });
});
