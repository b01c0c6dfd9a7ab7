import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  passes: boolean;
  /** Words for the outcome instead of "passes" / "needs work". */
  children?: ReactNode;
}

/** A story check's outcome in words, "passes" or "needs work", with a mark that is only decoration. */
export default function CheckStatus({ passes, children }: Props): ReactNode {
  return (
    <span
      className={clsx(styles.status, passes ? styles.pass : styles.fail)}
      data-status={passes ? 'pass' : 'needs-work'}>
      <span aria-hidden="true">{passes ? '✓' : '!'}</span>{' '}
      {children ??
        (passes
          ? translate({ id: 'storyCheck.status.pass', message: 'passes' })
          : translate({ id: 'storyCheck.status.needsWork', message: 'needs work' }))}
    </span>
  );
}
