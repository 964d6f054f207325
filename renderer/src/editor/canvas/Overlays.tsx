// What the handles layer draws besides the transformers: the canvas frame, the cell outlines, the
// drop target, the snap guides, the area being drawn and the tap areas with their numbers.

import type Konva from 'konva';
import { Group, Line, Rect, Text } from 'react-konva';
import type { EditorDocument, Rect as DocRect, TapArea } from '../../../../shared/editor/document';
import type { SnapGuide } from '../../../../shared/editor/snapping';
import { areaColor } from '../area-colors';
import { useSignal, type Signal } from '../signal';
import { areaNodeId } from './context';

export function CanvasFrame({ doc }: { doc: EditorDocument }) {
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

export function CellOutlines({
  doc,
  selectedCellId,
}: {
  doc: EditorDocument;
  selectedCellId: string | null;
}) {
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

export function DropTarget({ doc, signal }: { doc: EditorDocument; signal: Signal<string | null> }) {
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

export function Guides({ signal, scale }: { signal: Signal<readonly SnapGuide[]>; scale: number }) {
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

export function DraftArea({ signal }: { signal: Signal<DocRect | null> }) {
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

export function AreaNodes({
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
              id={areaNodeId(area.id)}
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
