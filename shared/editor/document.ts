// The editor document: plain, readonly, JSON-safe data. The Konva stage only renders it; every change
// is a pure function `(doc, input) → doc` in shared/editor/, so the same document exports in main,
// previews in the renderer and round-trips through SQLite unchanged.
//
// Coordinates are image pixels of the exported image (rich menu: its exact size; imagemap: the
// 1040-wide base), origin top-left. Photo crops are stored in the photo's own source pixels beside its
// natural size, so downsampled editing copies and the full-size original export identically.

export const editorDocumentVersion = 1;

export type DocumentKind = 'richmenu' | 'imagemap';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A colour as `#rrggbb` or `#rrggbbaa`. */
export type Color = string;

/** A photo placed in a frame: which part of the source image shows (source pixels). */
export interface PhotoFill {
  /** Content address (SHA-256, hex) of the original file in the project's asset store. */
  readonly assetId: string;
  /** The original's size in pixels (after EXIF orientation). */
  readonly natural: Size;
  /** The visible part of the source, in source pixels; its aspect ratio equals the frame's. */
  readonly crop: Rect;
}

/** A template cell: a fixed region of the canvas that a photo fills (cover-fit), masked to the cell. */
export interface Cell {
  readonly id: string;
  readonly rect: Rect;
  readonly background: Color | null;
  readonly photo: PhotoFill | null;
}

interface LayerBase {
  readonly id: string;
  readonly name: string;
  readonly rect: Rect;
  /** Degrees, clockwise, about the rect's centre. */
  readonly rotation: number;
  readonly opacity: number;
  readonly locked: boolean;
  readonly hidden: boolean;
}

export type FontFamily = 'Noto Sans' | 'Noto Sans TC' | 'Noto Sans JP' | 'Noto Sans Thai';

export interface TextStroke {
  readonly color: Color;
  readonly width: number;
}

export interface TextShadow {
  readonly color: Color;
  readonly blur: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface TextLayer extends LayerBase {
  readonly type: 'text';
  readonly text: string;
  readonly fontFamily: FontFamily;
  readonly fontSize: number;
  readonly fontWeight: 400 | 700;
  readonly color: Color;
  readonly align: 'left' | 'center' | 'right';
  /** A multiple of the font size. */
  readonly lineHeight: number;
  /** Vertical CJK text: columns top-to-bottom, right-to-left. */
  readonly vertical: boolean;
  readonly stroke: TextStroke | null;
  readonly shadow: TextShadow | null;
}

export type ShapeKind = 'rect' | 'roundedRect' | 'ellipse' | 'line';

export interface ShapeLayer extends LayerBase {
  readonly type: 'shape';
  readonly shape: ShapeKind;
  readonly fill: Color | null;
  readonly stroke: Color | null;
  readonly strokeWidth: number;
  /** For roundedRect. */
  readonly cornerRadius: number;
}

/** A free photo layer (not bound to a cell). */
export interface ImageLayer extends LayerBase {
  readonly type: 'image';
  readonly photo: PhotoFill;
  readonly aspectLocked: boolean;
}

export type Layer = TextLayer | ShapeLayer | ImageLayer;

// Tap-area actions, as LINE defines them (see docs/line-platform.md §1–2). Which types each kind of
// document allows, and every length limit, live in shared/editor/limits.ts.

export interface UriAction {
  readonly type: 'uri';
  readonly uri: string;
  readonly label?: string;
}
export interface MessageAction {
  readonly type: 'message';
  readonly text: string;
  readonly label?: string;
}
export interface PostbackAction {
  readonly type: 'postback';
  readonly data: string;
  readonly displayText?: string;
  readonly label?: string;
}
export interface DatetimePickerAction {
  readonly type: 'datetimepicker';
  readonly data: string;
  readonly mode: 'date' | 'time' | 'datetime';
  readonly initial?: string;
  readonly max?: string;
  readonly min?: string;
  readonly label?: string;
}
export interface RichMenuSwitchAction {
  readonly type: 'richmenuswitch';
  readonly richMenuAliasId: string;
  readonly data: string;
  readonly label?: string;
}
export interface ClipboardAction {
  readonly type: 'clipboard';
  readonly clipboardText: string;
  readonly label?: string;
}
export interface CameraAction {
  readonly type: 'camera';
  readonly label: string;
}
export interface CameraRollAction {
  readonly type: 'cameraRoll';
  readonly label: string;
}
export interface LocationAction {
  readonly type: 'location';
  readonly label: string;
}

export type TapAction =
  | UriAction
  | MessageAction
  | PostbackAction
  | DatetimePickerAction
  | RichMenuSwitchAction
  | ClipboardAction
  | CameraAction
  | CameraRollAction
  | LocationAction;

export type TapActionType = TapAction['type'];

export interface TapArea {
  readonly id: string;
  readonly rect: Rect;
  /** null until the designer chooses one (the linter reports it). */
  readonly action: TapAction | null;
}

export interface RichMenuSettings {
  /** Not shown to users; ≤ 300 characters. */
  readonly name: string;
  /** The chat-bar label; ≤ 14 characters. */
  readonly chatBarText: string;
  /** Open by default (`selected`). */
  readonly selected: boolean;
  /** Alias for rich-menu tab sets (richmenuswitch targets), `^[a-z0-9_-]{1,32}$`, or null. */
  readonly aliasId: string | null;
}

export interface ImagemapVideo {
  /** Content address of the mp4 in the asset store. */
  readonly videoAssetId: string;
  readonly previewAssetId: string;
  readonly area: Rect;
  readonly externalLink: { readonly linkUri: string; readonly label: string } | null;
}

export interface ImagemapSettings {
  readonly altText: string;
  /** Where the five widths will be hosted; the export writes it into the JSON. */
  readonly baseUrl: string;
  readonly video: ImagemapVideo | null;
}

interface DocumentBase {
  readonly version: typeof editorDocumentVersion;
  /** The template the document was made from (shared/editor/templates.ts), or 'custom:<ratios>'. */
  readonly templateId: string;
  /** The exported image size in pixels. */
  readonly size: Size;
  readonly background: Color;
  readonly cells: readonly Cell[];
  /** Bottom to top. */
  readonly layers: readonly Layer[];
  readonly areas: readonly TapArea[];
}

export interface RichMenuDocument extends DocumentBase {
  readonly kind: 'richmenu';
  readonly richMenu: RichMenuSettings;
}

export interface ImagemapDocument extends DocumentBase {
  readonly kind: 'imagemap';
  readonly imagemap: ImagemapSettings;
}

export type EditorDocument = RichMenuDocument | ImagemapDocument;
