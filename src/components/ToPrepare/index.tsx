import clsx from 'clsx';
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

export interface Props {
  /** Anchor the "to prepare" page links to. */
  id: string;
  /** What is missing, in a sentence. */
  children: ReactNode;
}

/** Marks a part the guide leaves empty or unfinished, honestly, with an anchor to link to. */
export default function ToPrepare({ id, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <span id={id} className={clsx('dla-to-prepare', styles.toPrepare)} data-to-prepare>
      <strong className={styles.badge}>
        <Translate id="toPrepare.badge">To prepare</Translate>
      </strong>{' '}
      {children}
    </span>
  );
}
