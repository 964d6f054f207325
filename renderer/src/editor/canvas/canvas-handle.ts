// What the workspace can ask of the canvas: a thumbnail of the content layer, the image point under
// a DOM event, and Escape: end whatever gesture is under way without a step.

import type Konva from 'konva';
import { useEffect } from 'react';
import { assertNever } from '../../../../shared/domain/assert';
import { imagePointOf, type CanvasContext, type Gesture, type GestureOf } from './context';

export interface CanvasHandle {
  thumbnailPng(maxWidth: number): string | null;
  pointFromEvent(event: DragEvent | MouseEvent): { x: number; y: number } | null;
  /** Ends whatever gesture is under way without a step; true when there was one. */
  cancelGesture(): boolean;
}

/** How each gesture is abandoned, from the hook that owns it. */
export interface GestureCancels {
  readonly drag: (gesture: GestureOf<'drag'>) => void;
  readonly pan: () => void;
  readonly draw: () => void;
  readonly transform: (gesture: GestureOf<'transform'>) => void;
  readonly areaDrag: (gesture: GestureOf<'area-drag'>) => void;
  readonly videoDrag: (gesture: GestureOf<'video-drag'>) => void;
}

export function useCanvasHandle(
  context: CanvasContext,
  handleRef: React.RefObject<CanvasHandle | null>,
  contentRef: React.RefObject<Konva.Layer | null>,
  cancels: GestureCancels,
): void {
  const { store, stageRef, gestureRef } = context;
  useEffect(() => {
    function cancel(gesture: Gesture): void {
      switch (gesture.kind) {
        case 'drag':
          return cancels.drag(gesture);
        case 'pan':
          return cancels.pan();
        case 'draw':
          return cancels.draw();
        case 'transform':
          return cancels.transform(gesture);
        case 'area-drag':
          return cancels.areaDrag(gesture);
        case 'video-drag':
          return cancels.videoDrag(gesture);
        default:
          return assertNever(gesture, 'cancelGesture');
      }
    }
    handleRef.current = {
      thumbnailPng(maxWidth) {
        const content = contentRef.current;
        const stage = stageRef.current;
        if (!content || !stage) return null;
        const d = store.doc;
        const s = stage.scaleX();
        const ratio = Math.min(1, maxWidth / (d.size.width * s));
        return content.toDataURL({
          x: stage.x(),
          y: stage.y(),
          width: d.size.width * s,
          height: d.size.height * s,
          pixelRatio: ratio,
          mimeType: 'image/png',
        });
      },
      pointFromEvent(event) {
        const stage = stageRef.current;
        return stage ? imagePointOf(stage, event) : null;
      },
      cancelGesture() {
        const gesture = gestureRef.current;
        if (gesture) {
          cancel(gesture);
          return true;
        }
        // History may hold an open gesture frame the canvas no longer tracks: abandon it too.
        if (store.gestureOpen) {
          store.abandonGesture();
          return true;
        }
        return false;
      },
    };
  }, [handleRef, contentRef, store, stageRef, gestureRef, cancels]);
}
