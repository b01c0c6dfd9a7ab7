import React, { useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { useAbsoluteUrl } from '@site/src/hooks/useAbsoluteUrl';
import styles from './styles.module.css';

export interface Props {
  /** Fragment to link to; the page itself when absent. */
  fragment?: string;
  /** Accessible name, e.g. "Copy link to Result". */
  label: string;
  className?: string;
  children?: ReactNode;
}

/** Copies the absolute, shareable URL and says so for a moment. */
export default function CopyLinkButton({ fragment, label, className, children }: Props): ReactNode {
  const absoluteUrl = useAbsoluteUrl();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(absoluteUrl(fragment));
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className={clsx(styles.button, className)} aria-label={label} title={label} onClick={copy}>
      {children}
      <span role="status" className={clsx(!copied && 'visually-hidden')}>
        {copied && (
          <Translate id="copyLink.copied" description="Shown after a link was copied">
            Copied
          </Translate>
        )}
      </span>
    </button>
  );
}
