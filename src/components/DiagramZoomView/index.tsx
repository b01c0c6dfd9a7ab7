import React, { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import { translate } from '@docusaurus/Translate';
import DiagramToolbar from '@site/src/components/DiagramToolbar';
import type { SvgSize } from '@site/src/lib/diagram/svg';
import { fitScale, zoomRange } from '@site/src/lib/diagram/zoom';
import styles from './styles.module.css';

export interface Props {
  title: string;
  /** The drawing's markup, with ids of its own (the page keeps its copy). */
  svg: string;
  /** The drawing's natural size. */
  size: SvgSize;
  /** A click inside the drawing that was not the end of a drag: a node link to follow. */
  onLinkClick(event: MouseEvent): void;
  /** The view closed (Escape, Close): the browser has put focus back where it was. */
  onClose(): void;
}

/** Screen pixels an arrow key pans. */
const ARROW_STEP = 60;
/** A pointer that moved further than this between press and click dragged: no link click. */
const DRAG_DISTANCE = 5;

/**
 * A diagram filling the screen as a modal dialog: it opens fitted, pans by dragging, zooms by
 * pinch, wheel, buttons and keys (Panzoom). This module and Panzoom load only when a reader
 * opens it (the Diagram lazy-loads it).
 */
export default function DiagramZoomView({ title, svg, size, onLinkClick, onClose }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const drawing = useRef<HTMLDivElement>(null);
  const panzoom = useRef<PanzoomObject>(undefined);
  const pressedAt = useRef({ x: 0, y: 0 });
  const titleId = useId();

  const { width, height } = size;
  useEffect(() => {
    const box = stage.current!;
    dialog.current!.showModal();
    const fitted = () => fitScale({ width, height }, { width: box.clientWidth, height: box.clientHeight });
    const view = Panzoom(drawing.current!, {
      canvas: true,
      cursor: 'grab',
      startScale: fitted(),
      ...zoomRange(fitted()),
      handleStartEvent: (event) => {
        const { clientX: x, clientY: y } = event as PointerEvent;
        pressedAt.current = { x, y };
        event.preventDefault(); // no text selection or native image drag while panning
      },
    });
    panzoom.current = view;
    box.addEventListener('wheel', view.zoomWithWheel);
    // A new screen size (rotation, window resize) fits the drawing again.
    const refit = new ResizeObserver(() => {
      view.setOptions({ startScale: fitted(), ...zoomRange(fitted()) });
      view.reset({ animate: false });
    });
    refit.observe(box);
    return () => {
      refit.disconnect();
      box.removeEventListener('wheel', view.zoomWithWheel);
      view.destroy();
    };
  }, [width, height]);

  const fit = () => panzoom.current?.reset();
  const onKeyDown = (event: KeyboardEvent) => {
    const view = panzoom.current;
    if (!view || event.ctrlKey || event.metaKey || event.altKey) return;
    const pan = (x: number, y: number) => () =>
      view.pan(x / view.getScale(), y / view.getScale(), { relative: true, animate: true });
    const actions: Record<string, () => void> = {
      '+': () => view.zoomIn(),
      '=': () => view.zoomIn(),
      '-': () => view.zoomOut(),
      '0': fit,
      ArrowLeft: pan(ARROW_STEP, 0),
      ArrowRight: pan(-ARROW_STEP, 0),
      ArrowUp: pan(0, ARROW_STEP),
      ArrowDown: pan(0, -ARROW_STEP),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onClick = (event: MouseEvent) => {
    const moved = Math.hypot(event.clientX - pressedAt.current.x, event.clientY - pressedAt.current.y);
    if (moved > DRAG_DISTANCE) event.preventDefault();
    else onLinkClick(event);
  };

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      <div className={styles.header}>
        <p id={titleId} className={styles.title}>
          {title}
        </p>
        <DiagramToolbar
          className={styles.toolbar}
          label={translate({ id: 'diagram.toolbar', message: 'Diagram controls: {title}' }, { title })}
          buttons={[
            {
              key: 'zoom-out',
              label: translate({ id: 'diagram.zoomOut', message: 'Zoom out' }),
              icon: '−',
              onClick: () => panzoom.current?.zoomOut(),
            },
            {
              key: 'zoom-in',
              label: translate({ id: 'diagram.zoomIn', message: 'Zoom in' }),
              icon: '+',
              onClick: () => panzoom.current?.zoomIn(),
            },
            {
              key: 'fit',
              label: translate({ id: 'diagram.fitScreen', message: 'Fit to screen' }),
              icon: '⤢',
              onClick: fit,
            },
            {
              key: 'close',
              label: translate({ id: 'diagram.close', message: 'Close' }),
              icon: '✕',
              onClick: () => dialog.current?.close(),
            },
          ]}
        />
      </div>
      <div ref={stage} className={styles.stage} onClick={onClick}>
        <div
          ref={drawing}
          className={styles.drawing}
          style={{
            width,
            height,
            left: `calc(50% - ${width / 2}px)`,
            top: `calc(50% - ${height / 2}px)`,
          }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
    </dialog>
  );
}
