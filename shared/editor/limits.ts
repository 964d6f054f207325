// Every LINE number the editor needs (source: ../shared/docs/line-platform.md §1–2, §7, which cites
// the Messaging API reference). The linter, the templates, the export and the UI all read these; the
// ones the sandbox also enforces are defined once in shared/line and named here for the editor.

import { richMenuAliasIdPattern } from '../line/ids';
import { imagemapLimits, richMenuLimits } from '../line/limits';
import type { DocumentKind, TapActionType } from './document';

// ---- Rich menu (§2) ----------------------------------------------------------------------------

export const richMenuWidthRange = { min: richMenuLimits.widthMin, max: richMenuLimits.widthMax } as const;
export const richMenuHeightMin = richMenuLimits.heightMin;
/** width / height must be at least this. */
export const richMenuAspectMin = richMenuLimits.minAspectRatio;
/** The uploaded image (JPEG or PNG) must be at most 1 MB. */
export const richMenuImageMaxBytes = richMenuLimits.imageMaxBytes;
export const richMenuMaxAreas = richMenuLimits.areasMax;
/** Counted in grapheme clusters. */
export const richMenuNameMaxLength = richMenuLimits.nameMax;
/** Counted in grapheme clusters. */
export const richMenuChatBarTextMaxLength = richMenuLimits.chatBarTextMax;
export { richMenuAliasIdPattern };
export const richMenuAliasIdMaxLength = richMenuLimits.aliasIdMax;

// ---- Imagemap (§1) -----------------------------------------------------------------------------

export const imagemapBaseWidth = imagemapLimits.baseWidth;
/** The five widths the LINE client requests as `{baseUrl}/{width}`; all must exist. */
export const imagemapWidths = [240, 300, 460, 700, 1040] as const;
export type ImagemapWidth = (typeof imagemapWidths)[number];
/** Heights the editor offers for custom imagemaps (LINE documents no maximum). */
export const imagemapHeightRange = { min: 520, max: 2080 } as const;
/** Per image file, JPEG or PNG. */
export const imagemapImageMaxBytes = 10 * 1024 * 1024;
export const imagemapMaxAreas = imagemapLimits.actionsMax;
export const imagemapAltTextMaxLength = imagemapLimits.altTextMax;
export const imagemapBaseUrlMaxLength = imagemapLimits.baseUrlMax;
export const imagemapActionLabelMaxLength = imagemapLimits.labelMax;
export const imagemapMessageTextMaxLength = imagemapLimits.messageTextMax;

/** Imagemap width variant height: round(H × w / 1040). */
export const imagemapVariantHeight = (baseHeight: number, width: number): number =>
  Math.round((baseHeight * width) / imagemapBaseWidth);

// ---- Imagemap video (§1) -----------------------------------------------------------------------

export const videoMaxBytes = 200 * 1024 * 1024;
export const videoMimeTypes = ['video/mp4'] as const;
export const videoPreviewMaxBytes = 1024 * 1024;
export const videoUrlMaxLength = imagemapLimits.videoUrlMax;
export const videoExternalLinkLabelMaxLength = imagemapLimits.externalLinkLabelMax;
export const videoExternalLinkUriMaxLength = imagemapLimits.uriMax;

// ---- Actions -----------------------------------------------------------------------------------

export const uriSchemes = ['http', 'https', 'line', 'tel'] as const;
export const uriMaxLength = imagemapLimits.uriMax;
/** Rich-menu action labels (≤ 20, grapheme clusters). */
export const richMenuActionLabelMaxLength = richMenuLimits.actionLabelMax;
/** Rich-menu message action text (≤ 300 graphemes). */
export const messageTextMaxLength = 300;
export const postbackDataMaxLength = 300;
export const postbackDisplayTextMaxLength = 300;
export const clipboardTextMaxLength = imagemapLimits.clipboardTextMax;
export const datetimeRange = { min: '1900-01-01T00:00', max: '2100-12-31T23:59' } as const;

/** Which action types each kind of document allows, in the order the UI lists them. */
export const allowedActionTypes: { readonly [K in DocumentKind]: readonly TapActionType[] } = {
  richmenu: [
    'uri',
    'message',
    'postback',
    'datetimepicker',
    'richmenuswitch',
    'clipboard',
    'camera',
    'cameraRoll',
    'location',
  ],
  imagemap: ['uri', 'message', 'clipboard'],
};

export const maxAreasFor = (kind: DocumentKind): number =>
  kind === 'richmenu' ? richMenuMaxAreas : imagemapMaxAreas;

export const actionLabelMaxLength = (kind: DocumentKind): number =>
  kind === 'richmenu' ? richMenuActionLabelMaxLength : imagemapActionLabelMaxLength;

export const messageTextMaxLengthFor = (kind: DocumentKind): number =>
  kind === 'richmenu' ? messageTextMaxLength : imagemapMessageTextMaxLength;

// ---- Tap size on a phone -----------------------------------------------------------------------

/**
 * The smallest comfortable touch target: 44 CSS px (Apple's HIG; Android asks 48 dp ≈ the same) on a
 * 375 CSS-px-wide phone, the most common small phone width. A rich menu spans the phone's width; an
 * imagemap bubble is narrower, about 300 CSS px of a 375-px screen (an app-measured assumption, not
 * a LINE figure), so the same finger covers more of its image.
 */
export const minTapSizeCssPx = 44;
export const phoneDisplayWidthCssPx: { readonly [K in DocumentKind]: number } = {
  richmenu: 375,
  imagemap: 300,
};

/** Minimum tap-area side in image pixels for an image `imageWidth` wide (e.g. 2500 → 294). */
export function minTapSizeImagePx(kind: DocumentKind, imageWidth: number): number {
  return Math.ceil((minTapSizeCssPx * imageWidth) / phoneDisplayWidthCssPx[kind]);
}

// ---- Assets the editor accepts (main validates, the UI pre-checks) -----------------------------

export const acceptedImageMimeTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** Upload limit per source photo file: a 12 MP JPEG is ~5–8 MB; generous for PNGs. */
export const imageUploadMaxBytes = 50 * 1024 * 1024;
/** sharp's limitInputPixels: anything larger is refused as a likely decompression bomb. */
export const imageMaxInputPixels = 100_000_000;
/**
 * Editing copies are downsampled so their longest side is at most this. 2500 px equals the largest
 * canvas side, so a photo filling a whole rich menu still shows 1:1 at 100 % zoom, while a 12 MP
 * (4000×3000) photo shrinks to ~4.7 MP: 20 of them decode to ~375 MB of RGBA instead of ~960 MB.
 */
export const editingCopyMaxSide = 2500;
