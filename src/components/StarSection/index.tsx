import React, { useEffect, useRef, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { useLocation } from '@docusaurus/router';
import { STAR_SECTION_ATTRIBUTE } from '@site/src/lib/pageMarkers';
import type { StarPart } from '@site/src/lib/story/starParts';
import { starPartLabel } from '@site/src/lib/story/starPartLabel';
import { useStoryNotesContext } from '@site/src/hooks/useStoryNotes';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import ToPrepare from '@site/src/components/ToPrepare';
import styles from './styles.module.css';

export interface Props {
  part: StarPart;
  /** Marks the part "to prepare": the unfinished text the guide has for it, shown instead of children. */
  toPrepare?: string;
  children?: ReactNode;
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

/**
 * One STAR part as a native, keyboard-operable `<details>`, open for reading; its heading's id is
 * the part name. The heading is an `anchor`, as Markdown headings are, so the table of contents
 * (entries from plugins/toc-entries) highlights it on scroll. The search index gets the section's
 * text under this heading (plugins/search-index).
 */
export default function StarSection({ part, toPrepare, children }: Props): ReactNode {
  const ref = useRef<HTMLDetailsElement>(null);
  useOpenOnHash(ref);
  const notes = useStoryNotesContext();
  const label = starPartLabel(part);
  return (
    <section className={styles.section} data-star-part={part}>
      <details ref={ref} className={styles.details} {...{ [STAR_SECTION_ATTRIBUTE]: part }} open>
        <summary className={styles.summary}>
          <h2 id={part} className={clsx('anchor', styles.title)}>
            {label}
          </h2>
        </summary>
        <div className={styles.body}>
          {toPrepare === undefined ? (
            children
          ) : (
            <ToPrepare block badge={false}>
              <strong>
                <Translate id="toPrepare.notWritten" description="A STAR part the guide has not written">
                  Not written yet — to prepare.
                </Translate>
              </strong>{' '}
              <Translate id="toPrepare.draftStopsAt" values={{ draft: `“${toPrepare}”` }}>
                {'The guide’s draft stops at {draft}.'}
              </Translate>
            </ToPrepare>
          )}
        </div>
      </details>
      <CopyLinkButton
        fragment={part}
        className={styles.copyLink}
        label={translate({ id: 'star.copySectionLink', message: 'Copy link to {section}' }, { section: label })}>
        <span aria-hidden="true">#</span>
      </CopyLinkButton>
      {notes && (
        <button
          type="button"
          className={styles.addNote}
          aria-label={translate({ id: 'notes.addTo', message: 'Add note to {section}' }, { section: label })}
          onClick={() => notes.addNote(part)}>
          <Translate id="notes.add">Add note</Translate>
        </button>
      )}
      {notes?.view && <notes.view.SectionNotes storyId={notes.storyId} section={part} label={label} />}
    </section>
  );
}
