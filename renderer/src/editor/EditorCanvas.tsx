// The editing stage: the document scaled to fit (or at a fixed zoom), content on one Konva layer and
// everything for editing — cell outlines, the transformer, snap guides, tap areas, the area being
// drawn, the drop target — on another (practice 9). Drags give feedback on the Konva nodes and commit
// one step at the end; photo pans and zooms are history gestures; Escape abandons any of them.

import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Line, Rect, Stage, Text, Transformer } from 'react-konva';
import type { EditorDocument, Rect as DocRect, TapArea } from '../../../shared/editor/document';
import {
  panCrop,
  zoomCrop,
  refitCrop,
  rectFromPoints,
  clampRectToBounds,
} from '../../../shared/editor/geometry';
import {
  addArea,
  findCell,
  findLayer,
  moveLayers,
  setAreaRect,
  setCellCrop,
  setLayerRect,
  setVideoArea,
  updateLayer,
} from '../../../shared/editor/operations';
import {
  areaSnapTargets,
  snapMove,
  snapTargets,
  type SnapGuide,
  type SnapTargets,
} from '../../../shared/editor/snapping';
import type { ImageLayer, Layer as DocLayer } from '../../../shared/editor/document';
import { DocumentScene, type LayerHandlers } from './scene';
import { createSignal, useSignal } from './signal';
import { activeDocument, selectedLayerIds, useEditor, type EditorStore } from './store';
import { areaColor } from './area-colors';
import { newId } from './ids';

/** What the workspace can ask of the stage: thumbnails, and the doc point under a DOM event. */
export interface CanvasHandle {
  thumbnailPng(maxWidth: number): string | null;
  pointFromEvent(event: DragEvent | MouseEvent): { x: number; y: number } | null;
  /** Ends whatever gesture is under way without a step; true when there was one. */
  cancelGesture(): boolean;
}

export interface EditorCanvasProps {
  readonly store: EditorStore;
  readonly fontEpoch: number;
  readonly handleRef: React.RefObject<CanvasHandle | null>;
  readonly onDropFiles: (files: readonly File[], point: { x: number; y: number } | null) => void;
}

const viewMargin = 32;
const minAreaSide = 8;

type Gesture =
  | {
      readonly kind: 'drag';
      readonly ids: readonly string[];
      readonly start: Map<string, { x: number; y: number }>;
      abandoned: boolean;
    }
  | { readonly kind: 'pan'; readonly cellId: string; readonly from: { x: number; y: number } }
  | { readonly kind: 'draw'; readonly from: { x: number; y: number } }
  | { readonly kind: 'transform'; abandoned: boolean }
  | { readonly kind: 'area-drag'; readonly id: string; abandoned: boolean }
  | { readonly kind: 'video-drag'; abandoned: boolean };

/** The Konva ids of the imagemap video area's node and of its label (tap-area mode). */
const videoNodeId = 'video-area-node';
const videoLabelId = 'video-area-label';

const videoAreaOf = (doc: EditorDocument): DocRect | null =>
  doc.kind === 'imagemap' ? (doc.imagemap.video?.area ?? null) : null;

export function EditorCanvas({ store, fontEpoch, handleRef, onDropFiles }: EditorCanvasProps) {
  const { t } = useTranslation();
  const doc = useEditor(store, activeDocument);
  const selection = useEditor(store, (s) => s.selection);
  const mode = useEditor(store, (s) => s.mode);
  const zoom = useEditor(store, (s) => s.zoom);
  const snapping = useEditor(store, (s) => s.snapping);

  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const contentRef = useRef<Konva.Layer>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const areaTransformerRef = useRef<Konva.Transformer>(null);
  const gestureRef = useRef<Gesture | null>(null);
  const targetsRef = useRef<SnapTargets | null>(null);

  const guides = useMemo(() => createSignal<readonly SnapGuide[]>([]), []);
  const draft = useMemo(() => createSignal<DocRect | null>(null), []);
  const dropCell = useMemo(() => createSignal<string | null>(null), []);

  const [box, setBox] = useState({ width: 800, height: 600 });
  // A pan belongs to one zoom level and canvas size: a new zoom starts centred.
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
  }, []);

  const fitScale = Math.max(
    0.01,
    Math.min((box.width - viewMargin * 2) / doc.size.width, (box.height - viewMargin * 2) / doc.size.height),
  );
  const scale = zoom === 'fit' ? fitScale : zoom;
  const centred = {
    x: Math.round((box.width - doc.size.width * scale) / 2),
    y: Math.round((box.height - doc.size.height * scale) / 2),
  };
  const viewKey = `${String(zoom)}:${String(doc.size.width)}x${String(doc.size.height)}`;
  const position = zoom === 'fit' || pan?.key !== viewKey ? centred : pan;

  useEffect(() => store.patch({ fitScale }), [store, fitScale]);

  const scaleRef = useRef(scale);
  useLayoutEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  // ---------------------------------------------------------------- transformer attachment

  const selectedIds = selectedLayerIds(selection);
  const selectedKey = selectedIds.join(',');
  useEffect(() => {
    const transformer = transformerRef.current;
    const stage = stageRef.current;
    if (!transformer || !stage) return;
    const nodes =
      mode === 'design'
        ? selectedIds
            .map((id) => stage.findOne(`#${CSS.escape(id)}`))
            .filter(
              (node): node is Konva.Node =>
                node !== undefined && findLayer(store.doc, node.id())?.locked === false,
            )
        : [];
    transformer.nodes(nodes);
    transformer.getLayer()?.batchDraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- selectedKey stands for selectedIds
  }, [selectedKey, mode, doc, fontEpoch, store]);

  const selectedAreaId = selection.kind === 'area' ? selection.id : null;
  const videoArea = videoAreaOf(doc);
  const videoSelected = selection.kind === 'video' && videoArea !== null;
  useEffect(() => {
    const transformer = areaTransformerRef.current;
    const stage = stageRef.current;
    if (!transformer || !stage) return;
    const node =
      mode !== 'areas'
        ? undefined
        : selectedAreaId
          ? stage.findOne(`#area-node-${CSS.escape(selectedAreaId)}`)
          : videoSelected
            ? stage.findOne(`#${videoNodeId}`)
            : undefined;
    transformer.nodes(node ? [node] : []);
    transformer.getLayer()?.batchDraw();
  }, [selectedAreaId, videoSelected, mode, doc]);

  // ---------------------------------------------------------------- layer drags

  const resetLayerNodes = useCallback(
    (ids: readonly string[]) => {
      const stage = stageRef.current;
      if (!stage) return;
      for (const id of ids) {
        const layer = findLayer(store.doc, id);
        const node = stage.findOne(`#${CSS.escape(id)}`);
        if (!layer || !node) continue;
        node.setAttrs({
          x: layer.rect.x + layer.rect.width / 2,
          y: layer.rect.y + layer.rect.height / 2,
          scaleX: 1,
          scaleY: 1,
          rotation: layer.rotation,
        });
      }
      stage.batchDraw();
    },
    [store],
  );

  const handlers = useMemo<LayerHandlers>(
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
        gestureRef.current = { kind: 'drag', ids, start, abandoned: false };
        targetsRef.current = snapTargets(store.doc, new Set(ids));
      },
      onLayerDragMove(id, event) {
        const gesture = gestureRef.current;
        if (gesture?.kind !== 'drag') return;
        const node = event.target;
        const layer = findLayer(store.doc, id);
        const from = gesture.start.get(id);
        if (!layer || !from) return;
        const { width, height } = layer.rect;
        if (store.get().snapping && targetsRef.current && layer.rotation % 360 === 0) {
          const rect = { x: node.x() - width / 2, y: node.y() - height / 2, width, height };
          const snapped = snapMove(rect, targetsRef.current, 6 / scaleRef.current);
          node.position({ x: snapped.rect.x + width / 2, y: snapped.rect.y + height / 2 });
          guides.set(snapped.guides);
        }
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
        const gesture = gestureRef.current;
        gestureRef.current = null;
        guides.set([]);
        if (gesture?.kind !== 'drag') return;
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
      onCellPointerDown(id, event) {
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
          if (from) gestureRef.current = { kind: 'pan', cellId: id, from };
        }
      },
    }),
    [store, guides, resetLayerNodes],
  );

  // ---------------------------------------------------------------- window-level pointer gestures

  useEffect(() => {
    function onMove(event: MouseEvent) {
      const gesture = gestureRef.current;
      const stage = stageRef.current;
      if (!gesture || !stage) return;
      if (gesture.kind !== 'pan' && gesture.kind !== 'draw') return;
      stage.setPointersPositions(event);
      const point = stage.getRelativePointerPosition();
      if (!point) return;
      if (gesture.kind === 'pan') {
        const dx = point.x - gesture.from.x;
        const dy = point.y - gesture.from.y;
        store.gesture((d) => {
          const base = findCell(store.get().history.gestureBase?.[store.get().active] ?? d, gesture.cellId);
          if (!base?.photo) return d;
          const frame = { width: base.rect.width, height: base.rect.height };
          return setCellCrop(d, gesture.cellId, panCrop(base.photo, frame, dx, dy).crop);
        });
      } else {
        const rect = clampRectToBounds(rectFromPoints(gesture.from, point), store.doc.size);
        draft.set(rect);
      }
    }
    function onUp() {
      const gesture = gestureRef.current;
      if (!gesture) return;
      if (gesture.kind === 'pan') {
        gestureRef.current = null;
        store.commitGesture();
      } else if (gesture.kind === 'draw') {
        gestureRef.current = null;
        const rect = draft.get();
        draft.set(null);
        if (rect && rect.width >= minAreaSide && rect.height >= minAreaSide) {
          const id = `area-${newId()}`;
          store.apply((d) => addArea(d, { id, rect, action: null }));
          store.select({ kind: 'area', id });
        }
      }
    }
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
    return () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
  }, [store, draft]);

  // ---------------------------------------------------------------- the handle for the workspace

  useEffect(() => {
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
        if (!stage) return null;
        stage.setPointersPositions(event);
        return stage.getRelativePointerPosition();
      },
      cancelGesture() {
        const gesture = gestureRef.current;
        if (!gesture) {
          if (store.gestureOpen) {
            store.abandonGesture();
            return true;
          }
          return false;
        }
        switch (gesture.kind) {
          case 'drag': {
            gesture.abandoned = true;
            const stage = stageRef.current;
            for (const id of gesture.ids) stage?.findOne(`#${CSS.escape(id)}`)?.stopDrag();
            guides.set([]);
            gestureRef.current = null;
            resetLayerNodes(gesture.ids);
            return true;
          }
          case 'pan':
            gestureRef.current = null;
            store.abandonGesture();
            return true;
          case 'draw':
            gestureRef.current = null;
            draft.set(null);
            return true;
          case 'transform':
            gesture.abandoned = true;
            transformerRef.current?.stopTransform();
            areaTransformerRef.current?.stopTransform();
            return true;
          case 'area-drag': {
            gesture.abandoned = true;
            const node = stageRef.current?.findOne(`#area-node-${CSS.escape(gesture.id)}`);
            node?.stopDrag();
            return true;
          }
          case 'video-drag':
            gesture.abandoned = true;
            stageRef.current?.findOne(`#${videoNodeId}`)?.stopDrag();
            return true;
        }
      },
    };
  }, [handleRef, store, guides, draft, resetLayerNodes]);

  // ---------------------------------------------------------------- layer transforms

  const onTransformStart = useCallback(() => {
    gestureRef.current = { kind: 'transform', abandoned: false };
    guides.set([]);
  }, [guides]);

  const onTransformEnd = useCallback(() => {
    const gesture = gestureRef.current;
    gestureRef.current = null;
    const nodes = transformerRef.current?.nodes() ?? [];
    guides.set([]);
    if (gesture?.kind === 'transform' && gesture.abandoned) {
      resetLayerNodes(nodes.map((n) => n.id()));
      return;
    }
    const updates = nodes.map((node) => {
      const width = Math.max(1, node.width() * Math.abs(node.scaleX()));
      const height = node.height() === 0 ? 0 : Math.max(1, node.height() * Math.abs(node.scaleY()));
      const rect = { x: node.x() - width / 2, y: node.y() - height / 2, width, height };
      node.scale({ x: 1, y: 1 });
      return { id: node.id(), rect, rotation: Math.round(node.rotation() * 10) / 10 };
    });
    store.apply((d) =>
      updates.reduce((acc, { id, rect, rotation }) => {
        const layer = findLayer(acc, id);
        if (!layer) return acc;
        const withRect = setLayerRect(acc, id, rect);
        const next = updateLayer<DocLayer>(withRect, id, { rotation });
        return layer.type === 'image' ? refitImage(next, layer, rect) : next;
      }, d),
    );
  }, [store, guides, resetLayerNodes]);

  const anchorDragBoundFunc = useCallback(
    (_old: Konva.Vector2d, next: Konva.Vector2d): Konva.Vector2d => {
      const stage = stageRef.current;
      if (!store.get().snapping || !stage) return next;
      const targets = snapTargets(store.doc, new Set(selectedLayerIds(store.get().selection)));
      const s = stage.scaleX();
      const point = { x: (next.x - stage.x()) / s, y: (next.y - stage.y()) / s };
      const threshold = 6 / s;
      const near = (lines: SnapTargets['x'], value: number) =>
        lines.reduce<number | null>((best, line) => {
          const d = Math.abs(line.position - value);
          return d <= threshold && (best === null || d < Math.abs(best - value)) ? line.position : best;
        }, null);
      const sx = near(targets.x, point.x);
      const sy = near(targets.y, point.y);
      const shown: SnapGuide[] = [];
      if (sx !== null) shown.push({ axis: 'x', position: sx, from: 0, to: store.doc.size.height });
      if (sy !== null) shown.push({ axis: 'y', position: sy, from: 0, to: store.doc.size.width });
      guides.set(shown);
      return { x: (sx ?? point.x) * s + stage.x(), y: (sy ?? point.y) * s + stage.y() };
    },
    [store, guides],
  );

  // ---------------------------------------------------------------- areas

  const onAreaDragStart = useCallback(
    (id: string) => {
      gestureRef.current = { kind: 'area-drag', id, abandoned: false };
      targetsRef.current = areaSnapTargets(store.doc, new Set([id]));
      store.select({ kind: 'area', id });
    },
    [store],
  );

  const onAreaDragMove = useCallback(
    (node: Konva.Node) => {
      const d = store.doc;
      const rect = clampRectToBounds(
        { x: node.x(), y: node.y(), width: node.width(), height: node.height() },
        d.size,
      );
      let placed = rect;
      if (store.get().snapping && targetsRef.current) {
        const snapped = snapMove(rect, targetsRef.current, 6 / scaleRef.current);
        placed = clampRectToBounds(snapped.rect, d.size);
        guides.set(snapped.guides);
      }
      node.position({ x: placed.x, y: placed.y });
    },
    [store, guides],
  );

  const onAreaDragEnd = useCallback(
    (id: string, node: Konva.Node) => {
      const gesture = gestureRef.current;
      gestureRef.current = null;
      guides.set([]);
      const area = store.doc.areas.find((a) => a.id === id);
      if (!area) return;
      if (gesture?.kind === 'area-drag' && gesture.abandoned) {
        node.position({ x: area.rect.x, y: area.rect.y });
        node.getLayer()?.batchDraw();
        return;
      }
      store.apply((d) => setAreaRect(d, id, { ...area.rect, x: node.x(), y: node.y() }));
    },
    [store, guides],
  );

  const onAreaTransformEnd = useCallback(() => {
    const gesture = gestureRef.current;
    gestureRef.current = null;
    const node = areaTransformerRef.current?.nodes()[0];
    if (!node) return;
    const width = node.width() * node.scaleX();
    const height = node.height() * node.scaleY();
    node.scale({ x: 1, y: 1 });
    const abandoned = gesture?.kind === 'transform' && gesture.abandoned;
    const rect = clampRectToBounds({ x: node.x(), y: node.y(), width, height }, store.doc.size);
    if (node.id() === videoNodeId) {
      if (!abandoned) store.apply((d) => setVideoArea(d, rect));
      placeVideoNode(node, videoAreaOf(store.doc));
      return;
    }
    const id = node.id().replace(/^area-node-/, '');
    const area = store.doc.areas.find((a) => a.id === id);
    if (!area) return;
    if (abandoned) {
      node.setAttrs({ ...area.rect });
      node.getLayer()?.batchDraw();
      return;
    }
    node.setAttrs(rect);
    store.apply((d) => setAreaRect(d, id, rect));
  }, [store]);

  // ---------------------------------------------------------------- the imagemap's video area

  const onVideoDragStart = useCallback(() => {
    gestureRef.current = { kind: 'video-drag', abandoned: false };
    targetsRef.current = areaSnapTargets(store.doc);
    store.select({ kind: 'video' });
  }, [store]);

  const onVideoDragMove = useCallback(
    (node: Konva.Node) => {
      onAreaDragMove(node);
      followVideoNode(node);
    },
    [onAreaDragMove],
  );

  const onVideoDragEnd = useCallback(
    (node: Konva.Node) => {
      const gesture = gestureRef.current;
      gestureRef.current = null;
      guides.set([]);
      const area = videoAreaOf(store.doc);
      if (!area) return;
      if (!(gesture?.kind === 'video-drag' && gesture.abandoned)) {
        store.apply((d) => setVideoArea(d, { ...area, x: node.x(), y: node.y() }));
      }
      placeVideoNode(node, videoAreaOf(store.doc));
    },
    [store, guides],
  );

  // ---------------------------------------------------------------- stage pointer and wheel

  const onStageMouseDown = useCallback(
    (event: Konva.KonvaEventObject<MouseEvent>) => {
      const target = event.target;
      // Clicks on transformer handles belong to the transformer.
      if (target.getParent()?.className === 'Transformer') return;
      const state = store.get();
      if (state.mode === 'areas') {
        if (target.name() === 'area' || target.name() === 'video-area') return;
        const from = stageRef.current?.getRelativePointerPosition();
        if (from) {
          gestureRef.current = { kind: 'draw', from };
          store.select({ kind: 'none' });
        }
        return;
      }
      store.select({ kind: 'none' });
    },
    [store],
  );

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    function onWheel(event: WheelEvent) {
      const stage = stageRef.current;
      if (!stage) return;
      event.preventDefault();
      stage.setPointersPositions(event);
      const point = stage.getRelativePointerPosition();
      const state = store.get();
      if (event.ctrlKey || event.metaKey) {
        const current = state.zoom === 'fit' ? stage.scaleX() : state.zoom;
        const next = clampZoom(current * Math.exp(-event.deltaY / 300));
        const pointer = stage.getPointerPosition();
        store.patch({ zoom: next });
        if (point && pointer) {
          const key = `${String(next)}:${String(store.doc.size.width)}x${String(store.doc.size.height)}`;
          setPan({ key, x: pointer.x - point.x * next, y: pointer.y - point.y * next });
        }
        return;
      }
      // Over the selected cell's photo, the wheel zooms the photo inside its mask.
      if (state.selection.kind === 'cell' && point) {
        const cell = findCell(store.doc, state.selection.id);
        const r = cell?.rect;
        if (
          cell?.photo &&
          r &&
          point.x >= r.x &&
          point.x <= r.x + r.width &&
          point.y >= r.y &&
          point.y <= r.y + r.height
        ) {
          const factor = Math.exp(-event.deltaY / 400);
          const frame = { width: r.width, height: r.height };
          const anchor = { x: point.x - r.x, y: point.y - r.y };
          const photo = cell.photo;
          store.apply(
            (d) => setCellCrop(d, cell.id, zoomCrop(photo, frame, factor, anchor).crop),
            `zoom:${cell.id}`,
          );
          return;
        }
      }
      if (state.zoom !== 'fit') {
        const key = `${String(state.zoom)}:${String(store.doc.size.width)}x${String(store.doc.size.height)}`;
        setPan({ key, x: stage.x() - event.deltaX, y: stage.y() - event.deltaY });
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [store]);

  // ---------------------------------------------------------------- drops

  const onDragOver = (event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    const stage = stageRef.current;
    if (!stage) return;
    stage.setPointersPositions(event.nativeEvent);
    const point = stage.getRelativePointerPosition();
    const cell = point ? store.doc.cells.findLast((c) => inside(c.rect, point)) : undefined;
    dropCell.set(cell?.id ?? null);
  };

  const onDrop = (event: React.DragEvent) => {
    event.preventDefault();
    dropCell.set(null);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    const stage = stageRef.current;
    let point: { x: number; y: number } | null = null;
    if (stage) {
      stage.setPointersPositions(event.nativeEvent);
      point = stage.getRelativePointerPosition();
    }
    onDropFiles(files, point);
  };

  const cursor = mode === 'areas' ? 'crosshair' : 'default';

  return (
    <div
      ref={containerRef}
      className="editor-canvas"
      data-testid="editor-canvas"
      data-cursor={cursor}
      onDragOver={onDragOver}
      onDragLeave={() => dropCell.set(null)}
      onDrop={onDrop}
    >
      <Stage
        ref={stageRef}
        width={box.width}
        height={box.height}
        scaleX={scale}
        scaleY={scale}
        x={position.x}
        y={position.y}
        onMouseDown={onStageMouseDown}
      >
        <Layer ref={contentRef} listening={mode === 'design'}>
          <DocumentScene
            doc={doc}
            interactive={mode === 'design'}
            fontEpoch={fontEpoch}
            handlers={handlers}
          />
        </Layer>
        <Layer>
          <CanvasFrame doc={doc} />
          {mode === 'design' ? (
            <CellOutlines doc={doc} selectedCellId={selection.kind === 'cell' ? selection.id : null} />
          ) : null}
          <DropTarget doc={doc} signal={dropCell} />
          {mode === 'areas' ? (
            <AreaNodes
              areas={doc.areas}
              scale={scale}
              selectedId={selectedAreaId}
              onSelect={(id) => store.select({ kind: 'area', id })}
              onDragStart={onAreaDragStart}
              onDragMove={onAreaDragMove}
              onDragEnd={onAreaDragEnd}
            />
          ) : null}
          {mode === 'areas' && videoArea ? (
            <VideoAreaNode
              area={videoArea}
              scale={scale}
              selected={videoSelected}
              label={t('editor.imagemap.videoOnCanvas')}
              onSelect={() => store.select({ kind: 'video' })}
              onDragStart={onVideoDragStart}
              onDragMove={onVideoDragMove}
              onDragEnd={onVideoDragEnd}
            />
          ) : null}
          <Transformer
            ref={transformerRef}
            rotationSnaps={[0, 45, 90, 135, 180, 225, 270, 315]}
            flipEnabled={false}
            keepRatio={keepRatioFor(doc, selectedIds)}
            anchorSize={9}
            anchorCornerRadius={2}
            borderStroke="#06c755"
            anchorStroke="#06c755"
            anchorFill="#ffffff"
            onTransformStart={onTransformStart}
            onTransformEnd={onTransformEnd}
            anchorDragBoundFunc={snapping ? anchorDragBoundFunc : undefined}
          />
          <Transformer
            ref={areaTransformerRef}
            rotateEnabled={false}
            flipEnabled={false}
            keepRatio={false}
            ignoreStroke
            anchorSize={9}
            borderStroke="#1a73e8"
            anchorStroke="#1a73e8"
            anchorFill="#ffffff"
            onTransformStart={onTransformStart}
            onTransformEnd={onAreaTransformEnd}
            boundBoxFunc={(old, next) => {
              const stage = stageRef.current;
              if (!stage) return next;
              const s = stage.scaleX();
              const inCanvas =
                next.x >= stage.x() - 0.5 &&
                next.y >= stage.y() - 0.5 &&
                next.x + next.width <= stage.x() + store.doc.size.width * s + 0.5 &&
                next.y + next.height <= stage.y() + store.doc.size.height * s + 0.5;
              return inCanvas && next.width >= minAreaSide * s && next.height >= minAreaSide * s ? next : old;
            }}
          />
          <Guides signal={guides} scale={scale} />
          <DraftArea signal={draft} />
        </Layer>
      </Stage>
    </div>
  );
}

function dragStartOf(node: Konva.Node, doc: EditorDocument, id: string): { x: number; y: number } {
  // Konva has already moved the node a few pixels when dragstart fires: start from the document.
  const layer = findLayer(doc, id);
  return layer
    ? { x: layer.rect.x + layer.rect.width / 2, y: layer.rect.y + layer.rect.height / 2 }
    : node.position();
}

function refitImage(doc: EditorDocument, layer: ImageLayer, rect: DocRect): EditorDocument {
  if (rect.width < 1 || rect.height < 1) return doc;
  const photo = refitCrop(layer.photo, layer.rect, rect);
  return updateLayer<ImageLayer>(doc, layer.id, { photo });
}

function keepRatioFor(doc: EditorDocument, ids: readonly string[]): boolean {
  return ids.some((id) => {
    const layer = findLayer(doc, id);
    return layer?.type === 'image' && layer.aspectLocked;
  });
}

export const zoomLimits = { min: 0.05, max: 4 } as const;

export function clampZoom(zoom: number): number {
  return Math.min(zoomLimits.max, Math.max(zoomLimits.min, zoom));
}

function inside(rect: DocRect, point: { x: number; y: number }): boolean {
  return (
    point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height
  );
}

// ---------------------------------------------------------------- overlay pieces

function CanvasFrame({ doc }: { doc: EditorDocument }) {
  return (
    <Rect
      width={doc.size.width}
      height={doc.size.height}
      stroke="#cdd2d8"
      strokeWidth={1}
      strokeScaleEnabled={false}
      listening={false}
    />
  );
}

function CellOutlines({ doc, selectedCellId }: { doc: EditorDocument; selectedCellId: string | null }) {
  return (
    <Group listening={false}>
      {doc.cells.map((cell) => (
        <Rect
          key={cell.id}
          {...cell.rect}
          stroke={cell.id === selectedCellId ? '#06c755' : 'rgba(29,33,39,0.35)'}
          strokeWidth={cell.id === selectedCellId ? 2.5 : 1}
          dash={cell.id === selectedCellId ? undefined : [6, 5]}
          strokeScaleEnabled={false}
        />
      ))}
    </Group>
  );
}

function DropTarget({
  doc,
  signal,
}: {
  doc: EditorDocument;
  signal: ReturnType<typeof createSignal<string | null>>;
}) {
  const id = useSignal(signal);
  const cell = id ? doc.cells.find((c) => c.id === id) : undefined;
  if (!cell) return null;
  return (
    <Rect
      {...cell.rect}
      fill="rgba(6,199,85,0.18)"
      stroke="#06c755"
      strokeWidth={3}
      strokeScaleEnabled={false}
      listening={false}
    />
  );
}

function Guides({
  signal,
  scale,
}: {
  signal: ReturnType<typeof createSignal<readonly SnapGuide[]>>;
  scale: number;
}) {
  const guides = useSignal(signal);
  return (
    <Group listening={false}>
      {guides.map((g, index) => (
        <Line
          key={index}
          points={
            g.axis === 'x' ? [g.position, g.from, g.position, g.to] : [g.from, g.position, g.to, g.position]
          }
          stroke="#e8368f"
          strokeWidth={1}
          dash={[4 / scale, 3 / scale]}
          strokeScaleEnabled={false}
        />
      ))}
    </Group>
  );
}

function DraftArea({ signal }: { signal: ReturnType<typeof createSignal<DocRect | null>> }) {
  const rect = useSignal(signal);
  if (!rect) return null;
  return (
    <Rect
      {...rect}
      fill="rgba(26,115,232,0.15)"
      stroke="#1a73e8"
      strokeWidth={1.5}
      dash={[6, 4]}
      strokeScaleEnabled={false}
      listening={false}
    />
  );
}

interface AreaNodesProps {
  readonly areas: readonly TapArea[];
  readonly scale: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onDragStart: (id: string) => void;
  readonly onDragMove: (node: Konva.Node) => void;
  readonly onDragEnd: (id: string, node: Konva.Node) => void;
}

function AreaNodes({
  areas,
  scale,
  selectedId,
  onSelect,
  onDragStart,
  onDragMove,
  onDragEnd,
}: AreaNodesProps) {
  const fontSize = 13 / scale;
  return (
    <>
      {areas.map((area, index) => {
        const color = areaColor(index);
        const selected = area.id === selectedId;
        return (
          <Group key={area.id}>
            <Rect
              id={`area-node-${area.id}`}
              name="area"
              {...area.rect}
              fill={selected ? color.fillStrong : color.fill}
              stroke={color.stroke}
              strokeWidth={selected ? 2.5 : 1.5}
              strokeScaleEnabled={false}
              draggable
              onMouseDown={(event) => {
                event.cancelBubble = true;
                onSelect(area.id);
              }}
              onDragStart={() => onDragStart(area.id)}
              onDragMove={(event) => onDragMove(event.target)}
              onDragEnd={(event) => onDragEnd(area.id, event.target)}
            />
            <Group x={area.rect.x} y={area.rect.y} listening={false}>
              <Rect
                width={fontSize * 2.2}
                height={fontSize * 1.8}
                fill={color.stroke}
                cornerRadius={fontSize * 0.3}
                x={fontSize * 0.4}
                y={fontSize * 0.4}
              />
              <Text
                text={String(index + 1)}
                x={fontSize * 0.4}
                y={fontSize * 0.4}
                width={fontSize * 2.2}
                height={fontSize * 1.8}
                align="center"
                verticalAlign="middle"
                fontSize={fontSize}
                fontStyle="bold"
                fontFamily='"Noto Sans", sans-serif'
                fill="#ffffff"
              />
            </Group>
          </Group>
        );
      })}
    </>
  );
}

// ---------------------------------------------------------------- the video area

/** The label sits inside the area's top-right corner (tap areas number theirs top-left). */
const videoLabel = { fontSize: 12, padX: 7, height: 21, inset: 5 } as const;
const videoLabelFont = `bold ${String(videoLabel.fontSize)}px "Noto Sans", sans-serif`;

let measureContext: CanvasRenderingContext2D | null = null;

/** The label's size in screen pixels (Konva measures text the same way). */
function videoLabelSize(text: string): { width: number; height: number } {
  measureContext ??= document.createElement('canvas').getContext('2d');
  let textWidth = text.length * videoLabel.fontSize * 0.6;
  if (measureContext) {
    measureContext.font = videoLabelFont;
    textWidth = measureContext.measureText(text).width;
  }
  return { width: Math.ceil(textWidth) + videoLabel.padX * 2, height: videoLabel.height };
}

/** Keeps the label on the node's corner while a drag or resize is under way (the doc is unchanged). */
function followVideoNode(node: Konva.Node) {
  const label = node.getStage()?.findOne(`#${videoLabelId}`);
  if (!label) return;
  label.position({ x: node.x() + node.width() * node.scaleX(), y: node.y() });
  label.getLayer()?.batchDraw();
}

/** Puts the node (and its label) where the document says, after a gesture ended or was abandoned. */
function placeVideoNode(node: Konva.Node, area: DocRect | null) {
  if (!area) return;
  node.setAttrs({ ...area, scaleX: 1, scaleY: 1 });
  followVideoNode(node);
}

interface VideoAreaNodeProps {
  readonly area: DocRect;
  readonly scale: number;
  readonly selected: boolean;
  readonly label: string;
  readonly onSelect: () => void;
  readonly onDragStart: () => void;
  readonly onDragMove: (node: Konva.Node) => void;
  readonly onDragEnd: (node: Konva.Node) => void;
}

/**
 * Where the imagemap's video plays: a dashed outline with a "▶ Video" label, above the tap areas (taps
 * there play the video). Until it is selected only its outline and label take the pointer, so the tap
 * areas under it stay reachable; once selected, all of it drags and the area transformer resizes it.
 */
function VideoAreaNode({
  area,
  scale,
  selected,
  label,
  onSelect,
  onDragStart,
  onDragMove,
  onDragEnd,
}: VideoAreaNodeProps) {
  const size = videoLabelSize(label);
  const labelWidth = size.width / scale;
  const labelHeight = size.height / scale;
  const inset = videoLabel.inset / scale;
  return (
    <>
      <Rect
        id={videoNodeId}
        name="video-area"
        {...area}
        fill={selected ? 'rgba(29,33,39,0.22)' : 'rgba(29,33,39,0.1)'}
        stroke="#1d2127"
        strokeWidth={selected ? 2.5 : 2}
        dash={[10, 6]}
        strokeScaleEnabled={false}
        hitStrokeWidth={12}
        hitFunc={(context, shape) => {
          const width = shape.width();
          context.beginPath();
          context.rect(0, 0, width, shape.height());
          context.closePath();
          if (selected) context.fillShape(shape);
          context.strokeShape(shape);
          context.beginPath();
          context.rect(width - inset - labelWidth, inset, labelWidth, labelHeight);
          context.closePath();
          context.fillShape(shape);
        }}
        draggable
        onMouseDown={(event) => {
          event.cancelBubble = true;
          onSelect();
        }}
        onDragStart={onDragStart}
        onDragMove={(event) => onDragMove(event.target)}
        onDragEnd={(event) => onDragEnd(event.target)}
        onTransform={(event) => followVideoNode(event.target)}
      />
      <Group id={videoLabelId} x={area.x + area.width} y={area.y} listening={false}>
        <Rect
          x={-inset - labelWidth}
          y={inset}
          width={labelWidth}
          height={labelHeight}
          fill="#1d2127"
          cornerRadius={labelHeight / 2}
        />
        <Text
          text={label}
          x={-inset - labelWidth}
          y={inset}
          width={labelWidth}
          height={labelHeight}
          align="center"
          verticalAlign="middle"
          fontSize={videoLabel.fontSize / scale}
          fontStyle="bold"
          fontFamily='"Noto Sans", sans-serif'
          fill="#ffffff"
        />
      </Group>
    </>
  );
}
