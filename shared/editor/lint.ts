// The editor's linter: every way a document would be refused by LINE, or be hard to use on a phone,
// as stable codes with parameters. The UI renders `editor.lint.<code>` with the params (each finding
// names its area as "area N" and says how to fix it); main refuses to export documents with errors.

import type {
  EditorDocument,
  ImagemapDocument,
  PhotoFill,
  Rect,
  RichMenuDocument,
  TapAction,
  TapArea,
} from './document';
import type { MessageKey } from '../i18n/catalog';
import { renderText, type LocalizedText, type TextParam, type Translate } from '../i18n/text';
import { boundsRect, rectContains, rectIntersection } from './geometry';
import {
  actionLabelMaxLength,
  allowedActionTypes,
  clipboardTextMaxLength,
  datetimeRange,
  imagemapAltTextMaxLength,
  imagemapBaseUrlMaxLength,
  imagemapBaseWidth,
  imagemapWidths,
  maxAreasFor,
  messageTextMaxLengthFor,
  minTapSizeImagePx,
  postbackDataMaxLength,
  postbackDisplayTextMaxLength,
  richMenuAliasIdMaxLength,
  richMenuAliasIdPattern,
  richMenuAspectMin,
  richMenuChatBarTextMaxLength,
  richMenuHeightMin,
  richMenuNameMaxLength,
  richMenuWidthRange,
  uriMaxLength,
  uriSchemes,
  videoExternalLinkLabelMaxLength,
  videoExternalLinkUriMaxLength,
} from './limits';
import { textOverflow, type TextMeasurements } from './text-fit';
import { videoRoom } from './video-area';
import { assertNever } from '../domain/assert';

export type LintSeverity = 'error' | 'warning';

export interface LintFinding {
  /** Stable; the UI's sentence is `editor.lint.<code>`. */
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** The area the finding is about, or null for the whole document (or its video). */
  readonly areaId: string | null;
  /** The field at fault, as named in `editor.lint.fields.<field>`, when there is one. */
  readonly field?: LintField;
  /** Always includes `area` (1-based number, as the UI labels areas) when areaId is set. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The cell or layer a design finding is about (clicking it selects that), when there is one. */
  readonly target?: LintTarget;
}

export type LintTarget =
  | { readonly kind: 'cell'; readonly id: string }
  | { readonly kind: 'layer'; readonly id: string }
  | { readonly kind: 'video' };

export const lintCodes = [
  'area-overlap',
  'area-out-of-bounds',
  'area-too-small',
  'area-empty',
  'too-many-areas',
  'no-areas',
  'action-missing',
  'action-not-allowed',
  'field-required',
  'field-too-long',
  'uri-invalid',
  'uri-scheme',
  'alias-format',
  'alias-unknown',
  'datetime-format',
  'datetime-order',
  'canvas-size',
  'base-url-missing',
  'base-url-not-https',
  'base-url-extension',
  'base-url-trailing-slash',
  'video-area-out-of-bounds',
  'video-area-overlap',
  'photo-upscaled',
  'layer-photo-upscaled',
  'video-no-room',
  'text-overflow',
] as const;
export type LintCode = (typeof lintCodes)[number];

/** Fields findings can name; the UI shows `editor.lint.fields.<field>`. */
export const lintFields = [
  'label',
  'uri',
  'text',
  'data',
  'displayText',
  'clipboardText',
  'richMenuAliasId',
  'initial',
  'min',
  'max',
  'name',
  'chatBarText',
  'aliasId',
  'altText',
  'baseUrl',
  'linkUri',
  'linkLabel',
] as const;
export type LintField = (typeof lintFields)[number];

export interface LintContext {
  /** Aliases of the other menus in the tab set; richmenuswitch targets outside it get a warning. */
  readonly knownAliases?: readonly string[];
  /**
   * Text layers as the renderer's text engine laid them out (text-fit.ts). Only the renderer can
   * measure text, so `text-overflow` is a warning the editor shows and main's export never needs.
   */
  readonly textMeasurements?: TextMeasurements;
}

// ---- Counting the way LINE does ----------------------------------------------------------------

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: 👍🏽 and 🇹🇼 count 1, as LINE counts labels, texts, names, chat-bar text. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) {
    void segment;
    count += 1;
  }
  return count;
}

/** A URL's length as LINE sees it: percent-encoded, so each non-ASCII UTF-8 byte counts three. */
export function encodedUriLength(uri: string): number {
  let length = 0;
  for (const ch of uri) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) length += code > 0x20 && code < 0x7f ? 1 : 3;
    else length += 3 * (code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);
  }
  return length;
}

/** Percent-encodes what LINE wants encoded in a URL (non-ASCII, spaces, controls), leaving the rest. */
export function encodeUriForLine(uri: string): string {
  return uri.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}

/** The scheme of a URL (lowercase), or null when it has none. */
export function uriScheme(uri: string): string | null {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(uri.trim());
  return match ? match[1]!.toLowerCase() : null;
}

// ---- The linter --------------------------------------------------------------------------------

export function lintDocument(doc: EditorDocument, context: LintContext = {}): readonly LintFinding[] {
  const findings: LintFinding[] = [];
  const areaNumber = new Map(doc.areas.map((a, i) => [a.id, i + 1]));
  const push = (
    code: LintCode,
    severity: LintSeverity,
    area: TapArea | null,
    params: Record<string, string | number> = {},
    field?: LintField,
  ): void => {
    const withArea = area ? { area: areaNumber.get(area.id) ?? 0, ...params } : params;
    findings.push({
      code,
      severity,
      areaId: area?.id ?? null,
      ...(field ? { field } : {}),
      params: withArea,
    });
  };

  lintCanvas(doc, push);

  const max = maxAreasFor(doc.kind);
  if (doc.areas.length > max) push('too-many-areas', 'error', null, { count: doc.areas.length, max });
  if (doc.areas.length === 0) push('no-areas', 'warning', null);

  const bounds = boundsRect(doc.size);
  const minSide = minTapSizeImagePx(doc.kind, doc.size.width);
  doc.areas.forEach((area, index) => {
    const r = area.rect;
    if (!(r.width >= 1 && r.height >= 1)) {
      push('area-empty', 'error', area, { width: round1(r.width), height: round1(r.height) });
    } else {
      if (!rectContains(bounds, r)) {
        push('area-out-of-bounds', 'error', area, {
          canvasWidth: doc.size.width,
          canvasHeight: doc.size.height,
        });
      }
      if (r.width < minSide || r.height < minSide) {
        push('area-too-small', 'warning', area, {
          width: Math.round(r.width),
          height: Math.round(r.height),
          min: minSide,
        });
      }
    }
    for (const other of doc.areas.slice(index + 1)) {
      const overlap = rectIntersection(r, other.rect);
      if (overlap) {
        push('area-overlap', 'warning', area, {
          other: areaNumber.get(other.id) ?? 0,
          width: Math.round(overlap.width),
          height: Math.round(overlap.height),
        });
      }
    }
    lintAction(doc, area, context, push);
  });

  if (doc.kind === 'richmenu') lintRichMenu(doc, push);
  else lintImagemap(doc, bounds, push);
  findings.push(...lintPhotoResolution(doc), ...lintVideoRoom(doc));
  if (context.textMeasurements) findings.push(...lintTextFit(doc, context.textMeasurements));
  return findings;
}

type Push = (
  code: LintCode,
  severity: LintSeverity,
  area: TapArea | null,
  params?: Record<string, string | number>,
  field?: LintField,
) => void;

const round1 = (n: number): number => Math.round(n * 10) / 10;

function lintCanvas(doc: EditorDocument, push: Push): void {
  const { width, height } = doc.size;
  const ok =
    doc.kind === 'richmenu'
      ? width >= richMenuWidthRange.min &&
        width <= richMenuWidthRange.max &&
        height >= richMenuHeightMin &&
        width / height >= richMenuAspectMin
      : width === imagemapBaseWidth && height >= 1;
  if (!ok) push('canvas-size', 'error', null, { width, height });
}

function checkLength(
  push: Push,
  area: TapArea | null,
  field: LintField,
  value: string | undefined,
  max: number,
  options: { required?: boolean; count?: 'graphemes' | 'utf16' } = {},
): void {
  const text = value ?? '';
  if (text.trim() === '') {
    if (options.required) push('field-required', 'error', area, {}, field);
    return;
  }
  const length = options.count === 'utf16' ? text.length : graphemeLength(text);
  if (length > max) push('field-too-long', 'error', area, { length, max }, field);
}

function checkUri(push: Push, area: TapArea | null, field: LintField, uri: string, max: number): void {
  if (uri.trim() === '') {
    push('field-required', 'error', area, {}, field);
    return;
  }
  const scheme = uriScheme(uri);
  if (scheme === null || /\s/.test(uri.trim())) {
    push('uri-invalid', 'error', area, { uri: truncate(uri) }, field);
    return;
  }
  if (!(uriSchemes as readonly string[]).includes(scheme)) {
    push('uri-scheme', 'error', area, { scheme, allowed: uriSchemes.join(', ') }, field);
  } else if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/?#\s]+/i.test(uri.trim())) {
    push('uri-invalid', 'error', area, { uri: truncate(uri) }, field);
  }
  const length = encodedUriLength(uri.trim());
  if (length > max) push('field-too-long', 'error', area, { length, max }, field);
}

const truncate = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function lintAction(doc: EditorDocument, area: TapArea, context: LintContext, push: Push): void {
  const action: TapAction | null = area.action;
  if (action === null) {
    push('action-missing', 'error', area);
    return;
  }
  if (!allowedActionTypes[doc.kind].includes(action.type)) {
    push('action-not-allowed', 'error', area, { type: action.type });
    return;
  }
  const labelMax = actionLabelMaxLength(doc.kind);
  switch (action.type) {
    case 'uri':
      checkUri(push, area, 'uri', action.uri, uriMaxLength);
      checkLength(push, area, 'label', action.label, labelMax);
      return;
    case 'message':
      checkLength(push, area, 'text', action.text, messageTextMaxLengthFor(doc.kind), { required: true });
      checkLength(push, area, 'label', action.label, labelMax);
      return;
    case 'postback':
      checkLength(push, area, 'data', action.data, postbackDataMaxLength, { required: true, count: 'utf16' });
      checkLength(push, area, 'displayText', action.displayText, postbackDisplayTextMaxLength);
      checkLength(push, area, 'label', action.label, labelMax);
      return;
    case 'datetimepicker':
      checkLength(push, area, 'data', action.data, postbackDataMaxLength, { required: true, count: 'utf16' });
      checkLength(push, area, 'label', action.label, labelMax);
      lintDatetime(push, area, action.mode, action);
      return;
    case 'richmenuswitch':
      if (action.richMenuAliasId.trim() === '') {
        push('field-required', 'error', area, {}, 'richMenuAliasId');
      } else if (!richMenuAliasIdPattern.test(action.richMenuAliasId)) {
        push(
          'alias-format',
          'error',
          area,
          { alias: truncate(action.richMenuAliasId), max: richMenuAliasIdMaxLength },
          'richMenuAliasId',
        );
      } else if (context.knownAliases && !context.knownAliases.includes(action.richMenuAliasId)) {
        push('alias-unknown', 'warning', area, { alias: action.richMenuAliasId }, 'richMenuAliasId');
      }
      checkLength(push, area, 'data', action.data, postbackDataMaxLength, { required: true, count: 'utf16' });
      checkLength(push, area, 'label', action.label, labelMax);
      return;
    case 'clipboard':
      checkLength(push, area, 'clipboardText', action.clipboardText, clipboardTextMaxLength, {
        required: true,
        count: 'utf16',
      });
      checkLength(push, area, 'label', action.label, labelMax);
      return;
    case 'camera':
    case 'cameraRoll':
    case 'location':
      checkLength(push, area, 'label', action.label, labelMax, { required: true });
      return;
    default:
      assertNever(action, 'lintAction');
  }
}

const datetimePatterns = {
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  time: /^(\d{2}):(\d{2})$/,
  datetime: /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})$/,
} as const;
const datetimeExamples = { date: '2026-12-31', time: '23:59', datetime: '2026-12-31T23:59' } as const;

/** A comparable form of a valid value (zero-padded, so string order is time order), or null. */
function datetimeValue(mode: 'date' | 'time' | 'datetime', value: string): string | null {
  const match = datetimePatterns[mode].exec(value);
  if (!match) return null;
  const n = match.slice(1).map(Number);
  if (mode === 'time') return n[0]! <= 23 && n[1]! <= 59 ? value : null;
  const [year, month, day] = n as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (mode === 'datetime' && !(n[3]! <= 23 && n[4]! <= 59)) return null;
  const normalised = value.toUpperCase();
  const full = mode === 'date' ? `${normalised}T00:00` : normalised;
  if (mode === 'datetime' || mode === 'date') {
    if (full < datetimeRange.min || full > datetimeRange.max) return null;
  }
  return normalised;
}

function lintDatetime(
  push: Push,
  area: TapArea,
  mode: 'date' | 'time' | 'datetime',
  values: { readonly initial?: string; readonly min?: string; readonly max?: string },
): void {
  const parsed: Partial<Record<'initial' | 'min' | 'max', string>> = {};
  for (const field of ['initial', 'min', 'max'] as const) {
    const value = values[field];
    if (value === undefined || value === '') continue;
    const comparable = datetimeValue(mode, value);
    if (comparable === null) {
      push('datetime-format', 'error', area, { value, example: datetimeExamples[mode] }, field);
    } else {
      parsed[field] = comparable;
    }
  }
  const { initial, min, max } = parsed;
  if (min !== undefined && max !== undefined && min >= max) {
    push('datetime-order', 'error', area, { min, max }, 'max');
  }
  if (
    initial !== undefined &&
    ((min !== undefined && initial < min) || (max !== undefined && initial > max))
  ) {
    push('datetime-order', 'error', area, { min: min ?? '', max: max ?? '' }, 'initial');
  }
}

function lintRichMenu(doc: RichMenuDocument, push: Push): void {
  checkLength(push, null, 'name', doc.richMenu.name, richMenuNameMaxLength, { required: true });
  checkLength(push, null, 'chatBarText', doc.richMenu.chatBarText, richMenuChatBarTextMaxLength, {
    required: true,
  });
  const alias = doc.richMenu.aliasId;
  if (alias !== null && !richMenuAliasIdPattern.test(alias)) {
    push('alias-format', 'error', null, { alias: truncate(alias), max: richMenuAliasIdMaxLength }, 'aliasId');
  }
}

function lintImagemap(doc: ImagemapDocument, bounds: Rect, push: Push): void {
  const { altText, baseUrl, video } = doc.imagemap;
  checkLength(push, null, 'altText', altText, imagemapAltTextMaxLength, { required: true });
  // An empty base URL is fine while designing: the export writes a placeholder to fill in.
  if (baseUrl.trim() === '') {
    push('base-url-missing', 'warning', null, {}, 'baseUrl');
  } else {
    const trimmed = baseUrl.trim();
    const lastSegment =
      trimmed
        .replace(/[?#].*$/, '')
        .split('/')
        .pop() ?? '';
    const url = truncate(trimmed);
    if (!/^https:\/\/[^/?#\s]+/i.test(trimmed)) push('base-url-not-https', 'error', null, { url }, 'baseUrl');
    else if (/\.[a-z0-9]{2,5}$/i.test(lastSegment) && trimmed.split('/').length > 3) {
      push('base-url-extension', 'error', null, { url, segment: lastSegment }, 'baseUrl');
    } else if (trimmed.endsWith('/')) push('base-url-trailing-slash', 'error', null, { url }, 'baseUrl');
    const length = encodedUriLength(trimmed);
    if (length > imagemapBaseUrlMaxLength) {
      push('field-too-long', 'error', null, { length, max: imagemapBaseUrlMaxLength }, 'baseUrl');
    }
  }
  if (video) {
    if (!(video.area.width >= 1 && video.area.height >= 1) || !rectContains(bounds, video.area)) {
      push('video-area-out-of-bounds', 'error', null, {
        canvasWidth: doc.size.width,
        canvasHeight: doc.size.height,
      });
    }
    for (const area of doc.areas) {
      if (rectIntersection(video.area, area.rect)) push('video-area-overlap', 'warning', area);
    }
    if (video.externalLink) {
      checkUri(push, null, 'linkUri', video.externalLink.linkUri, videoExternalLinkUriMaxLength);
      checkLength(push, null, 'linkLabel', video.externalLink.label, videoExternalLinkLabelMaxLength, {
        required: true,
      });
    }
  }
}

// ---- Photo resolution ---------------------------------------------------------------------------

/**
 * A photo may be shown at up to this much of its own pixels before it is reported: 110 % is not
 * visibly softer on a phone, and leaves room for a cover-fit that rounds a pixel or two over.
 */
export const photoUpscaleTolerance = 1.1;

/** Output pixels per document pixel at the largest exported size (an imagemap's 1040-wide file). */
function exportScale(doc: EditorDocument): number {
  return doc.kind === 'imagemap' ? Math.max(...imagemapWidths) / doc.size.width : 1;
}

/**
 * How many of the photo's own pixels land on each exported pixel (below 1: it is enlarged), and the
 * photo size that would give one, for a photo whose crop fills a frame of `frameWidth` doc pixels.
 */
export function photoSourceScale(
  photo: PhotoFill,
  frameWidth: number,
  outputPerDocPixel = 1,
): { sourcePerOutput: number; needWidth: number; needHeight: number } {
  const sourcePerOutput = photo.crop.width / (frameWidth * outputPerDocPixel);
  return {
    sourcePerOutput,
    needWidth: Math.ceil(photo.natural.width / sourcePerOutput),
    needHeight: Math.ceil(photo.natural.height / sourcePerOutput),
  };
}

/** Photos in cells and photo layers shown larger than their own pixels allow (blurry on phones). */
function lintPhotoResolution(doc: EditorDocument): LintFinding[] {
  const findings: LintFinding[] = [];
  const scale = exportScale(doc);
  const check = (photo: PhotoFill, frameWidth: number): Record<string, number> | null => {
    if (!(frameWidth > 0) || !(photo.crop.width > 0)) return null;
    const { sourcePerOutput, needWidth, needHeight } = photoSourceScale(photo, frameWidth, scale);
    if (sourcePerOutput * photoUpscaleTolerance >= 1) return null;
    return {
      scale: Math.round(100 / sourcePerOutput),
      width: photo.natural.width,
      height: photo.natural.height,
      needWidth,
      needHeight,
    };
  };
  doc.cells.forEach((cell, index) => {
    const params = cell.photo ? check(cell.photo, cell.rect.width) : null;
    if (params) {
      findings.push({
        code: 'photo-upscaled',
        severity: 'warning',
        areaId: null,
        params: { cell: index + 1, ...params },
        target: { kind: 'cell', id: cell.id },
      });
    }
  });
  for (const layer of doc.layers) {
    if (layer.type !== 'image' || layer.hidden) continue;
    const params = check(layer.photo, layer.rect.width);
    if (params) {
      findings.push({
        code: 'layer-photo-upscaled',
        severity: 'warning',
        areaId: null,
        params: { layer: layer.name, ...params },
        target: { kind: 'layer', id: layer.id },
      });
    }
  }
  return findings;
}

// ---- The video's place ---------------------------------------------------------------------------

/**
 * Why a video covers tap areas when it must: the areas leave no free place for it (video-area.ts).
 * The per-area `video-area-overlap` findings say which areas lose their taps; this one says that
 * moving the video cannot help.
 */
function lintVideoRoom(doc: EditorDocument): LintFinding[] {
  const room = videoRoom(doc);
  if (!room || room.room || room.covers.length === 0) return [];
  return [
    {
      code: 'video-no-room',
      severity: 'warning',
      areaId: null,
      params: { areas: room.covers.map((c) => c.number).join(', '), count: room.covers.length },
      target: { kind: 'video' },
    },
  ];
}

// ---- Text that does not fit its box -------------------------------------------------------------

/** Text layers whose measured text runs out of their box (cut off, or drawn over what is around). */
function lintTextFit(doc: EditorDocument, measurements: TextMeasurements): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const layer of doc.layers) {
    if (layer.type !== 'text') continue;
    const overflow = textOverflow(layer, measurements.get(layer.id));
    if (!overflow) continue;
    findings.push({
      code: 'text-overflow',
      severity: 'warning',
      areaId: null,
      params: {
        layer: layer.name,
        width: Math.ceil(overflow.needed.width),
        height: Math.ceil(overflow.needed.height),
        boxWidth: Math.round(overflow.box.width),
        boxHeight: Math.round(overflow.box.height),
      },
      target: { kind: 'layer', id: layer.id },
    });
  }
  return findings;
}

export const hasLintErrors = (findings: readonly LintFinding[]): boolean =>
  findings.some((f) => f.severity === 'error');

// ---- Sentences ---------------------------------------------------------------------------------

/** Codes whose sentence names the area itself; the others get the `editor.lint.inArea` prefix. */
const namesItsArea: ReadonlySet<LintCode> = new Set<LintCode>([
  'area-overlap',
  'area-out-of-bounds',
  'area-too-small',
  'area-empty',
  'action-missing',
  'action-not-allowed',
  'alias-unknown',
  'video-area-overlap',
]);

export type { Translate };

/**
 * The finding as a sentence naming the area and the field and saying how to fix it:
 * `editor.lint.<code>` with the params, the field's name from `editor.lint.fields.<field>`, and
 * "Area N: …" in front when the sentence does not name its area itself. The catalogue test checks
 * that every code and field has its entry in every language.
 */
export function findingText(finding: LintFinding): LocalizedText {
  const params: Record<string, TextParam> = { ...finding.params };
  if (finding.field) params.field = { key: `editor.lint.fields.${finding.field}` as MessageKey };
  const sentence: LocalizedText = { key: `editor.lint.${finding.code}` as MessageKey, params };
  if (finding.areaId === null || namesItsArea.has(finding.code)) return sentence;
  return { key: 'editor.lint.inArea', params: { area: finding.params.area ?? 0, message: sentence } };
}

/** The finding as a sentence in the language of `t`. */
export const describeFinding = (finding: LintFinding, t: Translate): string =>
  renderText(findingText(finding), t);
