// Design mode's resize and rotate: the transformer gives feedback on the nodes only, and transform
// end writes each node's new rect and rotation as one step (a free photo re-fits its crop). Resize
// handles snap to the canvas, cells and other layers.

import type Konva from 'konva';
import { useCallback } from 'react';
import type { EditorDocument, ImageLayer, Layer, Rect } from '../../../../shared/editor/document';
import { refitCrop } from '../../../../shared/editor/geometry';
import { findLayer, setLayerRect, updateLayer } from '../../../../shared/editor/operations';
import { snapPoint, snapTargets } from '../../../../shared/editor/snapping';
import {
  layerFromNode,
  snapThreshold,
  toImagePoint,
  toScreenPoint,
} from '../../../../shared/editor/transform';
import { selectedLayerIds } from '../store';
import {
  beginGesture,
  endGesture,
  nodeTransform,
  stageView,
  type CanvasContext,
  type GestureOf,
} from './context';

export interface LayerTransform {
  /** Both transformers start a 'transform' gesture (Escape stops it). */
  readonly onTransformStart: () => void;
  readonly onTransformEnd: () => void;
  readonly anchorDragBoundFunc: (old: Konva.Vector2d, next: Konva.Vector2d) => Konva.Vector2d;
  readonly cancel: (gesture: GestureOf<'transform'>) => void;
}

export function useLayerTransform(
  context: CanvasContext,
  resetLayerNodes: (ids: readonly string[]) => void,
): LayerTransform {
  const { store, stageRef, transformerRef, areaTransformerRef, guides } = context;

  const onTransformStart = useCallback(() => {
    beginGesture(context, { kind: 'transform', abandoned: false });
    guides.set([]);
  }, [context, guides]);

  const onTransformEnd = useCallback(() => {
    const abandoned = endGesture(context, 'transform')?.abandoned ?? false;
    const nodes = transformerRef.current?.nodes() ?? [];
    guides.set([]);
    if (abandoned) {
      resetLayerNodes(nodes.map((n) => n.id()));
      return;
    }
    const updates = nodes.map((node) => {
      const placed = layerFromNode(nodeTransform(node));
      node.scale({ x: 1, y: 1 });
      return { id: node.id(), ...placed };
    });
    store.apply((d) =>
      updates.reduce((acc, { id, rect, rotation }) => {
        const layer = findLayer(acc, id);
        if (!layer) return acc;
        const withRect = setLayerRect(acc, id, rect);
        const next = updateLayer<Layer>(withRect, id, { rotation });
        return layer.type === 'image' ? refitImage(next, layer, rect) : next;
      }, d),
    );
  }, [context, store, guides, transformerRef, resetLayerNodes]);

  const anchorDragBoundFunc = useCallback(
    (_old: Konva.Vector2d, next: Konva.Vector2d): Konva.Vector2d => {
      const stage = stageRef.current;
      if (!store.get().snapping || !stage) return next;
      const view = stageView(stage);
      const targets = snapTargets(store.doc, new Set(selectedLayerIds(store.get().selection)));
      const snapped = snapPoint(toImagePoint(view, next), targets, snapThreshold(view.scale), store.doc.size);
      guides.set(snapped.guides);
      return toScreenPoint(view, snapped.point);
    },
    [store, stageRef, guides],
  );

  const cancel = useCallback(
    (gesture: GestureOf<'transform'>) => {
      gesture.abandoned = true;
      transformerRef.current?.stopTransform();
      areaTransformerRef.current?.stopTransform();
    },
    [transformerRef, areaTransformerRef],
  );

  return { onTransformStart, onTransformEnd, anchorDragBoundFunc, cancel };
}

function refitImage(doc: EditorDocument, layer: ImageLayer, rect: Rect): EditorDocument {
  if (rect.width < 1 || rect.height < 1) return doc;
  const photo = refitCrop(layer.photo, layer.rect, rect);
  return updateLayer<ImageLayer>(doc, layer.id, { photo });
}

/** An aspect-locked photo in the selection keeps every selected layer's aspect while resizing. */
export function keepRatioFor(doc: EditorDocument, ids: readonly string[]): boolean {
  return ids.some((id) => {
    const layer = findLayer(doc, id);
    return layer?.type === 'image' && layer.aspectLocked;
  });
}
