/** The few fields of an mdast / MDX syntax-tree node the guide's readers use. */
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
  position?: { start: { line: number } };
}
