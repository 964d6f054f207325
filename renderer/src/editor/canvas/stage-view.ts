// Where the stage shows the document: scaled to fit the canvas box (with a margin) or at a fixed
// zoom, centred, or where a wheel scroll or a zoom about the pointer left it. A pan belongs to one
// zoom level and canvas size: a new zoom starts centred.

import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Size } from '../../../../shared/editor/document';
import type { EditorStore, Zoom } from '../store';

const viewMargin = 32;

export interface StageViewState {
  readonly box: Size;
  readonly scale: number;
  readonly position: { x: number; y: number };
  /** Scrolls or zooms the view: a position that holds for this zoom and document size. */
  readonly panTo: (zoom: Zoom, size: Size, position: { x: number; y: number }) => void;
}

const viewKeyOf = (zoom: Zoom, size: Size): string =>
  `${String(zoom)}:${String(size.width)}x${String(size.height)}`;

export function useStageView(
  store: EditorStore,
  containerRef: React.RefObject<HTMLDivElement | null>,
  zoom: Zoom,
  size: Size,
): StageViewState {
  const [box, setBox] = useState<Size>({ width: 800, height: 600 });
  const [pan, setPan] = useState<{ key: string; x: number; y: number } | null>(null);

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setBox({ width: Math.max(100, Math.floor(width)), height: Math.max(100, Math.floor(height)) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [containerRef]);

  const fitScale = Math.max(
    0.01,
    Math.min((box.width - viewMargin * 2) / size.width, (box.height - viewMargin * 2) / size.height),
  );
  const scale = zoom === 'fit' ? fitScale : zoom;
  const centred = {
    x: Math.round((box.width - size.width * scale) / 2),
    y: Math.round((box.height - size.height * scale) / 2),
  };
  const position = zoom === 'fit' || pan?.key !== viewKeyOf(zoom, size) ? centred : pan;

  useEffect(() => store.patch({ fitScale }), [store, fitScale]);

  const panTo = useCallback(
    (forZoom: Zoom, forSize: Size, at: { x: number; y: number }) =>
      setPan({ key: viewKeyOf(forZoom, forSize), ...at }),
    [],
  );

  return { box, scale, position, panTo };
}
