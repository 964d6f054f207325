// How a text layer is drawn, shared by the stage, the preview and the rasters sent to main for
// export: Konva.Text settings for horizontal text, and a canvas routine that draws the pure vertical
// layout (shared/editor/vertical-text.ts) glyph by glyph, since Konva has no vertical text.

import Konva from 'konva';
import type { TextLayer } from '../../../shared/editor/document';
import { textRasterKey, type TextRaster } from '../../../shared/editor/rasters';
import {
  layoutVerticalText,
  punctuationStyleFor,
  type VerticalLayout,
} from '../../../shared/editor/vertical-text';

/** The layer's font first, then the other bundled Noto faces for characters it lacks (Thai in TC). */
export function fontStack(family: TextLayer['fontFamily']): string {
  const others = ['Noto Sans TC', 'Noto Sans JP', 'Noto Sans Thai', 'Noto Sans'].filter((f) => f !== family);
  return [family, ...others].map((f) => `"${f}"`).join(', ') + ', sans-serif';
}

export function cssFont(layer: Pick<TextLayer, 'fontFamily' | 'fontSize' | 'fontWeight'>): string {
  return `${String(layer.fontWeight)} ${String(layer.fontSize)}px ${fontStack(layer.fontFamily)}`;
}

/** Loads the font subsets a layer's characters need (fontsource splits faces by unicode range). */
export async function loadFontsFor(layers: readonly TextLayer[]): Promise<void> {
  const wanted = new Map<string, string>();
  for (const layer of layers) {
    for (const family of [layer.fontFamily, 'Noto Sans TC', 'Noto Sans Thai', 'Noto Sans'] as const) {
      const key = `${String(layer.fontWeight)} 40px "${family}"`;
      wanted.set(key, (wanted.get(key) ?? '') + layer.text);
    }
  }
  await Promise.all(
    [...wanted].map(([font, text]) => document.fonts.load(font, text || 'A').catch(() => [])),
  );
}

/** Konva.Text attributes for a horizontal text layer, drawn in a box of the layer's size at 0,0. */
export function horizontalTextConfig(layer: TextLayer): Konva.TextConfig {
  return {
    text: layer.text,
    width: layer.rect.width,
    height: layer.rect.height,
    fontFamily: fontStack(layer.fontFamily),
    fontSize: layer.fontSize,
    fontStyle: layer.fontWeight === 700 ? 'bold' : 'normal',
    fill: layer.color,
    align: layer.align,
    verticalAlign: 'middle',
    lineHeight: layer.lineHeight,
    wrap: 'word',
    stroke: layer.stroke?.color,
    strokeWidth: layer.stroke?.width ?? 0,
    strokeEnabled: layer.stroke !== null && layer.stroke.width > 0,
    // The stroke goes behind the fill, as designers expect an outline to look.
    fillAfterStrokeEnabled: true,
    shadowEnabled: layer.shadow !== null,
    shadowColor: layer.shadow?.color,
    shadowBlur: layer.shadow?.blur ?? 0,
    shadowOffsetX: layer.shadow?.offsetX ?? 0,
    shadowOffsetY: layer.shadow?.offsetY ?? 0,
    shadowForStrokeEnabled: true,
  };
}

const measureCanvas = typeof document === 'undefined' ? null : document.createElement('canvas');

export function verticalLayoutFor(layer: TextLayer): VerticalLayout {
  const context = measureCanvas?.getContext('2d');
  if (context) context.font = cssFont(layer);
  return layoutVerticalText({
    text: layer.text,
    fontSize: layer.fontSize,
    lineHeight: layer.lineHeight,
    width: layer.rect.width,
    height: layer.rect.height,
    align: layer.align === 'left' ? 'start' : layer.align === 'center' ? 'center' : 'end',
    punctuation: punctuationStyleFor(layer.fontFamily),
    measure: (text) => context?.measureText(text).width ?? text.length * layer.fontSize * 0.55,
  });
}

/** Draws vertical text into a native 2D context whose origin is the layer box's top-left. */
export function drawVerticalText(
  c: CanvasRenderingContext2D,
  layer: TextLayer,
  layout: VerticalLayout,
): void {
  c.font = cssFont(layer);
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.lineJoin = 'round';
  const passes: ('stroke' | 'fill')[] =
    layer.stroke && layer.stroke.width > 0 ? ['stroke', 'fill'] : ['fill'];
  passes.forEach((pass, index) => {
    c.save();
    if (index === 0 && layer.shadow) {
      c.shadowColor = layer.shadow.color;
      c.shadowBlur = layer.shadow.blur;
      c.shadowOffsetX = layer.shadow.offsetX;
      c.shadowOffsetY = layer.shadow.offsetY;
    }
    if (pass === 'stroke' && layer.stroke) {
      c.strokeStyle = layer.stroke.color;
      // Canvas strokes straddle the outline; the fill covers the inner half, as Konva.Text does.
      c.lineWidth = layer.stroke.width;
    } else {
      c.fillStyle = layer.color;
    }
    for (const glyph of layout.glyphs) {
      c.save();
      c.translate(glyph.cx, glyph.cy);
      if (glyph.rotated) c.rotate(Math.PI / 2);
      if (pass === 'stroke') c.strokeText(glyph.text, 0, 0);
      else c.fillText(glyph.text, 0, 0);
      c.restore();
    }
    c.restore();
  });
}

/** A Konva shape that draws a vertical text layer in a box of its size at 0,0. */
export function verticalTextShapeConfig(layer: TextLayer): Konva.ShapeConfig {
  const layout = verticalLayoutFor(layer);
  return {
    width: layer.rect.width,
    height: layer.rect.height,
    sceneFunc: (context) => {
      drawVerticalText(context._context, layer, layout);
    },
    hitFunc: (context, shape) => {
      context.beginPath();
      context.rect(0, 0, layer.rect.width, layer.rect.height);
      context.closePath();
      context.fillStrokeShape(shape);
    },
  };
}

/** Margin around a text raster for strokes, shadows and glyphs that overhang the box. */
export function rasterPadding(layer: TextLayer): number {
  const stroke = layer.stroke?.width ?? 0;
  const shadow = layer.shadow
    ? layer.shadow.blur * 2 + Math.max(Math.abs(layer.shadow.offsetX), Math.abs(layer.shadow.offsetY))
    : 0;
  return Math.ceil(stroke + shadow + layer.fontSize);
}

/**
 * Draws a text layer unrotated, at opacity 1 and image-pixel scale into a PNG padded equally on all
 * sides and centred on the layer's box, as main's export composites it (shared/editor/rasters.ts).
 */
export function rasterizeTextLayer(layer: TextLayer): TextRaster {
  const pad = rasterPadding(layer);
  const width = Math.max(1, Math.ceil(layer.rect.width + pad * 2));
  const height = Math.max(1, Math.ceil(layer.rect.height + pad * 2));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('rasterizeTextLayer: no 2D context');
  const xOffset = (width - layer.rect.width) / 2;
  const yOffset = (height - layer.rect.height) / 2;
  if (layer.vertical) {
    c.translate(xOffset, yOffset);
    drawVerticalText(c, layer, verticalLayoutFor(layer));
  } else {
    const stage = new Konva.Stage({ container: document.createElement('div'), width, height });
    const konvaLayer = new Konva.Layer();
    stage.add(konvaLayer);
    konvaLayer.add(new Konva.Text({ ...horizontalTextConfig(layer), x: xOffset, y: yOffset }));
    konvaLayer.draw();
    c.drawImage(konvaLayer.getNativeCanvasElement(), 0, 0, width, height);
    stage.destroy();
  }
  const dataUrl = canvas.toDataURL('image/png');
  canvas.width = 0;
  canvas.height = 0;
  return { key: textRasterKey(layer), pngBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
