import clsx from 'clsx';
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  /** Anchor for links to this spot (the "To prepare" page links to them); checked by the build. */
  id?: string;
  /** A paragraph of its own instead of a phrase in running text. */
  block?: boolean;
  /** Lead with the "To prepare" badge; off when the sentence says so itself. */
  badge?: boolean;
  /** What is missing, in a sentence. Without it, the badge alone labels what is beside it. */
  children?: ReactNode;
}

function Badge({ className }: { className?: string }): ReactNode {
  return (
    <strong className={clsx(styles.badge, className)}>
      <Translate id="toPrepare.badge">To prepare</Translate>
    </strong>
  );
}

/**
 * The one look of everything the guide leaves empty or unfinished: a sentence saying what is
 * missing (`data-to-prepare`, with an optional anchor), or the badge alone beside a heading.
 */
export default function ToPrepare({ id, block = false, badge = true, children }: Props): ReactNode {
  if (children === undefined) return <Badge className={styles.toPrepare} />;
  const Tag = block ? 'p' : 'span';
  return (
    <Tag id={id} className={clsx(styles.toPrepare, block && styles.block)} data-to-prepare>
      {badge && (
        <>
          <Badge />{' '}
        </>
      )}
      {children}
    </Tag>
  );
}
