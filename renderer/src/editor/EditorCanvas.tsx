// The editing stage: the document scaled to fit (or at a fixed zoom), content on one Konva layer and
// everything for editing — cell outlines, the transformers, snap guides, tap areas, the area being
// drawn, the drop target — on another (practice 9). Each gesture lives in its own hook in canvas/
// (layer drag and transform, photo pan and zoom, area drawing, area and video moves, the stage press,
// the wheel, file drops); this component composes them. Drags give feedback on the Konva nodes and
// commit one step at the end; photo pans are history gestures; Escape abandons any of them.

import type Konva from 'konva';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage, Transformer } from 'react-konva';
import { DocumentScene, type LayerHandlers } from './scene';
import { activeDocument, selectedLayerIds, useEditor, type EditorStore } from './store';
import { useAreaDrawing } from './canvas/area-drawing';
import { useAreaGestures } from './canvas/area-gestures';
import { useCanvasHandle, type CanvasHandle, type GestureCancels } from './canvas/canvas-handle';
import { useCanvasContext, videoAreaOf } from './canvas/context';
import { useFileDrop } from './canvas/file-drop';
import { useLayerDrag } from './canvas/layer-drag';
import { keepRatioFor, useLayerTransform } from './canvas/layer-transform';
import { AreaNodes, CanvasFrame, CellOutlines, DraftArea, DropTarget, Guides } from './canvas/Overlays';
import { usePhotoGestures } from './canvas/photo-gestures';
import { useStagePress } from './canvas/stage-press';
import { useStageView } from './canvas/stage-view';
import { useTransformerAttachment } from './canvas/transformers';
import { useVideoAreaGestures } from './canvas/video-area';
import { VideoAreaNode } from './canvas/VideoAreaNode';
import { TextOverflowMarks } from './canvas/TextOverflowMarks';
import { useWheel } from './canvas/wheel';
import { useTextMeasurements } from './text-measure';

export type { CanvasHandle } from './canvas/canvas-handle';
export { clampViewZoom as clampZoom } from '../../../shared/editor/zoom';

export interface EditorCanvasProps {
  readonly store: EditorStore;
  readonly fontEpoch: number;
  readonly handleRef: React.RefObject<CanvasHandle | null>;
  readonly onDropFiles: (files: readonly File[], point: { x: number; y: number } | null) => void;
}

export function EditorCanvas({ store, fontEpoch, handleRef, onDropFiles }: EditorCanvasProps) {
  const { t } = useTranslation();
  const doc = useEditor(store, activeDocument);
  const selection = useEditor(store, (s) => s.selection);
  const mode = useEditor(store, (s) => s.mode);
  const zoom = useEditor(store, (s) => s.zoom);
  const snapping = useEditor(store, (s) => s.snapping);

  const containerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<Konva.Layer>(null);
  const context = useCanvasContext(store);
  const { stageRef, transformerRef, areaTransformerRef, scaleRef, guides, draft, dropCell } = context;

  const { box, scale, position, panTo } = useStageView(store, containerRef, zoom, doc.size);
  useLayoutEffect(() => {
    scaleRef.current = scale;
  }, [scaleRef, scale]);

  const textMeasurements = useTextMeasurements(doc);
  const selectedIds = selectedLayerIds(selection);
  const selectedAreaId = selection.kind === 'area' ? selection.id : null;
  const videoArea = videoAreaOf(doc);
  const videoSelected = selection.kind === 'video' && videoArea !== null;
  useTransformerAttachment(context, doc, mode, selectedIds, selectedAreaId, videoSelected, fontEpoch);

  const layerDrag = useLayerDrag(context);
  const layerTransform = useLayerTransform(context, layerDrag.resetLayerNodes);
  const photo = usePhotoGestures(context);
  const drawing = useAreaDrawing(context);
  const areas = useAreaGestures(context);
  const video = useVideoAreaGestures(context, areas.onAreaDragMove);
  const onStageMouseDown = useStagePress(context, drawing.beginDraw);
  const drop = useFileDrop(context, onDropFiles);
  useWheel(context, containerRef, panTo, photo.onPhotoWheel);

  const handlers = useMemo<LayerHandlers>(
    () => ({ ...layerDrag.handlers, onCellPointerDown: photo.onCellPointerDown }),
    [layerDrag.handlers, photo.onCellPointerDown],
  );

  const cancels = useMemo<GestureCancels>(
    () => ({
      drag: layerDrag.cancel,
      pan: photo.cancel,
      draw: drawing.cancel,
      transform: layerTransform.cancel,
      areaDrag: areas.cancel,
      videoDrag: video.cancel,
    }),
    [layerDrag.cancel, photo.cancel, drawing.cancel, layerTransform.cancel, areas.cancel, video.cancel],
  );
  useCanvasHandle(context, handleRef, contentRef, cancels);

  const cursor = mode === 'areas' ? 'crosshair' : 'default';

  return (
    <div
      ref={containerRef}
      className="editor-canvas"
      data-testid="editor-canvas"
      data-cursor={cursor}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
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
          {mode === 'design' ? (
            <TextOverflowMarks
              doc={doc}
              measurements={textMeasurements}
              scale={scale}
              label={t('editor.layers.textOverflowBadge')}
            />
          ) : null}
          <DropTarget doc={doc} signal={dropCell} />
          {mode === 'areas' ? (
            <AreaNodes
              areas={doc.areas}
              scale={scale}
              selectedId={selectedAreaId}
              onSelect={(id) => store.select({ kind: 'area', id })}
              onDragStart={areas.onAreaDragStart}
              onDragMove={areas.onAreaDragMove}
              onDragEnd={areas.onAreaDragEnd}
            />
          ) : null}
          {mode === 'areas' && videoArea ? (
            <VideoAreaNode
              area={videoArea}
              scale={scale}
              selected={videoSelected}
              label={t('editor.imagemap.videoOnCanvas')}
              onSelect={() => store.select({ kind: 'video' })}
              onDragStart={video.onVideoDragStart}
              onDragMove={video.onVideoDragMove}
              onDragEnd={video.onVideoDragEnd}
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
            onTransformStart={layerTransform.onTransformStart}
            onTransformEnd={layerTransform.onTransformEnd}
            anchorDragBoundFunc={snapping ? layerTransform.anchorDragBoundFunc : undefined}
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
            onTransformStart={layerTransform.onTransformStart}
            onTransformEnd={areas.onAreaTransformEnd}
            boundBoxFunc={areas.boundBoxFunc}
          />
          <Guides signal={guides} scale={scale} />
          <DraftArea signal={draft} />
        </Layer>
      </Stage>
    </div>
  );
}
