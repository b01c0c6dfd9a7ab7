/** Reads the docs' front matter straight from the MDX files, independently of the site code. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const DOCS = path.resolve(__dirname, '../../docs');

export interface DocFacts {
  file: string;
  slug: string;
  title: string;
  /** Its name in the sidebar: `sidebar_label`, else the title. */
  shortTitle: string;
  /** A story's customer: its column's name in the principle matrix. */
  customer: string;
  tags: string[];
  principles: Array<{ principle: string; aspect: string; section: string }>;
}

export function readDocs(): DocFacts[] {
  return readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(DOCS, file), 'utf8');
      const fm = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
      const isStory = file.startsWith('stories/') && !file.endsWith('index.mdx');
      const principles = (fm.principles ?? []) as DocFacts['principles'];
      // A story's tags are its services, principles and skills with their tag prefixes.
      const tags = isStory
        ? [
            ...(fm.services as string[]).map((id) => `aws-${id}`),
            ...principles.map((p) => `lp-${p.principle}`),
            ...(fm.skills as string[]).map((id) => `skill-${id}`),
          ]
        : ((fm.tags ?? []) as string[]);
      return {
        file,
        slug: String(fm.slug),
        title: String(fm.title),
        shortTitle: String(fm.sidebar_label ?? fm.title),
        customer: String(fm.customer),
        tags,
        principles,
      };
    });
}

export function readTagDefinitions(): Record<string, { label: string; permalink: string; description: string }> {
  return yaml.load(readFileSync(path.join(DOCS, 'tags.yml'), 'utf8')) as ReturnType<typeof readTagDefinitions>;
}
