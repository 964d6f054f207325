// The JSON objects LINE expects for an exported document: the rich-menu object for "create rich
// menu" and the imagemap message. Validated in tests against LINE's OpenAPI (messaging-api.yml).

import type { ImagemapDocument, Rect, RichMenuDocument, TapAction } from './document';
import { assertNever } from '../domain/assert';
import { clampRectToBounds, roundRect } from './geometry';
import { imagemapBaseWidth } from './limits';
import { encodeUriForLine } from './lint';

/** Written when the designer has not set a base URL yet; the export says to replace it. */
export const imagemapBaseUrlPlaceholder = 'https://example.com/REPLACE-WITH-YOUR-IMAGEMAP-FOLDER';

/** Where the export puts the video and its preview, relative to the base URL. */
export const imagemapVideoFileName = 'video.mp4';
export const imagemapVideoPreviewFileName = 'video-preview.jpg';

export interface LineRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A LINE action object (the subset of fields the editor sets; empty optional strings omitted). */
export type LineAction = Readonly<Record<string, string>> & { readonly type: string };

/** An imagemap action: like LineAction, plus its area. */
export type LineImagemapAction = {
  readonly [field: string]: string | LineRect;
  readonly type: string;
  readonly area: LineRect;
};

export interface RichMenuObject {
  readonly size: { readonly width: number; readonly height: number };
  readonly selected: boolean;
  readonly name: string;
  readonly chatBarText: string;
  readonly areas: readonly { readonly bounds: LineRect; readonly action: LineAction }[];
}

export interface ImagemapMessageObject {
  readonly type: 'imagemap';
  readonly baseUrl: string;
  readonly altText: string;
  readonly baseSize: { readonly width: number; readonly height: number };
  readonly actions: readonly LineImagemapAction[];
  readonly video?: {
    readonly originalContentUrl: string;
    readonly previewImageUrl: string;
    readonly area: LineRect;
    readonly externalLink?: { readonly linkUri: string; readonly label: string };
  };
}

/** Whole pixels inside the canvas, at least 1×1: what LINE accepts as bounds. */
function lineRect(rect: Rect, size: { width: number; height: number }): LineRect {
  const r = roundRect(clampRectToBounds(rect, size));
  return { x: r.x, y: r.y, width: Math.max(1, r.width), height: Math.max(1, r.height) };
}

function withOptional(
  base: Record<string, string>,
  optional: Record<string, string | undefined>,
): LineAction {
  const result: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value.trim() !== '') result[key] = value;
  }
  return result as LineAction;
}

/** One tap action as LINE's action object (URLs percent-encoded where LINE requires it). */
export function lineAction(action: TapAction): LineAction {
  switch (action.type) {
    case 'uri':
      return withOptional({ type: 'uri', uri: encodeUriForLine(action.uri.trim()) }, { label: action.label });
    case 'message':
      return withOptional({ type: 'message', text: action.text }, { label: action.label });
    case 'postback':
      return withOptional(
        { type: 'postback', data: action.data },
        { displayText: action.displayText, label: action.label },
      );
    case 'datetimepicker':
      return withOptional(
        { type: 'datetimepicker', data: action.data, mode: action.mode },
        { initial: action.initial, max: action.max, min: action.min, label: action.label },
      );
    case 'richmenuswitch':
      return withOptional(
        { type: 'richmenuswitch', richMenuAliasId: action.richMenuAliasId, data: action.data },
        { label: action.label },
      );
    case 'clipboard':
      return withOptional(
        { type: 'clipboard', clipboardText: action.clipboardText },
        { label: action.label },
      );
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return { type: action.type, label: action.label };
    default:
      return assertNever(action, 'lineAction');
  }
}

/** The rich-menu object for POST /v2/bot/richmenu. Areas without an action are left out (the linter reports them). */
export function richMenuObject(doc: RichMenuDocument): RichMenuObject {
  return {
    size: { width: doc.size.width, height: doc.size.height },
    selected: doc.richMenu.selected,
    name: doc.richMenu.name,
    chatBarText: doc.richMenu.chatBarText,
    areas: doc.areas.flatMap((area) =>
      area.action ? [{ bounds: lineRect(area.rect, doc.size), action: lineAction(area.action) }] : [],
    ),
  };
}

/** Imagemap actions carry `linkUri` where other actions carry `uri`. */
function imagemapAction(action: TapAction, area: LineRect): LineImagemapAction | null {
  switch (action.type) {
    case 'uri':
      return {
        ...withOptional(
          { type: 'uri', linkUri: encodeUriForLine(action.uri.trim()) },
          { label: action.label },
        ),
        area,
      };
    case 'message':
      return { ...withOptional({ type: 'message', text: action.text }, { label: action.label }), area };
    case 'clipboard':
      return {
        ...withOptional({ type: 'clipboard', clipboardText: action.clipboardText }, { label: action.label }),
        area,
      };
    case 'postback':
    case 'datetimepicker':
    case 'richmenuswitch':
    case 'camera':
    case 'cameraRoll':
    case 'location':
      // Not an imagemap action; the linter reports it and the export refuses it.
      return null;
    default:
      return assertNever(action, 'imagemapAction');
  }
}

/** The imagemap message; `baseUrl` is where the five widths are hosted (no trailing slash). */
export function imagemapMessage(doc: ImagemapDocument, baseUrl: string): ImagemapMessageObject {
  const base = encodeUriForLine((baseUrl.trim() || imagemapBaseUrlPlaceholder).replace(/\/+$/, ''));
  const actions = doc.areas.flatMap((area) => {
    if (!area.action) return [];
    const mapped = imagemapAction(area.action, lineRect(area.rect, doc.size));
    return mapped ? [mapped] : [];
  });
  const video = doc.imagemap.video;
  return {
    type: 'imagemap',
    baseUrl: base,
    altText: doc.imagemap.altText,
    baseSize: { width: imagemapBaseWidth, height: doc.size.height },
    actions,
    ...(video
      ? {
          video: {
            originalContentUrl: `${base}/${imagemapVideoFileName}`,
            previewImageUrl: `${base}/${imagemapVideoPreviewFileName}`,
            area: lineRect(video.area, doc.size),
            ...(video.externalLink
              ? {
                  externalLink: {
                    linkUri: encodeUriForLine(video.externalLink.linkUri.trim()),
                    label: video.externalLink.label,
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}
