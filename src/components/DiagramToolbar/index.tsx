import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { DiagramZoom } from './useDiagramZoom';
import styles from './styles.module.css';

export interface Props {
  title: string;
  zoom: DiagramZoom;
  onDownload(): void;
  onFullScreen(): void;
}

function FullScreenIcon(): ReactNode {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M1 5V1h4M9 1h4v4M13 9v4H9M5 13H1V9" />
    </svg>
  );
}

/** Full screen, zoom and download controls of one diagram. */
export default function DiagramToolbar({ title, zoom, onDownload, onFullScreen }: Props): ReactNode {
  const buttons = [
    {
      key: 'fullscreen',
      label: translate({ id: 'diagram.fullScreen', message: 'Full screen' }),
      text: <FullScreenIcon />,
      onClick: onFullScreen,
    },
    {
      key: 'fit',
      label: translate({ id: 'diagram.fit', message: 'Fit to box' }),
      text: '⤢',
      onClick: zoom.fit,
      disabled: zoom.fitted,
    },
    { key: 'zoom-in', label: translate({ id: 'diagram.zoomIn', message: 'Zoom in' }), text: '+', onClick: zoom.zoomIn },
    {
      key: 'zoom-out',
      label: translate({ id: 'diagram.zoomOut', message: 'Zoom out' }),
      text: '−',
      onClick: zoom.zoomOut,
    },
    {
      key: 'actual-size',
      label: translate({ id: 'diagram.actualSize', message: 'Actual size' }),
      text: '1:1',
      onClick: zoom.actualSize,
    },
    {
      key: 'download',
      label: translate({ id: 'diagram.download', message: 'Download SVG' }),
      text: 'SVG ↓',
      onClick: onDownload,
    },
  ];
  return (
    <div
      className={styles.toolbar}
      role="toolbar"
      aria-label={translate({ id: 'diagram.toolbar', message: 'Diagram controls: {title}' }, { title })}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          className={styles.button}
          aria-label={button.label}
          title={button.label}
          disabled={button.disabled}
          onClick={button.onClick}
          data-diagram-action={button.key}>
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
      <span className={styles.level} aria-live="polite">
        {Math.round(zoom.level * 100)}%
      </span>
    </div>
  );
}
