// Whether a text layer's text fits its box. Laying text out needs a text engine with the bundled
// fonts, which only the renderer has (main has none: see rasters.ts), so the renderer measures and
// hands the results in; this module only compares. A measurement carries the layer's raster key, so
// one taken before the text, font or box changed is not used.

import type { Rect, Size, TextLayer } from './document';
import { textRasterKey } from './rasters';
import type { VerticalLayout } from './vertical-text';

export interface TextMeasurement {
  /** textRasterKey(layer) of the layer as measured. */
  readonly key: string;
  /**
   * Where the laid-out text lies, in the layer's own unrotated pixels (origin at its box's top-left):
   * where it is drawn, or for horizontal text, where the lines the box cannot show would go.
   */
  readonly content: Rect;
}

/** Measurements by layer id. */
export type TextMeasurements = ReadonlyMap<string, TextMeasurement>;

/** Text may run this many pixels past its box before it counts (rounding, antialiasing). */
export const textOverflowTolerance = 1;

export interface TextOverflow {
  readonly box: Size;
  readonly content: Rect;
  /** The box and the text together: the size the box would need (layer pixels). */
  readonly needed: Rect;
  /** The parts of the text outside the box, layer pixels: up to one strip per side. */
  readonly outside: readonly Rect[];
}

/**
 * How a text layer's text runs out of its box, from its measurement, or null when it fits (or there
 * is no text, the layer is hidden, or the measurement is of another version of the layer).
 */
export function textOverflow(
  layer: TextLayer,
  measurement: TextMeasurement | undefined,
): TextOverflow | null {
  if (!measurement || layer.hidden || layer.text.trim() === '') return null;
  if (measurement.key !== textRasterKey(layer)) return null;
  const box = { width: layer.rect.width, height: layer.rect.height };
  const c = measurement.content;
  if (!(c.width > 0) || !(c.height > 0)) return null;
  const t = textOverflowTolerance;
  const left = -c.x;
  const top = -c.y;
  const right = c.x + c.width - box.width;
  const bottom = c.y + c.height - box.height;
  if (left <= t && top <= t && right <= t && bottom <= t) return null;
  const x0 = Math.min(0, c.x);
  const y0 = Math.min(0, c.y);
  const x1 = Math.max(box.width, c.x + c.width);
  const y1 = Math.max(box.height, c.y + c.height);
  const outside: Rect[] = [];
  // Strips above and below span the text's width; those left and right, the height between them.
  const midTop = Math.max(0, c.y);
  const midBottom = Math.min(box.height, c.y + c.height);
  if (top > t) outside.push({ x: c.x, y: c.y, width: c.width, height: top });
  if (bottom > t) outside.push({ x: c.x, y: box.height, width: c.width, height: bottom });
  if (left > t && midBottom > midTop)
    outside.push({ x: c.x, y: midTop, width: left, height: midBottom - midTop });
  if (right > t && midBottom > midTop)
    outside.push({ x: box.width, y: midTop, width: right, height: midBottom - midTop });
  return { box, content: c, needed: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, outside };
}

/** A vertical layer's measurement: where its columns' glyph cells lie (vertical-text.ts). */
export function verticalTextMeasurement(layer: TextLayer, layout: VerticalLayout): TextMeasurement {
  return { key: textRasterKey(layer), content: layout.bounds };
}

export interface HorizontalLines {
  /** How many lines the text wraps to in the box's width, with no limit on height. */
  readonly lines: number;
  /** The widest line, or the widest single character when one is wider than the box. */
  readonly widest: number;
}

/**
 * A horizontal layer's measurement from its wrapped lines: line boxes of font size × line height,
 * centred in the box as the canvas centres them, each line placed by the layer's alignment. The
 * canvas draws only the lines whose boxes fit the height (always the first), so lines past the box
 * are text the user cannot see.
 */
export function horizontalTextMeasurement(layer: TextLayer, wrapped: HorizontalLines): TextMeasurement {
  const height = wrapped.lines * layer.fontSize * layer.lineHeight;
  const width = wrapped.widest;
  const box = layer.rect;
  const x =
    layer.align === 'left' ? 0 : layer.align === 'right' ? box.width - width : (box.width - width) / 2;
  return { key: textRasterKey(layer), content: { x, y: (box.height - height) / 2, width, height } };
}
