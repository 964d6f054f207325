// Every LINE number the editor needs, once (source: ../shared/docs/line-platform.md §1–2, §7, which
// cites the Messaging API reference). The linter, the templates, the export and the UI all read these.

import type { DocumentKind, TapActionType } from './document';

// ---- Rich menu (§2) ----------------------------------------------------------------------------

export const richMenuWidthRange = { min: 800, max: 2500 } as const;
export const richMenuHeightMin = 250;
/** width / height must be at least this. */
export const richMenuAspectMin = 1.45;
/** The uploaded image (JPEG or PNG) must be at most 1 MB. */
export const richMenuImageMaxBytes = 1024 * 1024;
export const richMenuMaxAreas = 20;
/** Counted in grapheme clusters. */
export const richMenuNameMaxLength = 300;
/** Counted in grapheme clusters. */
export const richMenuChatBarTextMaxLength = 14;
export const richMenuAliasIdPattern = /^[a-z0-9_-]{1,32}$/;
export const richMenuAliasIdMaxLength = 32;

// ---- Imagemap (§1) -----------------------------------------------------------------------------

export const imagemapBaseWidth = 1040;
/** The five widths the LINE client requests as `{baseUrl}/{width}`; all must exist. */
export const imagemapWidths = [240, 300, 460, 700, 1040] as const;
export type ImagemapWidth = (typeof imagemapWidths)[number];
/** Heights the editor offers for custom imagemaps (LINE documents no maximum). */
export const imagemapHeightRange = { min: 520, max: 2080 } as const;
/** Per image file, JPEG or PNG. */
export const imagemapImageMaxBytes = 10 * 1024 * 1024;
export const imagemapMaxAreas = 50;
export const imagemapAltTextMaxLength = 1500;
export const imagemapBaseUrlMaxLength = 2000;
export const imagemapActionLabelMaxLength = 100;
export const imagemapMessageTextMaxLength = 400;

/** Imagemap width variant height: round(H × w / 1040). */
export const imagemapVariantHeight = (baseHeight: number, width: number): number =>
  Math.round((baseHeight * width) / imagemapBaseWidth);

// ---- Imagemap video (§1) -----------------------------------------------------------------------

export const videoMaxBytes = 200 * 1024 * 1024;
export const videoMimeTypes = ['video/mp4'] as const;
export const videoPreviewMaxBytes = 1024 * 1024;
export const videoUrlMaxLength = 2000;
export const videoExternalLinkLabelMaxLength = 30;
export const videoExternalLinkUriMaxLength = 1000;

// ---- Actions -----------------------------------------------------------------------------------

export const uriSchemes = ['http', 'https', 'line', 'tel'] as const;
export const uriMaxLength = 1000;
/** Rich-menu action labels (≤ 20, grapheme clusters). */
export const richMenuActionLabelMaxLength = 20;
/** Rich-menu message action text (≤ 300 graphemes). */
export const messageTextMaxLength = 300;
export const postbackDataMaxLength = 300;
export const postbackDisplayTextMaxLength = 300;
export const clipboardTextMaxLength = 1000;
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
