// A small drawing of a template's cells, for the template picker and the layout panel.

import type { Rect, Size } from '../../../shared/editor/document';

export function TemplateThumb({
  size,
  cells,
  width = 120,
}: {
  size: Size;
  cells: readonly Rect[];
  width?: number;
}) {
  const height = Math.round((width * size.height) / size.width);
  const sx = width / size.width;
  const sy = height / size.height;
  return (
    <svg
      className="ed-template-thumb"
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      aria-hidden="true"
    >
      {cells.map((cell, index) => (
        <rect
          key={index}
          x={cell.x * sx + 1}
          y={cell.y * sy + 1}
          width={Math.max(0, cell.width * sx - 2)}
          height={Math.max(0, cell.height * sy - 2)}
          rx={2}
        />
      ))}
    </svg>
  );
}
