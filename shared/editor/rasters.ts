// Text layers are rasterised by the renderer (Konva, with the bundled fonts and the vertical-text
// layout) and sent to main with saveProject, keyed by what affects their pixels. Main's export and the
// CLI composite those rasters, so an export matches the canvas exactly, without a window.

import type { TextLayer } from './document';

/**
 * The key of a text layer's raster: a hash of every field that changes its pixels before placement.
 * Position, rotation and opacity are applied by the export, so moving a layer needs no new raster.
 */
export function textRasterKey(layer: TextLayer): string {
  const parts = [
    layer.text,
    layer.fontFamily,
    layer.fontSize,
    layer.fontWeight,
    layer.color,
    layer.align,
    layer.lineHeight,
    layer.vertical,
    layer.stroke ? `${layer.stroke.color}/${String(layer.stroke.width)}` : '-',
    layer.shadow
      ? `${layer.shadow.color}/${String(layer.shadow.blur)}/${String(layer.shadow.offsetX)}/${String(layer.shadow.offsetY)}`
      : '-',
    layer.rect.width,
    layer.rect.height,
  ];
  return `t1-${fnv1a64(JSON.stringify(parts))}`;
}

/** FNV-1a, 64-bit, as 16 hex digits: tiny, pure and stable across Node and browsers. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * One rasterised text layer, as the renderer sends it: a PNG of the layer drawn unrotated at opacity
 * 1, in image pixels (pixelRatio 1 at the document's full size), centred on the layer rect's centre.
 * It may be larger than the rect (padding for stroke and shadow) but must be padded equally on
 * opposite sides. Main applies rotation and opacity.
 */
export interface TextRaster {
  readonly key: string;
  readonly pngBase64: string;
}
