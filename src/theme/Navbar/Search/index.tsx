import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import NavbarSearch from '@theme-original/Navbar/Search';
import type { Props } from '@theme/Navbar/Search';
import NavbarColorModeToggle from '@theme/Navbar/ColorModeToggle';
import styles from './styles.module.css';

export type { Props };

/**
 * Below 997 px the navbar keeps its colour-mode toggle in the menu only; this one sits beside
 * the search box (pinned to the bar's right edge there), so a phone switches with one tap.
 */
export default function NavbarSearchWrapper({ className, children }: Props): ReactNode {
  return (
    <NavbarSearch className={clsx(className, styles.search)}>
      {children}
      <NavbarColorModeToggle className={styles.phoneToggle} />
    </NavbarSearch>
  );
}
