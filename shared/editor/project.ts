// What the project API carries across the bridge: projects (one or more documents, e.g. a rich-menu
// tab set linked by aliases), uploads and exports. Plain, JSON-safe data.

import type { DocumentKind, EditorDocument, Size } from './document';
import type { TextRaster } from './rasters';
import type { LocalizedText } from '../i18n/text';
import type { Locale } from '../domain/locale';

export const projectNameMaxLength = 100;
/** A rich-menu tab set holds at most this many menus (LINE allows 1000 aliases; a set is a few tabs). */
export const maxDocumentsPerProject = 10;
/** Largest thumbnail PNG saveProject accepts. */
export const thumbnailMaxBytes = 512 * 1024;

export interface ProjectSummary {
  readonly id: number;
  readonly channelId: number;
  readonly name: string;
  readonly kind: DocumentKind;
  readonly templateId: string;
  readonly documentCount: number;
  /** `data:image/png;base64,…`, or null before the first save with a thumbnail. */
  readonly thumbnailDataUrl: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When it went to the trash; null when not trashed. */
  readonly trashedAt: string | null;
}

export interface Project extends ProjectSummary {
  readonly documents: readonly EditorDocument[];
  /** textRasterKey()s main already holds, so the renderer sends only missing or changed rasters. */
  readonly textRasterKeys: readonly string[];
}

export interface CustomGridRequest {
  readonly kind: DocumentKind;
  readonly size: Size;
  /** Column ratios / row ratios, e.g. `1:2:1 / 1:1`. */
  readonly spec: string;
}

interface CreateProjectBase {
  readonly channelId: number;
  readonly name: string;
  /** The UI's language, for the words the new document starts with; default: the app's language. */
  readonly locale?: Locale;
}

export type CreateProjectRequest =
  | (CreateProjectBase & { readonly templateId: string })
  | (CreateProjectBase & { readonly custom: CustomGridRequest });

export interface SaveProjectRequest {
  readonly id: number;
  readonly documents: readonly EditorDocument[];
  /** A small PNG of the first document for the project list (≤ 512 KB). */
  readonly thumbnailPngBase64?: string;
  /** Rasters of text layers (see rasters.ts); only new or changed ones need to be sent. */
  readonly textRasters?: readonly TextRaster[];
}

export interface SaveProjectResult {
  readonly updatedAt: string;
  readonly textRasterKeys: readonly string[];
}

export interface RenameProjectRequest {
  readonly id: number;
  readonly name: string;
}

export interface BeginAssetUploadRequest {
  readonly projectId: number;
  readonly fileName: string;
  readonly byteLength: number;
  /** What the file is for: a photo or the rich message's video. A refusal then speaks of that. */
  readonly kind?: 'image' | 'video';
}

export interface AppendAssetChunkRequest {
  readonly uploadId: string;
  /** Byte offset of this chunk; chunks must arrive in order. */
  readonly offset: number;
  /** At most assetChunkMaxBytes decoded (browser mode refuses requests over 8 MB). */
  readonly chunkBase64: string;
}

/** Raw bytes per chunk: 4 MB becomes ~5.3 MB of base64, safely under the 8 MB request limit. */
export const assetChunkMaxBytes = 4 * 1024 * 1024;

export type ExportFormat = 'jpeg' | 'png';

export interface ExportProjectRequest {
  readonly id: number;
  readonly format: ExportFormat;
  /** Absolute folder; default: `<data folder>/exports/<project name>-<time>`. */
  readonly outDir?: string;
}

export interface ExportedFile {
  /** Absolute path. */
  readonly path: string;
  readonly bytes: number;
  /** For images. */
  readonly width?: number;
  readonly height?: number;
}

export interface ExportedDocument {
  readonly index: number;
  readonly kind: DocumentKind;
  /** The document's name as its tab shows it (shared/editor/document-set.ts). */
  readonly name: LocalizedText;
  readonly format: ExportFormat;
  /** JPEG quality used (1–100) for the rich-menu image; null for PNG. */
  readonly jpegQuality: number | null;
  /** PNG: palette colours when full colour did not fit in 1 MB; null when full colour or JPEG. */
  readonly pngColours: number | null;
  /** The rich-menu image, or the largest (1040) imagemap file, in bytes. */
  readonly imageBytes: number;
  /** A PNG palette fell under 256 colours, which bands photos: JPEG would look better. */
  readonly suggestJpeg: boolean;
  readonly files: readonly ExportedFile[];
}

export interface ExportResult {
  readonly outDir: string;
  /**
   * Names this export folder for the rest of the run (the app's exports only, never a path): browser
   * mode serves it as a zip at `exportDownloadPath(folderId)`. Absent from the command line's exports.
   */
  readonly folderId?: string;
  readonly documents: readonly ExportedDocument[];
  /** Every file written, for display. */
  readonly files: readonly ExportedFile[];
}

/** Where browser mode serves a finished export folder as a zip; the launch key goes in `?key=`. */
export const exportDownloadPrefix = '/downloads/exports/';
export const exportDownloadPath = (folderId: string): string => `${exportDownloadPrefix}${folderId}.zip`;
