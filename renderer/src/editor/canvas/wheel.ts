// The wheel over the canvas: with Ctrl (⌘, or a trackpad pinch) it zooms the view about the pointer;
// over the selected cell's photo it zooms the photo; otherwise it scrolls a zoomed-in view.

import { useEffect } from 'react';
import { viewZoomByWheel } from '../../../../shared/editor/zoom';
import { imagePointOf, type CanvasContext } from './context';
import type { StageViewState } from './stage-view';

export function useWheel(
  context: CanvasContext,
  containerRef: React.RefObject<HTMLDivElement | null>,
  panTo: StageViewState['panTo'],
  onPhotoWheel: (event: WheelEvent, point: { x: number; y: number } | null) => boolean,
): void {
  const { store, stageRef } = context;
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    function onWheel(event: WheelEvent) {
      const stage = stageRef.current;
      if (!stage) return;
      event.preventDefault();
      const point = imagePointOf(stage, event);
      const state = store.get();
      if (event.ctrlKey || event.metaKey) {
        const current = state.zoom === 'fit' ? stage.scaleX() : state.zoom;
        const next = viewZoomByWheel(current, event.deltaY, event.deltaMode);
        const pointer = stage.getPointerPosition();
        store.patch({ zoom: next });
        if (point && pointer) {
          panTo(next, store.doc.size, { x: pointer.x - point.x * next, y: pointer.y - point.y * next });
        }
        return;
      }
      if (onPhotoWheel(event, point)) return;
      if (state.zoom !== 'fit') {
        panTo(state.zoom, store.doc.size, { x: stage.x() - event.deltaX, y: stage.y() - event.deltaY });
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [store, stageRef, containerRef, panTo, onPhotoWheel]);
}
