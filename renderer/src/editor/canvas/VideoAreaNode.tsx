// The imagemap's video area on the handles layer, in tap-area mode: a dashed outline with a "▶ Video"
// label in its top-right corner, above the tap areas (taps there play the video).

import type Konva from 'konva';
import { Group, Rect, Text } from 'react-konva';
import type { Rect as DocRect } from '../../../../shared/editor/document';
import { videoLabelId, videoNodeId } from './context';
import { labelFontFamily, useFontsLoaded } from './fonts';

/** The label sits inside the area's top-right corner (tap areas number theirs top-left). */
const videoLabel = { fontSize: 12, padX: 7, height: 21, inset: 5 } as const;
const videoLabelFont = `bold ${String(videoLabel.fontSize)}px ${labelFontFamily}`;

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
export function followVideoNode(node: Konva.Node) {
  const label = node.getStage()?.findOne(`#${videoLabelId}`);
  if (!label) return;
  label.position({ x: node.x() + node.width() * node.scaleX(), y: node.y() });
  label.getLayer()?.batchDraw();
}

/** Puts the node (and its label) where the document says, after a gesture ended or was abandoned. */
export function placeVideoNode(node: Konva.Node, area: DocRect | null) {
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
 * All of its box takes the pointer, selected or not: a press anywhere inside selects and drags it, and
 * never starts drawing a tap area there (taps on a phone play the video there too). Tap areas under
 * it are picked from the areas list; the area transformer's handles stay above it.
 */
export function VideoAreaNode({
  area,
  scale,
  selected,
  label,
  onSelect,
  onDragStart,
  onDragMove,
  onDragEnd,
}: VideoAreaNodeProps) {
  // Measured again, and drawn again, once the label's faces have loaded.
  const fontLoads = useFontsLoaded(videoLabelFont, label);
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
          key={fontLoads}
          text={label}
          x={-inset - labelWidth}
          y={inset}
          width={labelWidth}
          height={labelHeight}
          align="center"
          verticalAlign="middle"
          fontSize={videoLabel.fontSize / scale}
          fontStyle="bold"
          fontFamily={labelFontFamily}
          fill="#ffffff"
        />
      </Group>
    </>
  );
}
