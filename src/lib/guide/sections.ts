/**
 * How the site's pages make up the author's guide: the sidebar's order is the guide's order, and
 * a sidebar entry's `customProps.guide` says how its pages are written there.
 */
import type { Outline } from './blocks';

/**
 * The site's parts: their address, their name (footer, sidebar) and their navbar name. The navbar,
 * the footer, the sidebar and the home page take them from here; each locale translates a name
 * where Docusaurus keeps that place's strings (`i18n/zh-Hans/`).
 */
export const SITE_PARTS = {
  overview: { route: '/overview', label: 'Overview', navbar: 'Overview' },
  principles: { route: '/leadership-principles', label: 'Leadership Principles', navbar: 'Principles' },
  breadth: { route: '/breadth', label: 'Technical breadth', navbar: 'Breadth' },
  depth: { route: '/depth', label: 'Technical depth', navbar: 'Depth' },
  stories: { route: '/stories', label: 'STAR stories', navbar: 'Stories' },
  practice: { route: '/practice', label: 'Practice', navbar: 'Practice' },
  toPrepare: { route: '/to-prepare', label: 'To prepare', navbar: undefined },
} as const;

/** The title of the author's guide, the same in every language: its top heading and the home page's. */
export const GUIDE_TITLE = 'AWS Principal Data Lab Architect';

export interface GuideSidebarProps {
  /** A page of the site's own (`site`), not of the guide. */
  page?: 'site';
  /** A category's pages are sections beside its own page, as the guide's stories are, not inside it. */
  items?: 'beside';
  /** A category's pages are outlines: each `##` heading a top-level item (`headings`), or one list. */
  outline?: Outline;
}

/** One page's place in the guide. */
export interface GuideSection {
  /** The docs id, e.g. `breadth/devops`. */
  id: string;
  /** 1: a section of the guide; 2: a subsection of the section before it. */
  level: 1 | 2;
  outline?: Outline;
  /** A page of the site's own, left out of the author's guide. */
  site?: true;
}

interface SidebarEntry {
  type?: string;
  id?: string;
  link?: { type: string; id?: string };
  items?: SidebarEntry[] | string[];
  customProps?: { guide?: GuideSidebarProps };
}

/** The site's pages in the guide's order, from a sidebar's entries (doc ids, docs and categories with a doc link). */
export function guideSections(sidebar: ReadonlyArray<SidebarEntry | string>): GuideSection[] {
  const sections: GuideSection[] = [];
  for (const entry of sidebar) {
    const item: SidebarEntry = typeof entry === 'string' ? { type: 'doc', id: entry } : entry;
    const props = item.customProps?.guide ?? {};
    if (item.type === 'doc' && item.id)
      sections.push({ id: item.id, level: 1, ...(props.page === 'site' && { site: true }) });
    if (item.type !== 'category') continue;
    if (item.link?.type === 'doc' && item.link.id) sections.push({ id: item.link.id, level: 1 });
    for (const child of item.items ?? []) {
      const id = typeof child === 'string' ? child : child.id;
      if (id)
        sections.push({
          id,
          level: props.items === 'beside' ? 1 : 2,
          ...(props.outline && { outline: props.outline }),
        });
    }
  }
  return sections;
}

/** The outline parts of the guide the home page names, by the id of their overview page. */
export const OUTLINE_PARTS = { breadth: 'breadth/index', depth: 'depth/index' } as const;

/** Each outline part's pages (the sections after its overview page, one level down), by short title. */
export function outlineTopics(
  pages: ReadonlyArray<Pick<GuideSection, 'id' | 'level'> & { shortTitle: string }>,
): Record<keyof typeof OUTLINE_PARTS, string[]> {
  const topicsOf = (overview: string) => {
    const start = pages.findIndex((page) => page.id === overview);
    const end = pages.findIndex((page, index) => index > start && page.level === 1);
    return pages.slice(start + 1, end === -1 ? undefined : end).map((page) => page.shortTitle);
  };
  return { breadth: topicsOf(OUTLINE_PARTS.breadth), depth: topicsOf(OUTLINE_PARTS.depth) };
}
