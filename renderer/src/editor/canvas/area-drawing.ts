// Tap-area mode's drawing: a press on the image outside every area starts an area, the draft follows
// the pointer anywhere in the window, and release adds it (one step) when it is big enough to keep.

import { useCallback, useEffect } from 'react';
import { addArea } from '../../../../shared/editor/operations';
import { drawnArea, keepsDrawnArea } from '../../../../shared/editor/transform';
import { newId } from '../ids';
import { beginGesture, imagePointOf, takeGesture, type CanvasContext } from './context';

export interface AreaDrawing {
  readonly beginDraw: (from: { x: number; y: number }) => void;
  readonly cancel: () => void;
}

export function useAreaDrawing(context: CanvasContext): AreaDrawing {
  const { store, stageRef, gestureRef, draft } = context;

  useEffect(() => {
    function onMove(event: MouseEvent) {
      const gesture = gestureRef.current;
      const stage = stageRef.current;
      if (gesture?.kind !== 'draw' || !stage) return;
      const point = imagePointOf(stage, event);
      if (point) draft.set(drawnArea(gesture.from, point, store.doc.size));
    }
    function onUp() {
      if (!takeGesture(context, 'draw')) return;
      const rect = draft.get();
      draft.set(null);
      if (rect && keepsDrawnArea(rect)) {
        const id = `area-${newId()}`;
        store.apply((d) => addArea(d, { id, rect, action: null }));
        store.select({ kind: 'area', id });
      }
    }
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
    return () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
  }, [context, store, stageRef, gestureRef, draft]);

  const beginDraw = useCallback(
    (from: { x: number; y: number }) => {
      beginGesture(context, { kind: 'draw', from });
      store.select({ kind: 'none' });
    },
    [context, store],
  );

  const cancel = useCallback(() => {
    gestureRef.current = null;
    draft.set(null);
  }, [gestureRef, draft]);

  return { beginDraw, cancel };
}
