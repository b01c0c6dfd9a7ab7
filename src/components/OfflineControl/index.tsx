import React, { useEffect, useRef, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useOfflineCopy } from '@site/src/hooks/useOfflineCopy';
import { removeOffline, saveOffline, type OfflineState } from '@site/src/lib/offline/offlineCopy';
import styles from './styles.module.css';

export interface Props {
  /** Rendered in the phone menu (a navbar item's `mobile` prop). */
  mobile?: boolean;
}

type ShownState = Exclude<OfflineState, 'unsupported'>;

/** A copy exists (an update may be waiting for it). */
const isSaved = (state: ShownState) => state === 'ready' || state === 'updated';

function statusText(state: ShownState): string {
  switch (state) {
    case 'none':
      return translate({
        id: 'offline.status.none',
        message: 'Not saved for offline reading.',
        description: 'Offline copy: none yet',
      });
    case 'saving':
      return translate({
        id: 'offline.status.saving',
        message: 'Saving the guide for offline reading…',
        description: 'Offline copy: being saved',
      });
    case 'ready':
      return translate({
        id: 'offline.status.ready',
        message: 'Ready offline: this language of the guide works without a connection.',
        description: 'Offline copy: saved',
      });
    case 'updated':
      return translate({
        id: 'offline.status.updated',
        message: 'The guide was updated: the new version opens with your next page.',
        description: 'Offline copy: a new version of the site is waiting',
      });
    case 'failed':
      return translate({
        id: 'offline.status.failed',
        message: 'Could not save for offline reading. Try again when online.',
        description: 'Offline copy: saving failed',
      });
  }
}

function Action({ state }: { state: ShownState }): ReactNode {
  if (state === 'saving') return null;
  const saved = isSaved(state);
  return (
    <button
      type="button"
      className={clsx('button button--sm', saved ? 'button--secondary' : 'button--primary', styles.action)}
      onClick={() => void (saved ? removeOffline() : saveOffline())}>
      {saved
        ? translate({ id: 'offline.remove', message: 'Remove offline copy', description: 'Deletes the offline copy' })
        : translate({
            id: 'offline.save',
            message: 'Save for offline',
            description: 'Saves the guide for offline reading',
          })}
    </button>
  );
}

function Icon({ state }: { state: ShownState }): ReactNode {
  return (
    <svg className={clsx(styles.icon, state === 'saving' && styles.saving)} viewBox="0 0 24 24" aria-hidden="true">
      {isSaved(state) ? (
        <path d="M20 6 9 17l-5-5" />
      ) : (
        <>
          <path d="M12 4v11" />
          <path d="m7 10 5 5 5-5" />
          <path d="M5 20h14" />
        </>
      )}
      {state === 'updated' && <circle className={styles.badge} cx="20" cy="5" r="3.5" />}
    </svg>
  );
}

/** Saves the current language of the guide for offline reading, says how it stands, removes it. */
export default function OfflineControl({ mobile = false }: Props): ReactNode {
  const state = useOfflineCopy();
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = panel.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  // Keeps the navbar's layout before hydration and where service workers do not exist.
  if (state === 'unsupported') return mobile ? null : <span className={styles.placeholder} />;
  const status = statusText(state);
  const label = translate({ id: 'offline.label', message: 'Offline reading', description: 'The offline control' });
  if (mobile)
    return (
      <li className={clsx('menu__list-item', styles.mobile)} data-offline-control>
        <span role="status">{status}</span>
        <Action state={state} />
      </li>
    );
  return (
    <div className={styles.control} data-offline-control>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      <details ref={panel} className={styles.disclosure}>
        <summary className={styles.summary} aria-label={`${label}: ${status}`} title={`${label}: ${status}`}>
          <Icon state={state} />
        </summary>
        <div className={styles.panel}>
          <p className={styles.statusText}>{status}</p>
          <Action state={state} />
        </div>
      </details>
    </div>
  );
}
