/** Pure helpers over Mermaid diagram source text, shared by the diagram build plugin and tests. */

export interface DiagramAccessibility {
  title: string;
  description: string;
}

// `%% accTitle:` is the form for diagram types without acc grammar (mindmap in mermaid 11).
const ACC_TITLE = /^\s*(?:%%\s*)?accTitle\s*:\s*(.+?)\s*$/m;
const ACC_DESCR = /^\s*(?:%%\s*)?accDescr\s*:\s*(.+?)\s*$/m;
const CLICK_HREF = /^(\s*click\s+\S+\s+href\s+")(\/[^"]*)(")/gm;

/** The diagram's accessible title and description, or undefined when either is missing. */
export function diagramAccessibility(source: string): DiagramAccessibility | undefined {
  const title = ACC_TITLE.exec(source)?.[1];
  const description = ACC_DESCR.exec(source)?.[1];
  return title && description ? { title, description } : undefined;
}

/** Site-relative targets of `click NODE href "/..."` lines. */
export function diagramLinks(source: string): string[] {
  return [...source.matchAll(CLICK_HREF)].map((match) => match[2]);
}

export interface MermaidBlock {
  source: string;
  /** 1-based line of the first diagram line in its file. */
  line: number;
}

/** The ```mermaid fenced blocks of a Markdown/MDX file. */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})mermaid\s*$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === fence[2]);
    if (end === -1) throw new Error(`line ${i + 1}: mermaid block is never closed`);
    blocks.push({ source: lines.slice(i + 1, end).join('\n'), line: i + 2 });
    i = end;
  }
  return blocks;
}
