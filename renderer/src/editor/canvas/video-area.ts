// Tap-area mode's gestures on the imagemap's video area: pressing it selects it, dragging moves it
// like a tap area (snapping, inside the image) and commits one step at drag end; Escape puts it back.

import type Konva from 'konva';
import { useCallback } from 'react';
import { setVideoArea } from '../../../../shared/editor/operations';
import { areaSnapTargets } from '../../../../shared/editor/snapping';
import { beginGesture, endGesture, videoAreaOf, videoNodeId, type CanvasContext } from './context';
import { followVideoNode, placeVideoNode } from './VideoAreaNode';

export interface VideoAreaGestures {
  readonly onVideoDragStart: () => void;
  readonly onVideoDragMove: (node: Konva.Node) => void;
  readonly onVideoDragEnd: (node: Konva.Node) => void;
  readonly cancel: (gesture: { abandoned: boolean }) => void;
}

export function useVideoAreaGestures(
  context: CanvasContext,
  onAreaDragMove: (node: Konva.Node) => void,
): VideoAreaGestures {
  const { store, stageRef, guides, targetsRef } = context;

  const onVideoDragStart = useCallback(() => {
    beginGesture(context, { kind: 'video-drag', abandoned: false });
    targetsRef.current = areaSnapTargets(store.doc);
    store.select({ kind: 'video' });
  }, [context, store, targetsRef]);

  const onVideoDragMove = useCallback(
    (node: Konva.Node) => {
      onAreaDragMove(node);
      followVideoNode(node);
    },
    [onAreaDragMove],
  );

  const onVideoDragEnd = useCallback(
    (node: Konva.Node) => {
      const abandoned = endGesture(context, 'video-drag')?.abandoned ?? false;
      guides.set([]);
      const area = videoAreaOf(store.doc);
      if (!area) return;
      if (!abandoned) store.apply((d) => setVideoArea(d, { ...area, x: node.x(), y: node.y() }));
      placeVideoNode(node, videoAreaOf(store.doc));
    },
    [context, store, guides],
  );

  const cancel = useCallback(
    (gesture: { abandoned: boolean }) => {
      gesture.abandoned = true;
      stageRef.current?.findOne(`#${videoNodeId}`)?.stopDrag();
    },
    [stageRef],
  );

  return { onVideoDragStart, onVideoDragMove, onVideoDragEnd, cancel };
}
