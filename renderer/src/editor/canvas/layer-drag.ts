// Design mode's layer gestures: pressing a layer selects it (Shift adds or removes it), dragging moves
// the selection together with snapping, and the document changes once, at drag end. Escape puts the
// nodes back where the document says.

import type Konva from 'konva';
import { useCallback, useMemo } from 'react';
import type { EditorDocument } from '../../../../shared/editor/document';
import { findLayer, moveLayers } from '../../../../shared/editor/operations';
import { snapTargets } from '../../../../shared/editor/snapping';
import { dragLayer, layerNodeCentre, snapThreshold } from '../../../../shared/editor/transform';
import type { LayerHandlers } from '../scene';
import { selectedLayerIds } from '../store';
import { beginGesture, endGesture, type CanvasContext, type GestureOf } from './context';

export type LayerPressHandlers = Omit<LayerHandlers, 'onCellPointerDown'>;

export interface LayerDrag {
  readonly handlers: LayerPressHandlers;
  /** Puts layer nodes back where the document has them (after an abandoned drag or transform). */
  readonly resetLayerNodes: (ids: readonly string[]) => void;
  readonly cancel: (gesture: GestureOf<'drag'>) => void;
}

export function useLayerDrag(context: CanvasContext): LayerDrag {
  const { store, stageRef, guides, targetsRef, scaleRef, gestureRef } = context;

  const resetLayerNodes = useCallback(
    (ids: readonly string[]) => {
      const stage = stageRef.current;
      if (!stage) return;
      for (const id of ids) {
        const layer = findLayer(store.doc, id);
        const node = stage.findOne(`#${CSS.escape(id)}`);
        if (!layer || !node) continue;
        node.setAttrs({ ...layerNodeCentre(layer.rect), scaleX: 1, scaleY: 1, rotation: layer.rotation });
      }
      stage.batchDraw();
    },
    [store, stageRef],
  );

  const handlers = useMemo<LayerPressHandlers>(
    () => ({
      onLayerPointerDown(id, event) {
        if (store.get().mode !== 'design') return;
        event.cancelBubble = true;
        const current = selectedLayerIds(store.get().selection);
        if (event.evt.shiftKey) {
          const ids = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
          store.select(ids.length ? { kind: 'layers', ids } : { kind: 'none' });
        } else if (!current.includes(id)) {
          store.select({ kind: 'layers', ids: [id] });
        }
      },
      onLayerDragStart(id, event) {
        const current = selectedLayerIds(store.get().selection);
        const ids = current.includes(id) ? current : [id];
        const stage = stageRef.current;
        const start = new Map<string, { x: number; y: number }>();
        for (const other of ids) {
          const node = stage?.findOne(`#${CSS.escape(other)}`);
          if (node)
            start.set(other, node.id() === id ? dragStartOf(event.target, store.doc, id) : node.position());
        }
        beginGesture(context, { kind: 'drag', ids, start, abandoned: false });
        targetsRef.current = snapTargets(store.doc, new Set(ids));
      },
      onLayerDragMove(id, event) {
        const gesture = gestureRef.current;
        if (gesture?.kind !== 'drag') return;
        const node = event.target;
        const layer = findLayer(store.doc, id);
        const from = gesture.start.get(id);
        if (!layer || !from) return;
        if (store.get().snapping) {
          const placed = dragLayer(
            node.position(),
            layer.rect,
            layer.rotation,
            targetsRef.current,
            snapThreshold(scaleRef.current),
          );
          node.position(placed.centre);
          guides.set(placed.guides);
        }
        // The other selected layers follow the one under the pointer.
        const dx = node.x() - from.x;
        const dy = node.y() - from.y;
        const stage = stageRef.current;
        for (const other of gesture.ids) {
          if (other === id) continue;
          const start = gesture.start.get(other);
          const otherNode = stage?.findOne(`#${CSS.escape(other)}`);
          if (start && otherNode) otherNode.position({ x: start.x + dx, y: start.y + dy });
        }
      },
      onLayerDragEnd(id, event) {
        const gesture = endGesture(context, 'drag');
        guides.set([]);
        if (!gesture) return;
        if (gesture.abandoned) {
          resetLayerNodes(gesture.ids);
          return;
        }
        const from = gesture.start.get(id);
        if (!from) return;
        const dx = event.target.x() - from.x;
        const dy = event.target.y() - from.y;
        store.apply((d) => moveLayers(d, new Set(gesture.ids), dx, dy));
      },
      onLayerDblClick(id) {
        const layer = findLayer(store.doc, id);
        if (layer?.type === 'text') {
          document.getElementById('editor-text-content')?.focus();
        }
      },
    }),
    [context, store, stageRef, guides, targetsRef, scaleRef, gestureRef, resetLayerNodes],
  );

  const cancel = useCallback(
    (gesture: GestureOf<'drag'>) => {
      gesture.abandoned = true;
      const stage = stageRef.current;
      for (const id of gesture.ids) stage?.findOne(`#${CSS.escape(id)}`)?.stopDrag();
      guides.set([]);
      gestureRef.current = null;
      resetLayerNodes(gesture.ids);
    },
    [stageRef, guides, gestureRef, resetLayerNodes],
  );

  return { handlers, resetLayerNodes, cancel };
}

function dragStartOf(node: Konva.Node, doc: EditorDocument, id: string): { x: number; y: number } {
  // Konva has already moved the node a few pixels when dragstart fires: start from the document.
  const layer = findLayer(doc, id);
  return layer ? layerNodeCentre(layer.rect) : node.position();
}
