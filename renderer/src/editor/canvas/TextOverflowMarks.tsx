// Marks text that does not fit its box, on the handles layer in design mode: a red outline on the
// box, the parts outside it (where the text spills, or where the lines the box cannot show would go)
// shaded red, and a badge above it. Rotated with the layer.

import { Group, Label, Rect, Tag, Text } from 'react-konva';
import type { EditorDocument } from '../../../../shared/editor/document';
import { textOverflow, type TextMeasurements } from '../../../../shared/editor/text-fit';
import { labelFontFamily, useFontsLoaded } from './fonts';

const red = '#d93025';

export function TextOverflowMarks({
  doc,
  measurements,
  scale,
  label,
}: {
  doc: EditorDocument;
  measurements: TextMeasurements;
  scale: number;
  label: string;
}) {
  const badgeFont = 12 / scale;
  const fontLoads = useFontsLoaded(`bold 12px ${labelFontFamily}`, label);
  return (
    <Group listening={false}>
      {doc.layers.map((layer) => {
        if (layer.type !== 'text') return null;
        const overflow = textOverflow(layer, measurements.get(layer.id));
        if (!overflow) return null;
        const { width, height } = layer.rect;
        return (
          <Group
            key={layer.id}
            name="text-overflow"
            x={layer.rect.x + width / 2}
            y={layer.rect.y + height / 2}
            offsetX={width / 2}
            offsetY={height / 2}
            rotation={layer.rotation}
          >
            {overflow.outside.map((part, index) => (
              <Rect
                key={index}
                {...part}
                fill="rgba(217,48,37,0.16)"
                stroke={red}
                strokeWidth={1.5}
                dash={[6, 4]}
                strokeScaleEnabled={false}
              />
            ))}
            <Rect width={width} height={height} stroke={red} strokeWidth={2} strokeScaleEnabled={false} />
            <Label key={fontLoads} x={overflow.needed.x} y={overflow.needed.y - badgeFont * 2.2}>
              <Tag fill={red} cornerRadius={badgeFont * 0.4} />
              <Text
                text={`⚠ ${label}`}
                fontSize={badgeFont}
                fontStyle="bold"
                fontFamily={labelFontFamily}
                fill="#ffffff"
                padding={badgeFont * 0.4}
              />
            </Label>
          </Group>
        );
      })}
    </Group>
  );
}
