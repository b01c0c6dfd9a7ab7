import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** The drill's timer and its next action. */
  children: ReactNode;
}

/**
 * The timer and the next action, kept at the bottom of the screen while the drill above them is
 * in view: on a phone the revealed text would otherwise push both below the fold.
 */
export default function PracticeBar({ children }: Props): ReactNode {
  return (
    <div className={styles.bar} data-practice-bar>
      {children}
    </div>
  );
}
