// Renders a document's content as Konva nodes: canvas background, cells with their photos, then the
// layers bottom to top. It draws only content (practice 9): handles, guides and tap areas live on the
// stage's other layer. Used by the editing stage and, non-interactive, by the phone preview.

import type Konva from 'konva';
import { memo, useMemo } from 'react';
import { Ellipse, Group, Image, Line, Rect, Shape, Text } from 'react-konva';
import type {
  Cell,
  EditorDocument,
  ImageLayer,
  Layer,
  ShapeLayer,
  TextLayer,
} from '../../../shared/editor/document';
import { assertNever } from '../../../shared/domain/assert';
import { editingCrop, useEditingImage } from './images';
import { horizontalTextConfig, verticalTextShapeConfig } from './text-render';

export interface LayerHandlers {
  readonly onLayerPointerDown?: (id: string, event: Konva.KonvaEventObject<MouseEvent>) => void;
  readonly onLayerDragStart?: (id: string, event: Konva.KonvaEventObject<DragEvent>) => void;
  readonly onLayerDragMove?: (id: string, event: Konva.KonvaEventObject<DragEvent>) => void;
  readonly onLayerDragEnd?: (id: string, event: Konva.KonvaEventObject<DragEvent>) => void;
  readonly onLayerDblClick?: (id: string) => void;
  readonly onCellPointerDown?: (id: string, event: Konva.KonvaEventObject<MouseEvent>) => void;
}

export interface DocumentSceneProps {
  readonly doc: EditorDocument;
  /** Must be a stable object (memoised nodes compare it by identity). */
  readonly handlers?: LayerHandlers;
  readonly interactive: boolean;
  /** Bumped when fonts finish loading, so text re-measures. */
  readonly fontEpoch: number;
}

const noHandlers: LayerHandlers = {};

export function DocumentScene({ doc, interactive, fontEpoch, handlers = noHandlers }: DocumentSceneProps) {
  return (
    <>
      <Rect
        name="canvas-background"
        x={0}
        y={0}
        width={doc.size.width}
        height={doc.size.height}
        fill={doc.background}
        listening={false}
      />
      {doc.cells.map((cell) => (
        <CellNode
          key={cell.id}
          cell={cell}
          interactive={interactive}
          onPointerDown={handlers.onCellPointerDown}
        />
      ))}
      {doc.layers.map((layer) => (
        <LayerNode
          key={`${layer.id}:${String(fontEpoch)}`}
          layer={layer}
          interactive={interactive}
          handlers={handlers}
        />
      ))}
    </>
  );
}

const CellNode = memo(function CellNode({
  cell,
  interactive,
  onPointerDown,
}: {
  cell: Cell;
  interactive: boolean;
  onPointerDown: LayerHandlers['onCellPointerDown'];
}) {
  const image = useEditingImage(cell.photo?.assetId);
  const { x, y, width, height } = cell.rect;
  return (
    <Group
      id={cell.id}
      name="cell"
      x={x}
      y={y}
      listening={interactive}
      onMouseDown={(event) => onPointerDown?.(cell.id, event)}
    >
      <Rect
        width={width}
        height={height}
        fill={cell.background ?? undefined}
        fillEnabled={cell.background !== null}
      />
      {cell.photo && image ? (
        <Image image={image} width={width} height={height} crop={editingCrop(cell.photo, image)} />
      ) : null}
      {/* An invisible hit area, so an empty cell can be clicked and dropped on. */}
      <Rect width={width} height={height} fill="#000" opacity={0} />
    </Group>
  );
});

interface LayerNodeProps {
  readonly layer: Layer;
  readonly interactive: boolean;
  readonly handlers: LayerHandlers;
}

const LayerNode = memo(function LayerNode({ layer, interactive, handlers }: LayerNodeProps) {
  const { x, y, width, height } = layer.rect;
  return (
    <Group
      id={layer.id}
      name="layer"
      x={x + width / 2}
      y={y + height / 2}
      width={width}
      height={height}
      offsetX={width / 2}
      offsetY={height / 2}
      rotation={layer.rotation}
      opacity={layer.opacity}
      visible={!layer.hidden}
      listening={interactive && !layer.hidden}
      draggable={interactive && !layer.locked}
      onMouseDown={(event) => handlers.onLayerPointerDown?.(layer.id, event)}
      onDragStart={(event) => handlers.onLayerDragStart?.(layer.id, event)}
      onDragMove={(event) => handlers.onLayerDragMove?.(layer.id, event)}
      onDragEnd={(event) => handlers.onLayerDragEnd?.(layer.id, event)}
      onDblClick={() => handlers.onLayerDblClick?.(layer.id)}
    >
      <LayerContent layer={layer} />
    </Group>
  );
});

function LayerContent({ layer }: { layer: Layer }) {
  switch (layer.type) {
    case 'text':
      return layer.vertical ? <VerticalTextNode layer={layer} /> : <HorizontalTextNode layer={layer} />;
    case 'shape':
      return <ShapeNode layer={layer} />;
    case 'image':
      return <ImageNode layer={layer} />;
    default:
      return assertNever(layer, 'LayerContent');
  }
}

function HorizontalTextNode({ layer }: { layer: TextLayer }) {
  const config = useMemo(() => horizontalTextConfig(layer), [layer]);
  return <Text {...config} />;
}

function VerticalTextNode({ layer }: { layer: TextLayer }) {
  const config = useMemo(() => verticalTextShapeConfig(layer), [layer]);
  return <Shape {...config} />;
}

function ShapeNode({ layer }: { layer: ShapeLayer }) {
  const { width, height } = layer.rect;
  const fill = layer.fill ?? undefined;
  const stroke = layer.stroke ?? undefined;
  const common = {
    fill,
    fillEnabled: layer.fill !== null,
    stroke,
    strokeWidth: layer.strokeWidth,
    strokeEnabled: layer.stroke !== null && layer.strokeWidth > 0,
  };
  switch (layer.shape) {
    case 'rect':
      return <Rect width={width} height={height} {...common} />;
    case 'roundedRect':
      return <Rect width={width} height={height} cornerRadius={layer.cornerRadius} {...common} />;
    case 'ellipse':
      return <Ellipse x={width / 2} y={height / 2} radiusX={width / 2} radiusY={height / 2} {...common} />;
    case 'line':
      return (
        <Line
          points={[0, height / 2, width, height / 2]}
          stroke={stroke ?? '#000000'}
          strokeWidth={layer.strokeWidth}
          lineCap="round"
          hitStrokeWidth={Math.max(layer.strokeWidth, 40)}
        />
      );
    default:
      return assertNever(layer.shape, 'ShapeNode');
  }
}

function ImageNode({ layer }: { layer: ImageLayer }) {
  const image = useEditingImage(layer.photo.assetId);
  const { width, height } = layer.rect;
  if (!image) return <Rect width={width} height={height} fill="#e2e5e9" />;
  return <Image image={image} width={width} height={height} crop={editingCrop(layer.photo, image)} />;
}
