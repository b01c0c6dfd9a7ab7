import type { Position } from 'unist';

/**
 * The few fields of an mdast / MDX syntax-tree node the site reads and rewrites outside Docusaurus
 * (the guide's readers, the remark plugins).
 */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  lang?: string | null;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: Position;
}
