import React, { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { openAllSectionsTemporarily, setSectionsOpen } from '@site/src/lib/story/starSections';
import { safeStorage, storageKey } from '@site/src/lib/browserStorage';
import { StoryNotesContext, useStoryNotes } from '@site/src/hooks/useStoryNotes';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import BuildTimeHtml from '@site/src/components/BuildTimeHtml';
import StoryCheck from '@site/src/components/StoryCheck';
import styles from './styles.module.css';

// The story's facts and evidence are static: at hand only while the HTML is rendered, the browser
// keeps their served HTML (src/components/BuildTimeHtml).
const servedFacts: typeof import('@site/src/components/StoryFacts').default | undefined = __RENDERING_HTML__
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack drops it from the browser's bundle
    require('@site/src/components/StoryFacts').default
  : undefined;
const servedEvidence: typeof import('@site/src/components/StoryEvidence').default | undefined = __RENDERING_HTML__
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack drops it from the browser's bundle
    require('@site/src/components/StoryEvidence').default
  : undefined;

export interface Props {
  children: ReactNode;
}

/** Session key for the reader's last Expand all / Collapse all choice. */
const EXPANSION_KEY = storageKey('star-expansion');

/** While printing, every section is open; afterwards the reader's own choice comes back. */
function usePrintExpansion(root: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    let restore: (() => void) | undefined;
    const before = () => {
      restore ??= openAllSectionsTemporarily(root.current ?? undefined);
    };
    const after = () => {
      restore?.();
      restore = undefined;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [root]);
}

/** A STAR story: its facts from front matter, a toolbar, its four sections and its evidence links. */
export default function StarStory({ children }: Props): ReactNode {
  const { metadata } = useDoc();
  const storyId = metadata.id.replace(/^stories\//, '');
  const root = useRef<HTMLElement>(null);
  usePrintExpansion(root);
  const notes = useStoryNotes(storyId);

  // Sections load open, for reading. A layout effect, so a remembered "Collapse all" is applied
  // before a section link opens its own section and scrolls to it (StarSection's effect).
  useLayoutEffect(() => {
    if (safeStorage('sessionStorage').get(EXPANSION_KEY) === 'collapsed')
      setSectionsOpen(false, root.current ?? undefined);
  }, []);

  const setAll = (open: boolean) => {
    setSectionsOpen(open, root.current ?? undefined);
    safeStorage('sessionStorage').set(EXPANSION_KEY, open ? 'expanded' : 'collapsed');
  };

  return (
    <StoryNotesContext.Provider value={notes}>
      <article ref={root} className={styles.story}>
        <header className={styles.header}>
          <BuildTimeHtml
            served={servedFacts}
            load={() => import('@site/src/components/StoryFacts')}
            props={{ storyId }}
          />
          <div
            className={styles.toolbar}
            role="toolbar"
            aria-label={translate({ id: 'story.toolbar', message: 'Story actions' })}>
            <button type="button" className="button button--sm button--secondary" onClick={() => setAll(true)}>
              <Translate id="story.expandAll">Expand all</Translate>
            </button>
            <button type="button" className="button button--sm button--secondary" onClick={() => setAll(false)}>
              <Translate id="story.collapseAll">Collapse all</Translate>
            </button>
            <CopyLinkButton
              className="button button--sm button--secondary"
              label={translate({ id: 'story.copyLink', message: 'Copy link to this story' })}>
              <Translate id="story.copyLinkText">Copy link</Translate>
            </CopyLinkButton>
            <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
              <Translate id="story.print">Print</Translate>
            </button>
            <button
              type="button"
              className="button button--sm button--secondary"
              aria-label={translate(
                { id: 'notes.addTo', message: 'Add note to {section}' },
                { section: translate({ id: 'notes.story', message: 'the story' }) },
              )}
              onClick={() => notes.addNote('story')}>
              <Translate id="notes.add">Add note</Translate>
            </button>
          </div>
        </header>
        {notes.view && <notes.view.default storyId={storyId} />}
        {children}
        <StoryCheck storyId={storyId} />
        <BuildTimeHtml
          served={servedEvidence}
          load={() => import('@site/src/components/StoryEvidence')}
          props={{ storyId }}
        />
      </article>
    </StoryNotesContext.Provider>
  );
}
