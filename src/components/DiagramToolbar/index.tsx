import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface ToolbarButton {
  key: string;
  /** The button's tooltip, and its name when it has no `text`. */
  label: string;
  icon: ReactNode;
  /** Visible text beside the icon, which then names the button. */
  text?: ReactNode;
  /** The one button a reader should see first. */
  primary?: boolean;
  onClick(): void;
}

export interface Props {
  label: string;
  buttons: ToolbarButton[];
  className?: string;
}

/** A row of diagram controls: on the page, and in the zoom view. */
export default function DiagramToolbar({ label, buttons, className }: Props): ReactNode {
  return (
    <div className={clsx(styles.toolbar, className)} role="toolbar" aria-label={label}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          className={clsx(styles.button, button.primary && styles.primary)}
          aria-label={button.text ? undefined : button.label}
          title={button.label}
          onClick={button.onClick}>
          <span aria-hidden="true">{button.icon}</span>
          {button.text}
        </button>
      ))}
    </div>
  );
}
