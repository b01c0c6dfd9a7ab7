import clsx from 'clsx';
import React, { useEffect, useRef, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import type { StarPart } from '@site/src/lib/seed/parseSeed';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import styles from './styles.module.css';

export interface Props {
  part: StarPart;
  /** The unfinished text the guide has for this part; renders the "to prepare" state. */
  draft?: string;
  children?: ReactNode;
}

export function starPartLabel(part: StarPart): string {
  const labels: Record<StarPart, string> = {
    situation: translate({ id: 'star.situation', message: 'Situation' }),
    task: translate({ id: 'star.task', message: 'Task' }),
    action: translate({ id: 'star.action', message: 'Action' }),
    result: translate({ id: 'star.result', message: 'Result' }),
  };
  return labels[part];
}

/** Opens the section when the URL fragment points at it or inside it, then scrolls there. */
function useOpenOnHash(ref: React.RefObject<HTMLDetailsElement | null>) {
  const { hash } = useLocation();
  useEffect(() => {
    const openTarget = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      const details = ref.current;
      if (details && target && details.contains(target)) {
        details.open = true;
        target.scrollIntoView();
      }
    };
    openTarget();
    window.addEventListener('hashchange', openTarget);
    return () => window.removeEventListener('hashchange', openTarget);
  }, [hash, ref]);
}

/** One STAR part as a native, keyboard-operable `<details>` whose id is the part name. */
export default function StarSection({ part, draft, children }: Props): ReactNode {
  const ref = useRef<HTMLDetailsElement>(null);
  useBrokenLinks().collectAnchor(part);
  useOpenOnHash(ref);
  const label = starPartLabel(part);
  return (
    <section className={styles.section} data-star-part={part}>
      <details id={part} ref={ref} className={styles.details} data-star-section={part}>
        <summary className={styles.summary}>
          <h2 className={styles.title}>{label}</h2>
        </summary>
        <div className={styles.body}>
          {/* Only for the local search indexer, which takes a section's text from the siblings of a
              heading: the visible heading sits in <summary>, away from the text. */}
          <h3 hidden>
            {label}
            <Link className="hash-link" to={`#${part}`} aria-hidden="true" tabIndex={-1} />
          </h3>
          {draft === undefined ? (
            children
          ) : (
            <div className={clsx('dla-to-prepare', styles.toPrepare)} data-to-prepare>
              <strong>
                <Translate id="star.notWritten" description="A STAR part the guide has not written">
                  Not written yet — to prepare.
                </Translate>
              </strong>{' '}
              <Translate id="star.draftStopsAt" values={{ draft: `“${draft}”` }}>
                {'The guide’s draft stops at {draft}.'}
              </Translate>
            </div>
          )}
        </div>
      </details>
      <CopyLinkButton
        fragment={part}
        className={styles.copyLink}
        label={translate({ id: 'star.copySectionLink', message: 'Copy link to {section}' }, { section: label })}>
        <span aria-hidden="true">#</span>
      </CopyLinkButton>
    </section>
  );
}
