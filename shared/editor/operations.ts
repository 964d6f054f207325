// The edits the editor UI makes, as pure functions `(doc, input) → doc`: layers (add, move, resize,
// reorder, lock, hide, rename, duplicate, delete), cells (photo, crop, background), tap areas and
// their actions, and the rich-menu / imagemap settings. An edit that changes nothing returns the same
// object, so history sees no step. Ids come from the caller: these functions never invent randomness.

import type {
  Cell,
  Color,
  EditorDocument,
  ImagemapSettings,
  ImageLayer,
  Layer,
  PhotoFill,
  Rect,
  RichMenuSettings,
  ShapeKind,
  ShapeLayer,
  TapAction,
  TapActionType,
  TapArea,
  TextLayer,
} from './document';
import { assertNever } from '../domain/assert';
import type { MessageKey } from '../i18n/catalog';
import { clampRectToBounds } from './geometry';

// ---------------------------------------------------------------- helpers

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** `items` with the ones `pick` selects passed through `change`; the same array when none changed. */
function mapWhere<T>(items: readonly T[], pick: (item: T) => boolean, change: (item: T) => T): readonly T[] {
  let changed = false;
  const next = items.map((item) => {
    if (!pick(item)) return item;
    const changedItem = change(item);
    if (changedItem !== item) changed = true;
    return changedItem;
  });
  return changed ? next : items;
}

function mapLayers(
  doc: EditorDocument,
  ids: ReadonlySet<string>,
  change: (layer: Layer) => Layer,
): EditorDocument {
  const layers = mapWhere(doc.layers, (layer) => ids.has(layer.id), change);
  return layers === doc.layers ? doc : { ...doc, layers };
}

function mapCell(doc: EditorDocument, cellId: string, change: (cell: Cell) => Cell): EditorDocument {
  const cells = mapWhere(doc.cells, (cell) => cell.id === cellId, change);
  return cells === doc.cells ? doc : { ...doc, cells };
}

function mapArea(doc: EditorDocument, areaId: string, change: (area: TapArea) => TapArea): EditorDocument {
  const areas = mapWhere(doc.areas, (area) => area.id === areaId, change);
  return areas === doc.areas ? doc : { ...doc, areas };
}

export function findLayer(doc: EditorDocument, id: string): Layer | undefined {
  return doc.layers.find((layer) => layer.id === id);
}

export function findCell(doc: EditorDocument, id: string): Cell | undefined {
  return doc.cells.find((cell) => cell.id === id);
}

export function findArea(doc: EditorDocument, id: string): TapArea | undefined {
  return doc.areas.find((area) => area.id === id);
}

/** Tap areas are whole image pixels, at least 1×1 (LINE's rule). */
export function roundAreaRect(rect: Rect): Rect {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return {
    x,
    y,
    width: Math.max(1, Math.round(rect.x + rect.width) - x),
    height: Math.max(1, Math.round(rect.y + rect.height) - y),
  };
}

// ---------------------------------------------------------------- layer factories

export interface NewTextOptions {
  readonly text: string;
  readonly fontFamily: TextLayer['fontFamily'];
  readonly fontSize: number;
  readonly color?: Color;
  readonly vertical?: boolean;
}

export function newTextLayer(id: string, name: string, rect: Rect, options: NewTextOptions): TextLayer {
  return {
    id,
    type: 'text',
    name,
    rect,
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    text: options.text,
    fontFamily: options.fontFamily,
    fontSize: options.fontSize,
    fontWeight: 700,
    color: options.color ?? '#1d2127',
    align: 'center',
    lineHeight: 1.25,
    vertical: options.vertical ?? false,
    stroke: null,
    shadow: null,
  };
}

export function newShapeLayer(id: string, name: string, shape: ShapeKind, rect: Rect): ShapeLayer {
  const line = shape === 'line';
  return {
    id,
    type: 'shape',
    name,
    rect: line ? { ...rect, height: 0 } : rect,
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    shape,
    fill: line ? null : '#06c755',
    stroke: line ? '#1d2127' : null,
    strokeWidth: line ? 8 : 0,
    cornerRadius: shape === 'roundedRect' ? Math.round(Math.min(rect.width, rect.height) / 6) : 0,
  };
}

export function newImageLayer(id: string, name: string, rect: Rect, photo: PhotoFill): ImageLayer {
  return {
    id,
    type: 'image',
    name,
    rect,
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    photo,
    aspectLocked: true,
  };
}

// ---------------------------------------------------------------- layers

/** Adds a layer on top (or at `index`, 0 = bottom). */
export function addLayer(doc: EditorDocument, layer: Layer, index = doc.layers.length): EditorDocument {
  if (findLayer(doc, layer.id)) throw new Error(`addLayer: id ${layer.id} is already used`);
  const at = Math.max(0, Math.min(index, doc.layers.length));
  return { ...doc, layers: [...doc.layers.slice(0, at), layer, ...doc.layers.slice(at)] };
}

export function removeLayers(doc: EditorDocument, ids: ReadonlySet<string>): EditorDocument {
  const layers = doc.layers.filter((layer) => !ids.has(layer.id) || layer.locked);
  return layers.length === doc.layers.length ? doc : { ...doc, layers };
}

/**
 * Copies layers just above their originals, offset so the copy is visible. `newId` names each copy.
 * Returns the document and the copies' ids in order.
 */
export function duplicateLayers(
  doc: EditorDocument,
  ids: readonly string[],
  newId: (original: Layer) => string,
  offset = 24,
): { doc: EditorDocument; ids: string[] } {
  const wanted = new Set(ids);
  const copies: string[] = [];
  const layers: Layer[] = [];
  for (const layer of doc.layers) {
    layers.push(layer);
    if (!wanted.has(layer.id)) continue;
    const id = newId(layer);
    copies.push(id);
    layers.push({
      ...layer,
      id,
      locked: false,
      rect: { ...layer.rect, x: layer.rect.x + offset, y: layer.rect.y + offset },
    });
  }
  return copies.length === 0 ? { doc, ids: [] } : { doc: { ...doc, layers }, ids: copies };
}

export function setLayerRect(doc: EditorDocument, id: string, rect: Rect): EditorDocument {
  return mapLayers(doc, new Set([id]), (layer) => (sameRect(layer.rect, rect) ? layer : { ...layer, rect }));
}

/** Moves unlocked layers by (dx, dy): arrow-key nudges and multi-layer drags. */
export function moveLayers(
  doc: EditorDocument,
  ids: ReadonlySet<string>,
  dx: number,
  dy: number,
): EditorDocument {
  if (dx === 0 && dy === 0) return doc;
  return mapLayers(doc, ids, (layer) =>
    layer.locked ? layer : { ...layer, rect: { ...layer.rect, x: layer.rect.x + dx, y: layer.rect.y + dy } },
  );
}

export type LayerPatch<L extends Layer> = Partial<Omit<L, 'id' | 'type'>>;

/** Changes some fields of one layer; a patch whose values are already set changes nothing. */
export function updateLayer<L extends Layer>(
  doc: EditorDocument,
  id: string,
  patch: LayerPatch<L>,
): EditorDocument {
  return mapLayers(doc, new Set([id]), (layer) => {
    const entries = Object.entries(patch) as [keyof Layer, unknown][];
    if (
      entries.every(([key, value]) => Object.is((layer as unknown as Record<string, unknown>)[key], value))
    ) {
      return layer;
    }
    return { ...layer, ...patch } as Layer;
  });
}

export const renameLayer = (doc: EditorDocument, id: string, name: string) => updateLayer(doc, id, { name });
export const setLayerLocked = (doc: EditorDocument, id: string, locked: boolean) =>
  updateLayer(doc, id, { locked });
export const setLayerHidden = (doc: EditorDocument, id: string, hidden: boolean) =>
  updateLayer(doc, id, { hidden });

export type ReorderDirection = 'forward' | 'backward' | 'front' | 'back';

/** Moves a layer one step or all the way up or down the stack (the layers array is bottom to top). */
export function reorderLayer(doc: EditorDocument, id: string, direction: ReorderDirection): EditorDocument {
  const from = doc.layers.findIndex((layer) => layer.id === id);
  if (from < 0) return doc;
  const last = doc.layers.length - 1;
  const to =
    direction === 'forward'
      ? Math.min(last, from + 1)
      : direction === 'backward'
        ? Math.max(0, from - 1)
        : direction === 'front'
          ? last
          : 0;
  return moveLayerTo(doc, id, to);
}

/** Puts a layer at an index of the stack (0 = bottom): drag-and-drop in the layers panel. */
export function moveLayerTo(doc: EditorDocument, id: string, index: number): EditorDocument {
  const from = doc.layers.findIndex((layer) => layer.id === id);
  const layer = doc.layers[from];
  if (!layer) return doc;
  const to = Math.max(0, Math.min(index, doc.layers.length - 1));
  if (to === from) return doc;
  const rest = doc.layers.filter((l) => l.id !== id);
  return { ...doc, layers: [...rest.slice(0, to), layer, ...rest.slice(to)] };
}

// ---------------------------------------------------------------- canvas and cells

export function setCanvasBackground(doc: EditorDocument, background: Color): EditorDocument {
  return doc.background === background ? doc : { ...doc, background };
}

export function setCellBackground(
  doc: EditorDocument,
  cellId: string,
  background: Color | null,
): EditorDocument {
  return mapCell(doc, cellId, (cell) => (cell.background === background ? cell : { ...cell, background }));
}

/** Puts a photo into a cell (the caller has cover-fitted its crop), or empties it with null. */
export function setCellPhoto(doc: EditorDocument, cellId: string, photo: PhotoFill | null): EditorDocument {
  return mapCell(doc, cellId, (cell) => (cell.photo === photo ? cell : { ...cell, photo }));
}

/** Pans or zooms the photo inside its cell: `crop` is in the photo's source pixels. */
export function setCellCrop(doc: EditorDocument, cellId: string, crop: Rect): EditorDocument {
  return mapCell(doc, cellId, (cell) =>
    !cell.photo || sameRect(cell.photo.crop, crop) ? cell : { ...cell, photo: { ...cell.photo, crop } },
  );
}

/** The cell whose rect contains the point (the topmost when cells overlap), for drops. */
export function cellAt(doc: EditorDocument, x: number, y: number): Cell | undefined {
  for (let i = doc.cells.length - 1; i >= 0; i--) {
    const cell = doc.cells[i];
    if (!cell) continue;
    const r = cell.rect;
    if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return cell;
  }
  return undefined;
}

// ---------------------------------------------------------------- tap areas

export function addArea(doc: EditorDocument, area: TapArea): EditorDocument {
  if (findArea(doc, area.id)) throw new Error(`addArea: id ${area.id} is already used`);
  return { ...doc, areas: [...doc.areas, { ...area, rect: roundAreaRect(area.rect) }] };
}

export function setAreaRect(doc: EditorDocument, areaId: string, rect: Rect): EditorDocument {
  const rounded = roundAreaRect(rect);
  return mapArea(doc, areaId, (area) => (sameRect(area.rect, rounded) ? area : { ...area, rect: rounded }));
}

/**
 * The labels LINE requires on camera, camera-roll and location actions, which phone users hear
 * (screen readers) — in the language of whoever makes the action: the renderer passes its own.
 */
export interface ActionTexts {
  readonly camera: string;
  readonly cameraRoll: string;
  readonly location: string;
}

/** ActionTexts from a catalogue lookup: the action's own name ("Send a location", "傳送位置資訊"). */
export const actionTexts = (t: (key: MessageKey) => string): ActionTexts => ({
  camera: t('editor.actions.types.camera'),
  cameraRoll: t('editor.actions.types.cameraRoll'),
  location: t('editor.actions.types.location'),
});

/** A new action of `type`, as the areas panel starts it; a switch points at the first alias. */
export function defaultAction(
  type: TapActionType,
  texts: ActionTexts,
  aliases: readonly string[],
): TapAction {
  switch (type) {
    case 'uri':
      return { type, uri: 'https://' };
    case 'message':
      return { type, text: '' };
    case 'postback':
      return { type, data: '' };
    case 'datetimepicker':
      return { type, data: '', mode: 'datetime' };
    case 'richmenuswitch': {
      const alias = aliases[0] ?? '';
      return { type, richMenuAliasId: alias, data: alias ? `switch=${alias}` : '' };
    }
    case 'clipboard':
      return { type, clipboardText: '' };
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return { type, label: texts[type] };
    default:
      return assertNever(type, 'defaultAction');
  }
}

export function setAreaAction(doc: EditorDocument, areaId: string, action: TapAction | null): EditorDocument {
  return mapArea(doc, areaId, (area) => (area.action === action ? area : { ...area, action }));
}

export function removeArea(doc: EditorDocument, areaId: string): EditorDocument {
  const areas = doc.areas.filter((area) => area.id !== areaId);
  return areas.length === doc.areas.length ? doc : { ...doc, areas };
}

/** Replaces every area (e.g. "reset areas to the cells"), keeping actions of areas with the same id. */
export function replaceAreas(doc: EditorDocument, areas: readonly TapArea[]): EditorDocument {
  return { ...doc, areas: areas.map((area) => ({ ...area, rect: roundAreaRect(area.rect) })) };
}

// ---------------------------------------------------------------- settings

/** `current` with `patch` applied, or undefined when the patch changes nothing. */
function patched<T extends object>(current: T, patch: Partial<T>): T | undefined {
  const next = { ...current, ...patch };
  return (Object.keys(patch) as (keyof T)[]).every((k) => current[k] === next[k]) ? undefined : next;
}

export function updateRichMenuSettings(
  doc: EditorDocument,
  patch: Partial<RichMenuSettings>,
): EditorDocument {
  if (doc.kind !== 'richmenu') return doc;
  const richMenu = patched(doc.richMenu, patch);
  return richMenu ? { ...doc, richMenu } : doc;
}

export function updateImagemapSettings(
  doc: EditorDocument,
  patch: Partial<ImagemapSettings>,
): EditorDocument {
  if (doc.kind !== 'imagemap') return doc;
  const imagemap = patched(doc.imagemap, patch);
  return imagemap ? { ...doc, imagemap } : doc;
}

/**
 * Moves or resizes the imagemap's video area (a drag or a resize on the canvas): whole pixels, at
 * least 1×1, kept inside the image. Nothing changes on a rich menu or an imagemap without a video.
 */
export function setVideoArea(doc: EditorDocument, rect: Rect): EditorDocument {
  if (doc.kind !== 'imagemap' || !doc.imagemap.video) return doc;
  const video = doc.imagemap.video;
  const area = clampRectToBounds(roundAreaRect(rect), doc.size);
  return sameRect(video.area, area)
    ? doc
    : { ...doc, imagemap: { ...doc.imagemap, video: { ...video, area } } };
}

// ---------------------------------------------------------------- layouts

/**
 * Switches the document to another layout of the same canvas: new cells (photos and backgrounds
 * carried over in reading order, re-fitted to their new frames) and one area per cell, keeping the
 * actions of the old areas in order. `refit` re-fits a photo fill to a new frame (geometry.refitCrop).
 */
export function applyLayout(
  doc: EditorDocument,
  templateId: string,
  cellRects: readonly Rect[],
  newId: () => string,
  refit: (photo: PhotoFill, oldFrame: Rect, newFrame: Rect) => PhotoFill,
): EditorDocument {
  const cells: Cell[] = cellRects.map((rect, index) => {
    const old = doc.cells[index];
    return {
      id: `cell-${newId()}`,
      rect,
      background: old?.background ?? null,
      photo: old?.photo ? refit(old.photo, old.rect, rect) : null,
    };
  });
  const areas: TapArea[] = cells.map((cell, index) => ({
    id: `area-${newId()}`,
    rect: cell.rect,
    action: doc.areas[index]?.action ?? null,
  }));
  return { ...doc, templateId, cells, areas };
}
