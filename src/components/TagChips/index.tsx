import React, { useId, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useStoryCatalog } from '@site/src/hooks/useStoryCatalog';
import { tagFor, type Vocabulary } from '@site/src/lib/story/catalog';
import styles from './styles.module.css';

export interface Props {
  vocabulary: Vocabulary;
  ids: readonly string[];
  /** Visible name of the list, e.g. "AWS services". */
  label: string;
}

/** A labelled list of links to tag pages, wrapping onto as many lines as it needs. */
export default function TagChips({ vocabulary, ids, label }: Props): ReactNode {
  const catalog = useStoryCatalog();
  const labelId = useId();
  return (
    <div className={styles.row} data-print="hide">
      <span id={labelId} className={styles.label}>
        {label}:
      </span>
      <ul className={styles.chips} aria-labelledby={labelId}>
        {ids.map((id) => {
          const tag = tagFor(catalog, vocabulary, id);
          return (
            <li key={id}>
              <Link className={styles.chip} to={tag.permalink} title={tag.description}>
                {tag.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
