// A press on the stage that no layer, cell, area or handle took: in design mode it clears the
// selection; in tap-area mode it starts drawing a new area.

import type Konva from 'konva';
import { useCallback } from 'react';
import type { CanvasContext } from './context';

export function useStagePress(
  context: CanvasContext,
  beginDraw: (from: { x: number; y: number }) => void,
): (event: Konva.KonvaEventObject<MouseEvent>) => void {
  const { store, stageRef } = context;
  return useCallback(
    (event: Konva.KonvaEventObject<MouseEvent>) => {
      const target = event.target;
      // Presses on transformer handles belong to the transformer.
      if (target.getParent()?.className === 'Transformer') return;
      if (store.get().mode === 'areas') {
        if (target.name() === 'area' || target.name() === 'video-area') return;
        const from = stageRef.current?.getRelativePointerPosition();
        if (from) beginDraw(from);
        return;
      }
      store.select({ kind: 'none' });
    },
    [store, stageRef, beginDraw],
  );
}
