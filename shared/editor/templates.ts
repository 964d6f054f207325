// The template catalogue as data: LINE's rich-menu and imagemap canvas sizes with the Official Account
// Manager layouts, plus custom grids from ratio strings. A template fixes the canvas and its cells.
//
// Layouts are grids of integer weights; a cell spans whole grid tracks. Pixel edges are computed once
// per track boundary (round(total × cumulative / sum)), so neighbouring cells share the very same edge
// and every layout tiles its canvas exactly, with no gap or overlap from rounding.

import type { LocalizedText, TextParam } from '../i18n/text';
import type { DocumentKind, Rect, Size } from './document';
import {
  imagemapBaseWidth,
  imagemapHeightRange,
  maxAreasFor,
  richMenuAspectMin,
  richMenuHeightMin,
  richMenuWidthRange,
} from './limits';

export interface EditorTemplate {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly size: Size;
  readonly cells: readonly Rect[];
  /** i18n key of the layout's name, e.g. `editor.templates.grid3x2`. */
  readonly nameKey: string;
}

/** A layout independent of size: track weights per axis and the cells as track spans. */
export interface GridLayout {
  readonly columns: readonly number[];
  readonly rows: readonly number[];
  /** [firstColumn, firstRow, columnSpan, rowSpan] per cell, in reading order. */
  readonly cells: readonly (readonly [number, number, number, number])[];
}

/** Every cell of a plain grid, row by row. */
function plainGrid(columns: readonly number[], rows: readonly number[]): GridLayout {
  const cells: [number, number, number, number][] = [];
  for (let r = 0; r < rows.length; r += 1) {
    for (let c = 0; c < columns.length; c += 1) cells.push([c, r, 1, 1]);
  }
  return { columns, rows, cells };
}

const evenTracks = (count: number): number[] => Array.from({ length: count }, () => 1);

/** One wide cell across the top row, `below` equal cells under it. */
function wideTopGrid(below: number): GridLayout {
  const columns = evenTracks(below);
  return {
    columns,
    rows: [1, 1],
    cells: [[0, 0, below, 1], ...columns.map((_, c) => [c, 1, 1, 1] as const)],
  };
}

/** `above` equal cells, one wide cell across the bottom row. */
function wideBottomGrid(above: number): GridLayout {
  const columns = evenTracks(above);
  return {
    columns,
    rows: [1, 1],
    cells: [...columns.map((_, c) => [c, 0, 1, 1] as const), [0, 1, above, 1]],
  };
}

/** One tall cell on the left, two stacked on the right; `columns` weighs the two columns. */
function wideLeftGrid(columns: readonly [number, number]): GridLayout {
  return {
    columns,
    rows: [1, 1],
    cells: [
      [0, 0, 1, 2],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ],
  };
}

/** Pixel positions of every track boundary, first 0 and last `total`. */
function trackEdges(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const edges = [0];
  let cumulative = 0;
  for (const weight of weights) {
    cumulative += weight;
    edges.push(Math.round((total * cumulative) / sum));
  }
  edges[edges.length - 1] = total;
  return edges;
}

/** The cells of a layout at a canvas size, in integer pixels that tile the canvas exactly. */
export function layoutCells(layout: GridLayout, size: Size): Rect[] {
  const xs = trackEdges(layout.columns, size.width);
  const ys = trackEdges(layout.rows, size.height);
  return layout.cells.map(([c, r, cs, rs]) => {
    const x = xs[c] ?? 0;
    const y = ys[r] ?? 0;
    return { x, y, width: (xs[c + cs] ?? size.width) - x, height: (ys[r + rs] ?? size.height) - y };
  });
}

// ---- Sizes -------------------------------------------------------------------------------------

export type RichMenuHeightClass = 'large' | 'compact';

/** LINE's rich-menu sizes, largest first; the first of each class is the default. */
export const richMenuSizes: { readonly [K in RichMenuHeightClass]: readonly Size[] } = {
  large: [
    { width: 2500, height: 1686 },
    { width: 1200, height: 810 },
    { width: 800, height: 540 },
  ],
  compact: [
    { width: 2500, height: 843 },
    { width: 1200, height: 405 },
    { width: 800, height: 270 },
  ],
};

export const imagemapSquareSize: Size = { width: 1040, height: 1040 };

// ---- Layout catalogue --------------------------------------------------------------------------

interface LayoutEntry {
  /** Stable: stored in documents as templateId. */
  readonly id: string;
  /** Key under `editor.templates`. */
  readonly name: string;
  readonly layout: GridLayout;
}

// The Official Account Manager's large rich-menu layouts (plus a top-wide/two-below variant).
const richMenuLargeLayouts: readonly LayoutEntry[] = [
  { id: 'richmenu-large-6', name: 'grid3x2', layout: plainGrid([1, 1, 1], [1, 1]) },
  { id: 'richmenu-large-4', name: 'grid2x2', layout: plainGrid([1, 1], [1, 1]) },
  { id: 'richmenu-large-top-3', name: 'wideTopThreeBelow', layout: wideTopGrid(3) },
  { id: 'richmenu-large-top-2', name: 'wideTopTwoBelow', layout: wideTopGrid(2) },
  { id: 'richmenu-large-left-2', name: 'wideLeftTwoRight', layout: wideLeftGrid([2, 1]) },
  { id: 'richmenu-large-rows-2', name: 'twoRows', layout: plainGrid([1], [1, 1]) },
  { id: 'richmenu-large-columns-2', name: 'twoColumns', layout: plainGrid([1, 1], [1]) },
  { id: 'richmenu-large-1', name: 'full', layout: plainGrid([1], [1]) },
];

const richMenuCompactLayouts: readonly LayoutEntry[] = [
  { id: 'richmenu-compact-3', name: 'threeColumns', layout: plainGrid([1, 1, 1], [1]) },
  { id: 'richmenu-compact-2', name: 'twoColumns', layout: plainGrid([1, 1], [1]) },
  { id: 'richmenu-compact-narrow-wide', name: 'narrowLeftWideRight', layout: plainGrid([1, 2], [1]) },
  { id: 'richmenu-compact-wide-narrow', name: 'wideLeftNarrowRight', layout: plainGrid([2, 1], [1]) },
  { id: 'richmenu-compact-4', name: 'fourColumns', layout: plainGrid([1, 1, 1, 1], [1]) },
  { id: 'richmenu-compact-1', name: 'full', layout: plainGrid([1], [1]) },
];

const imagemapSquareLayouts: readonly LayoutEntry[] = [
  { id: 'imagemap-square-1', name: 'full', layout: plainGrid([1], [1]) },
  { id: 'imagemap-square-rows-2', name: 'twoRows', layout: plainGrid([1], [1, 1]) },
  { id: 'imagemap-square-columns-2', name: 'twoColumns', layout: plainGrid([1, 1], [1]) },
  { id: 'imagemap-square-4', name: 'grid2x2', layout: plainGrid([1, 1], [1, 1]) },
  { id: 'imagemap-square-rows-3', name: 'threeRows', layout: plainGrid([1], [1, 1, 1]) },
  { id: 'imagemap-square-columns-3', name: 'threeColumns', layout: plainGrid([1, 1, 1], [1]) },
  { id: 'imagemap-square-6', name: 'grid2x3', layout: plainGrid([1, 1], [1, 1, 1]) },
  { id: 'imagemap-square-9', name: 'grid3x3', layout: plainGrid([1, 1, 1], [1, 1, 1]) },
  { id: 'imagemap-square-top-2', name: 'wideTopTwoBelow', layout: wideTopGrid(2) },
  { id: 'imagemap-square-bottom-2', name: 'twoAboveWideBottom', layout: wideBottomGrid(2) },
  { id: 'imagemap-square-left-2', name: 'wideLeftTwoRight', layout: wideLeftGrid([1, 1]) },
];

function toTemplate(kind: DocumentKind, entry: LayoutEntry, size: Size, id: string): EditorTemplate {
  return {
    id,
    kind,
    size,
    cells: layoutCells(entry.layout, size),
    nameKey: `editor.templates.${entry.name}`,
  };
}

/** `richmenu-large-6@1200x810`: the same layout at another of LINE's sizes. */
export const sizedTemplateId = (baseId: string, size: Size): string =>
  `${baseId}@${String(size.width)}x${String(size.height)}`;

/** Each group of layouts with its kind and the sizes it may be used at (the first is the default). */
const catalogue: readonly {
  readonly kind: DocumentKind;
  readonly sizes: readonly Size[];
  readonly layouts: readonly LayoutEntry[];
}[] = [
  { kind: 'richmenu', sizes: richMenuSizes.large, layouts: richMenuLargeLayouts },
  { kind: 'richmenu', sizes: richMenuSizes.compact, layouts: richMenuCompactLayouts },
  { kind: 'imagemap', sizes: [imagemapSquareSize], layouts: imagemapSquareLayouts },
];

const defaultSizeTemplates = (kind: DocumentKind): EditorTemplate[] =>
  catalogue
    .filter((group) => group.kind === kind)
    .flatMap((group) => group.layouts.map((e) => toTemplate(kind, e, group.sizes[0]!, e.id)));

/** The rich-menu layouts at their default (2500-wide) size: at least 7 large and 5 compact. */
export const richMenuTemplates: readonly EditorTemplate[] = defaultSizeTemplates('richmenu');

/** The 1040×1040 imagemap layouts. */
export const imagemapTemplates: readonly EditorTemplate[] = defaultSizeTemplates('imagemap');

const layoutById = new Map<string, { kind: DocumentKind; entry: LayoutEntry; sizes: readonly Size[] }>(
  catalogue.flatMap(({ kind, sizes, layouts }) =>
    layouts.map((entry) => [entry.id, { kind, entry, sizes }] as const),
  ),
);

/** The sizes a catalogue template may be used at (its own first), e.g. the three large rich-menu sizes. */
export function templateSizes(baseId: string): readonly Size[] {
  return layoutById.get(baseId.split('@')[0] ?? '')?.sizes ?? [];
}

/** The template with the given layout at another of its allowed sizes (undefined if not allowed). */
export function templateAtSize(baseId: string, size: Size): EditorTemplate | undefined {
  const found = layoutById.get(baseId.split('@')[0] ?? '');
  if (!found) return undefined;
  const [first] = found.sizes;
  if (!found.sizes.some((s) => s.width === size.width && s.height === size.height)) return undefined;
  const isDefault = first !== undefined && first.width === size.width && first.height === size.height;
  return toTemplate(
    found.kind,
    found.entry,
    size,
    isDefault ? found.entry.id : sizedTemplateId(found.entry.id, size),
  );
}

/**
 * Finds a catalogue template by id: `richmenu-large-6`, a sized variant `richmenu-large-6@800x540`,
 * or a custom grid id as written by customGridTemplate (`custom:richmenu:2500x1686:1:2:1/1:1`).
 */
export function findTemplate(id: string): EditorTemplate | undefined {
  if (id.startsWith('custom:')) {
    const parsed = parseCustomTemplateId(id);
    if (!parsed) return undefined;
    const result = tryCustomGridTemplate(parsed.kind, parsed.size, parsed.spec);
    return result.ok ? result.template : undefined;
  }
  const [baseId, sizePart] = id.split('@');
  const found = layoutById.get(baseId ?? '');
  if (!found) return undefined;
  if (sizePart === undefined) return templateAtSize(found.entry.id, found.sizes[0]!);
  const match = /^(\d+)x(\d+)$/.exec(sizePart);
  if (!match) return undefined;
  const size = { width: Number(match[1]), height: Number(match[2]) };
  // Refuse the default size spelled with a suffix, so each template has exactly one id.
  const template = templateAtSize(found.entry.id, size);
  return template?.id === id ? template : undefined;
}

// ---- Custom grids ------------------------------------------------------------------------------

/** Why a custom grid was refused; `editor.errors.<code>` renders it with `params`. */
export type TemplateErrorCode =
  | 'grid-spec-empty'
  | 'grid-spec-axes'
  | 'grid-spec-part'
  | 'grid-spec-too-many-cells'
  | 'canvas-size-invalid'
  | 'imagemap-height-range';

export interface TemplateError {
  readonly code: TemplateErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The same in English, for logs, the CLI and thrown errors. */
  readonly message: string;
}

export type TemplateResult =
  | { readonly ok: true; readonly template: EditorTemplate }
  | { readonly ok: false; readonly error: TemplateError };

/** The error as a sentence in any language (the axis named in it is translated too). */
export function templateErrorText(error: TemplateError): LocalizedText {
  const params: Record<string, TextParam> = { ...error.params };
  if (typeof params.axis === 'string') {
    params.axis = { key: params.axis === 'rows' ? 'editor.errors.axis.rows' : 'editor.errors.axis.columns' };
  }
  return { key: `editor.errors.${error.code}`, params };
}

export class TemplateSpecError extends Error {
  constructor(readonly detail: TemplateError) {
    super(detail.message);
    this.name = 'TemplateSpecError';
  }
}

/** Largest weight in a ratio string; bigger ones are almost certainly typos (`1:20000`). */
const maxRatioWeight = 100;

export interface GridSpec {
  readonly columns: readonly number[];
  readonly rows: readonly number[];
}

/**
 * Parses `columns / rows`, each a `:`-separated list of positive weights: `1:2:1 / 1:1` is three
 * columns (the middle twice as wide) over two equal rows. A lone axis (`1:1:1`) means one row.
 */
export function parseGridSpec(
  spec: string,
): { ok: true; grid: GridSpec } | { ok: false; error: TemplateError } {
  const trimmed = spec.trim();
  if (trimmed === '') {
    return fail('grid-spec-empty', {}, 'The grid is empty: write column ratios such as "1:2:1 / 1:1".');
  }
  const axes = trimmed.split('/');
  if (axes.length > 2) {
    return fail(
      'grid-spec-axes',
      { spec: trimmed },
      `"${trimmed}" has more than one "/": write columns, then "/", then rows, e.g. "1:2:1 / 1:1".`,
    );
  }
  const names = ['columns', 'rows'] as const;
  const parsed: number[][] = [];
  for (let a = 0; a < axes.length; a += 1) {
    const axis = names[a]!;
    const parts = axes[a]!.split(':').map((p) => p.trim());
    const weights: number[] = [];
    for (const part of parts) {
      const value = /^\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN;
      if (!(value > 0 && value <= maxRatioWeight)) {
        return fail(
          'grid-spec-part',
          { part, axis, max: maxRatioWeight },
          `In the ${axis}, "${part}" is not a ratio: use positive numbers up to ${String(maxRatioWeight)} separated by ":", e.g. "1:2:1".`,
        );
      }
      weights.push(value);
    }
    parsed.push(weights);
  }
  return { ok: true, grid: { columns: parsed[0]!, rows: parsed[1] ?? [1] } };
}

function fail(
  code: TemplateErrorCode,
  params: Record<string, string | number>,
  message: string,
): { ok: false; error: TemplateError } {
  return { ok: false, error: { code, params, message } };
}

/** Checks a canvas size against LINE's rules for the kind (rich-menu bounds and aspect; imagemap 1040 wide). */
export function checkCanvasSize(kind: DocumentKind, size: Size): TemplateError | null {
  if (!Number.isInteger(size.width) || !Number.isInteger(size.height)) {
    return {
      code: 'canvas-size-invalid',
      params: { width: size.width, height: size.height },
      message: `The size ${String(size.width)}×${String(size.height)} must be whole pixels.`,
    };
  }
  if (kind === 'imagemap') {
    if (size.width !== imagemapBaseWidth) {
      return {
        code: 'canvas-size-invalid',
        params: { width: size.width, height: size.height },
        message: `A rich message is always ${String(imagemapBaseWidth)} pixels wide, not ${String(size.width)}.`,
      };
    }
    if (size.height < imagemapHeightRange.min || size.height > imagemapHeightRange.max) {
      return {
        code: 'imagemap-height-range',
        params: { height: size.height, min: imagemapHeightRange.min, max: imagemapHeightRange.max },
        message: `The height ${String(size.height)} is outside ${String(imagemapHeightRange.min)}–${String(imagemapHeightRange.max)} pixels.`,
      };
    }
    return null;
  }
  const ok =
    size.width >= richMenuWidthRange.min &&
    size.width <= richMenuWidthRange.max &&
    size.height >= richMenuHeightMin &&
    size.width / size.height >= richMenuAspectMin;
  return ok
    ? null
    : {
        code: 'canvas-size-invalid',
        params: { width: size.width, height: size.height },
        message:
          `A rich menu of ${String(size.width)}×${String(size.height)} is not allowed: the width must be ` +
          `${String(richMenuWidthRange.min)}–${String(richMenuWidthRange.max)}, the height at least ` +
          `${String(richMenuHeightMin)}, and width ÷ height at least ${String(richMenuAspectMin)}.`,
      };
}

const formatWeights = (weights: readonly number[]): string => weights.map(String).join(':');

export function customTemplateId(kind: DocumentKind, size: Size, grid: GridSpec): string {
  return `custom:${kind}:${String(size.width)}x${String(size.height)}:${formatWeights(grid.columns)}/${formatWeights(grid.rows)}`;
}

function parseCustomTemplateId(id: string): { kind: DocumentKind; size: Size; spec: string } | null {
  const match = /^custom:(richmenu|imagemap):(\d+)x(\d+):(.+)$/.exec(id);
  if (!match) return null;
  return {
    kind: match[1] as DocumentKind,
    size: { width: Number(match[2]), height: Number(match[3]) },
    spec: match[4]!,
  };
}

/** Like customGridTemplate, but returns the refusal instead of throwing (for live validation). */
export function tryCustomGridTemplate(kind: DocumentKind, size: Size, spec: string): TemplateResult {
  const sizeError = checkCanvasSize(kind, size);
  if (sizeError) return { ok: false, error: sizeError };
  const parsed = parseGridSpec(spec);
  if (!parsed.ok) return parsed;
  const { columns, rows } = parsed.grid;
  const max = maxAreasFor(kind);
  const count = columns.length * rows.length;
  if (count > max) {
    return fail(
      'grid-spec-too-many-cells',
      { count, max },
      `${String(columns.length)} × ${String(rows.length)} = ${String(count)} cells, but LINE allows at most ${String(max)} tap areas here.`,
    );
  }
  const layout = plainGrid(columns, rows);
  // Each track must stay at least one pixel wide, or a cell would vanish.
  const cells = layoutCells(layout, size);
  if (cells.some((c) => c.width < 1 || c.height < 1)) {
    return fail(
      'grid-spec-part',
      { part: spec.trim(), axis: 'columns', max: maxRatioWeight },
      `"${spec.trim()}" makes a cell narrower than one pixel at ${String(size.width)}×${String(size.height)}.`,
    );
  }
  return {
    ok: true,
    template: {
      id: customTemplateId(kind, size, parsed.grid),
      kind,
      size,
      cells,
      nameKey: 'editor.templates.custom',
    },
  };
}

/**
 * A custom grid template: `spec` is `columns / rows` ratios (e.g. `1:2:1 / 1:1`). Throws
 * TemplateSpecError naming the bad part; imagemaps are 1040 wide and 520–2080 high.
 */
export function customGridTemplate(kind: DocumentKind, size: Size, spec: string): EditorTemplate {
  const result = tryCustomGridTemplate(kind, size, spec);
  if (!result.ok) throw new TemplateSpecError(result.error);
  return result.template;
}

/** Every layout name used by nameKey, so tests can check the catalogues hold them all. */
export const templateNameKeys: readonly string[] = [
  ...new Set(catalogue.flatMap((group) => group.layouts.map((e) => `editor.templates.${e.name}`))),
  'editor.templates.custom',
];

/** The refusal as a sentence in the UI's language (`editor.errors.<code>`, axis names translated). */
export function describeTemplateError(
  error: TemplateError,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const params: Record<string, string | number> = { ...error.params };
  if (typeof params.axis === 'string') params.axis = t(`editor.errors.axis.${params.axis}`);
  return t(`editor.errors.${error.code}`, params);
}
