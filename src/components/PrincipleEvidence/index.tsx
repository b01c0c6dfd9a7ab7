import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { PrincipleEvidence as Evidence } from '@site/src/lib/story/catalog';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';

export interface Props {
  evidence: Evidence[];
  className?: string;
  /** Accessible name of the list, where the context does not give one. */
  label?: string;
}

/** The stories that show a principle: a link into the right STAR section, and the aspect. */
export default function PrincipleEvidence({ evidence, className, label }: Props): ReactNode {
  return (
    <ul className={className} aria-label={label}>
      {evidence.map(({ story, evidence: { aspect, section } }) => (
        <li key={story.id}>
          <Link to={`${story.slug}#${section}`}>{story.shortTitle}</Link>
          {` (${starPartLabel(section)}): ${aspect}`}
        </li>
      ))}
    </ul>
  );
}
