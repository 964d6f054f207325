// Tap-area mode's moves and resizes of tap areas (and the transformer's end for the video area):
// dragging snaps to the cells and other areas and stays inside the image; the document changes once,
// at drag or transform end; Escape puts the node back.

import type Konva from 'konva';
import { useCallback } from 'react';
import { findArea, setAreaRect, setVideoArea } from '../../../../shared/editor/operations';
import { areaSnapTargets } from '../../../../shared/editor/snapping';
import { areaFromNode, boundAreaBox, dragArea, snapThreshold } from '../../../../shared/editor/transform';
import {
  beginGesture,
  endGesture,
  nodeTransform,
  stageView,
  videoAreaOf,
  videoNodeId,
  type CanvasContext,
  type GestureOf,
} from './context';
import { placeVideoNode } from './VideoAreaNode';

export interface AreaGestures {
  readonly onAreaDragStart: (id: string) => void;
  /** Also used by the video area: clamps and snaps the node being dragged. */
  readonly onAreaDragMove: (node: Konva.Node) => void;
  readonly onAreaDragEnd: (id: string, node: Konva.Node) => void;
  readonly onAreaTransformEnd: () => void;
  readonly boundBoxFunc: <B extends Konva.Box & { rotation: number }>(old: B, next: B) => B;
  readonly cancel: (gesture: GestureOf<'area-drag'>) => void;
}

const areaNodeIdPrefix = /^area-node-/;

export function useAreaGestures(context: CanvasContext): AreaGestures {
  const { store, stageRef, areaTransformerRef, guides, targetsRef, scaleRef } = context;

  const onAreaDragStart = useCallback(
    (id: string) => {
      beginGesture(context, { kind: 'area-drag', id, abandoned: false });
      targetsRef.current = areaSnapTargets(store.doc, new Set([id]));
      store.select({ kind: 'area', id });
    },
    [context, store, targetsRef],
  );

  const onAreaDragMove = useCallback(
    (node: Konva.Node) => {
      const rect = { x: node.x(), y: node.y(), width: node.width(), height: node.height() };
      const targets = store.get().snapping ? targetsRef.current : null;
      const placed = dragArea(rect, store.doc.size, targets, snapThreshold(scaleRef.current));
      if (targets) guides.set(placed.guides);
      node.position({ x: placed.rect.x, y: placed.rect.y });
    },
    [store, guides, targetsRef, scaleRef],
  );

  const onAreaDragEnd = useCallback(
    (id: string, node: Konva.Node) => {
      const abandoned = endGesture(context, 'area-drag')?.abandoned ?? false;
      guides.set([]);
      const area = findArea(store.doc, id);
      if (!area) return;
      if (abandoned) {
        node.position({ x: area.rect.x, y: area.rect.y });
        node.getLayer()?.batchDraw();
        return;
      }
      store.apply((d) => setAreaRect(d, id, { ...area.rect, x: node.x(), y: node.y() }));
    },
    [context, store, guides],
  );

  const onAreaTransformEnd = useCallback(() => {
    const abandoned = endGesture(context, 'transform')?.abandoned ?? false;
    const node = areaTransformerRef.current?.nodes()[0];
    if (!node) return;
    const rect = areaFromNode(nodeTransform(node), store.doc.size);
    node.scale({ x: 1, y: 1 });
    if (node.id() === videoNodeId) {
      if (!abandoned) store.apply((d) => setVideoArea(d, rect));
      placeVideoNode(node, videoAreaOf(store.doc));
      return;
    }
    const id = node.id().replace(areaNodeIdPrefix, '');
    const area = findArea(store.doc, id);
    if (!area) return;
    if (abandoned) {
      node.setAttrs({ ...area.rect });
      node.getLayer()?.batchDraw();
      return;
    }
    node.setAttrs(rect);
    store.apply((d) => setAreaRect(d, id, rect));
  }, [context, store, areaTransformerRef]);

  const boundBoxFunc = useCallback(
    <B extends Konva.Box & { rotation: number }>(old: B, next: B): B => {
      const stage = stageRef.current;
      return stage ? boundAreaBox(old, next, stageView(stage), store.doc.size) : next;
    },
    [store, stageRef],
  );

  const cancel = useCallback(
    (gesture: GestureOf<'area-drag'>) => {
      gesture.abandoned = true;
      stageRef.current?.findOne(`#area-node-${CSS.escape(gesture.id)}`)?.stopDrag();
    },
    [stageRef],
  );

  return { onAreaDragStart, onAreaDragMove, onAreaDragEnd, onAreaTransformEnd, boundBoxFunc, cancel };
}
