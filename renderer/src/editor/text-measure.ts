// Measures text layers with the same layout the canvas draws them with (Konva.Text's wrapping for
// horizontal text, the vertical layout for vertical), for the "text overflows its box" check and its
// marks on the canvas (shared/editor/text-fit.ts compares). Measurements follow font loading: a
// layer measured before its font subset arrived is measured again once it has.

import Konva from 'konva';
import { useMemo, useSyncExternalStore } from 'react';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import {
  horizontalTextMeasurement,
  verticalTextMeasurement,
  type TextMeasurement,
  type TextMeasurements,
} from '../../../shared/editor/text-fit';
import { horizontalTextConfig, verticalLayoutFor } from './text-render';

/** Lays a horizontal layer out at its width with no height limit: every line the text needs. */
function horizontalLines(layer: TextLayer): { lines: number; widest: number } {
  const { height: _boxHeight, ...config } = horizontalTextConfig(layer);
  const node = new Konva.Text(config);
  const lines = node.textArr.length;
  let widest = node.getTextWidth();
  // Konva drops a paragraph when not even one character fits the width: count what it drops.
  const shown = node.textArr
    .map((line) => line.text)
    .join('')
    .replace(/\s/g, '').length;
  if (shown < layer.text.replace(/\s/g, '').length) {
    for (const ch of layer.text) widest = Math.max(widest, node.measureSize(ch).width);
  }
  node.destroy();
  return { lines: Math.max(lines, 1), widest };
}

export function measureTextLayer(layer: TextLayer): TextMeasurement {
  return layer.vertical
    ? verticalTextMeasurement(layer, verticalLayoutFor(layer))
    : horizontalTextMeasurement(layer, horizontalLines(layer));
}

// ---- Font loading --------------------------------------------------------------------------------

let fontGeneration = 0;
const fontListeners = new Set<() => void>();

function subscribeFonts(listener: () => void): () => void {
  if (fontListeners.size === 0) document.fonts.addEventListener('loadingdone', onFontsLoaded);
  fontListeners.add(listener);
  return () => {
    fontListeners.delete(listener);
    if (fontListeners.size === 0) document.fonts.removeEventListener('loadingdone', onFontsLoaded);
  };
}

function onFontsLoaded(): void {
  fontGeneration += 1;
  for (const listener of fontListeners) listener();
}

const cache = new WeakMap<
  TextLayer,
  { readonly generation: number; readonly measurement: TextMeasurement }
>();

function measureCached(layer: TextLayer, generation: number): TextMeasurement {
  const known = cache.get(layer);
  if (known?.generation === generation) return known.measurement;
  const measurement = measureTextLayer(layer);
  cache.set(layer, { generation, measurement });
  return measurement;
}

/** The document's text layers, measured; again when the layers change or fonts finish loading. */
export function useTextMeasurements(doc: EditorDocument): TextMeasurements {
  const generation = useSyncExternalStore(subscribeFonts, () => fontGeneration);
  const layers = doc.layers;
  return useMemo(() => {
    const measurements = new Map<string, TextMeasurement>();
    for (const layer of layers) {
      if (layer.type === 'text' && !layer.hidden)
        measurements.set(layer.id, measureCached(layer, generation));
    }
    return measurements;
  }, [layers, generation]);
}
