import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface Props {
  children?: ReactNode;
  className?: string;
}

/**
 * A code block as plain preformatted text. The guide's pages hold none (a code block other than a
 * Mermaid diagram fails the build: src/lib/guide/blocks.ts), so the theme's highlighter, copy and
 * word-wrap buttons would only add to every page's scripts (see plugins/code-highlighting).
 */
export default function CodeBlock({ children, className }: Props): ReactNode {
  return (
    <pre className={clsx(styles.codeBlock, className)}>
      <code>{children}</code>
    </pre>
  );
}
