/** Pure helpers over Mermaid diagram source text, shared by the diagram build plugin and tests. */

export interface DiagramAccessibility {
  title: string;
  description: string;
}

// `%% accTitle:` is the form for diagram types without acc grammar (mindmap in mermaid 11).
const ACC_TITLE = /^\s*(?:%%\s*)?accTitle\s*:\s*(.+?)\s*$/m;
const ACC_DESCR = /^\s*(?:%%\s*)?accDescr\s*:\s*(.+?)\s*$/m;

/** The diagram's accessible title and description, or undefined when either is missing. */
export function diagramAccessibility(source: string): DiagramAccessibility | undefined {
  const title = ACC_TITLE.exec(source)?.[1];
  const description = ACC_DESCR.exec(source)?.[1];
  return title && description ? { title, description } : undefined;
}
