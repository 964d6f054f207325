// A cell's photo, in design mode: the first press selects the cell, a press on the selected cell
// drags the photo inside it (history gesture frames, one step at release), and the wheel over it
// zooms the photo about the pointer, a few percent per notch (shared/editor/zoom.ts).

import type Konva from 'konva';
import { useCallback, useEffect } from 'react';
import { panCrop } from '../../../../shared/editor/geometry';
import { zoomPhotoByWheel } from '../../../../shared/editor/zoom';
import { findCell, setCellCrop } from '../../../../shared/editor/operations';
import { beginGesture, imagePointOf, takeGesture, type CanvasContext } from './context';

export interface PhotoGestures {
  readonly onCellPointerDown: (id: string, event: Konva.KonvaEventObject<MouseEvent>) => void;
  /** The wheel over the selected cell's photo; false when the pointer is not over one. */
  readonly onPhotoWheel: (event: WheelEvent, point: { x: number; y: number } | null) => boolean;
  readonly cancel: () => void;
}

export function usePhotoGestures(context: CanvasContext): PhotoGestures {
  const { store, stageRef, gestureRef } = context;

  const onCellPointerDown = useCallback(
    (id: string, event: Konva.KonvaEventObject<MouseEvent>) => {
      const state = store.get();
      if (state.mode !== 'design') return;
      event.cancelBubble = true;
      const cell = findCell(store.doc, id);
      const alreadySelected = state.selection.kind === 'cell' && state.selection.id === id;
      if (!alreadySelected) {
        store.select({ kind: 'cell', id });
        return;
      }
      if (cell?.photo) {
        const from = stageRef.current?.getRelativePointerPosition();
        if (from) beginGesture(context, { kind: 'pan', cellId: id, from });
      }
    },
    [context, store, stageRef],
  );

  // The pan follows the pointer anywhere in the window, not only over the stage.
  useEffect(() => {
    function onMove(event: MouseEvent) {
      const gesture = gestureRef.current;
      const stage = stageRef.current;
      if (gesture?.kind !== 'pan' || !stage) return;
      const point = imagePointOf(stage, event);
      if (!point) return;
      const dx = point.x - gesture.from.x;
      const dy = point.y - gesture.from.y;
      store.gesture((d) => {
        const base = findCell(store.get().history.gestureBase?.[store.get().active] ?? d, gesture.cellId);
        if (!base?.photo) return d;
        const frame = { width: base.rect.width, height: base.rect.height };
        return setCellCrop(d, gesture.cellId, panCrop(base.photo, frame, dx, dy).crop);
      });
    }
    function onUp() {
      if (takeGesture(context, 'pan')) store.commitGesture();
    }
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
    return () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
  }, [context, store, stageRef, gestureRef]);

  const onPhotoWheel = useCallback(
    (event: WheelEvent, point: { x: number; y: number } | null): boolean => {
      const state = store.get();
      if (state.selection.kind !== 'cell' || !point) return false;
      const cell = findCell(store.doc, state.selection.id);
      const r = cell?.rect;
      if (
        !cell?.photo ||
        !r ||
        point.x < r.x ||
        point.x > r.x + r.width ||
        point.y < r.y ||
        point.y > r.y + r.height
      ) {
        return false;
      }
      const frame = { width: r.width, height: r.height };
      const pointer = { x: point.x - r.x, y: point.y - r.y };
      const zoomed = zoomPhotoByWheel(cell.photo, frame, event.deltaY, event.deltaMode, pointer);
      // One wheel run on one cell is one undo step (merged by key).
      store.apply((d) => setCellCrop(d, cell.id, zoomed.crop), `zoom:${cell.id}`);
      return true;
    },
    [store],
  );

  const cancel = useCallback(() => {
    gestureRef.current = null;
    store.abandonGesture();
  }, [store, gestureRef]);

  return { onCellPointerDown, onPhotoWheel, cancel };
}
