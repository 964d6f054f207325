// Checks an imported file and prepares it for the asset store: sniffs what it really is (not what its
// name says), refuses SVGs, empty, truncated, corrupt and oversized files with a message naming the
// file, decodes images fully with sharp, and makes the downsampled editing copy.

import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { ApiError, type ErrorText } from '../../shared/api/result';
import type { AssetMime } from '../../shared/editor/assets';
import {
  editingCopyMaxSide,
  imageMaxInputPixels,
  imageUploadMaxBytes,
  videoMaxBytes,
} from '../../shared/editor/limits';
import type { PreparedAsset } from './projects';

/** A file the editor will not take; the sentence names the file and says why. */
export class AssetRejectedError extends ApiError {
  constructor(text: ErrorText) {
    super('invalid-argument', text);
    this.name = 'AssetRejectedError';
  }
}

export const megabytes = (bytes: number): string =>
  (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/** What the bytes are, from their signature. */
export function sniffMime(bytes: Buffer): AssetMime | 'svg' | null {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  if (bytes.length >= 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp') return 'video/mp4';
  // SVG is XML text: possibly a BOM, whitespace, an XML declaration or comments before <svg.
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<') && /<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/** QuickTime and other ISO-BMFF files also start with ftyp; LINE wants MP4 brands only. */
const quickTimeBrand = 'qt  ';

function checkMp4(bytes: Buffer, fileName: string): void {
  const boxSize = bytes.readUInt32BE(0);
  const brand = bytes.subarray(8, 12).toString('latin1');
  if (brand === quickTimeBrand) {
    throw new AssetRejectedError({ key: 'errors.assets.quickTime', params: { file: fileName } });
  }
  if (boxSize < 16 || boxSize > bytes.length || /^(heic|heix|mif1|msf1|avif|avis)$/.test(brand)) {
    throw new AssetRejectedError({ key: 'errors.assets.notMp4', params: { file: fileName } });
  }
}

export interface IntakeOptions {
  readonly maxSide?: number;
  readonly maxInputPixels?: number;
  /** What the file was chosen as; a file that is something else is refused in those words. */
  readonly expect?: 'image' | 'video';
}

/** Validates one imported file and prepares it for storeAsset; throws AssetRejectedError. */
export async function prepareAsset(
  bytes: Buffer,
  fileName: string,
  options: IntakeOptions = {},
): Promise<PreparedAsset> {
  if (bytes.length === 0)
    throw new AssetRejectedError({ key: 'errors.assets.empty', params: { file: fileName } });
  const mime = sniffMime(bytes);
  if (mime === 'svg') {
    throw new AssetRejectedError({ key: 'errors.assets.svg', params: { file: fileName } });
  }
  if (mime === null) {
    const key =
      options.expect === 'image'
        ? 'errors.assets.notAnImage'
        : options.expect === 'video'
          ? 'errors.assets.notMp4'
          : 'errors.assets.unknownType';
    throw new AssetRejectedError({ key, params: { file: fileName } });
  }
  if (options.expect === 'image' && mime === 'video/mp4') {
    throw new AssetRejectedError({ key: 'errors.assets.videoNotPhoto', params: { file: fileName } });
  }
  if (options.expect === 'video' && mime !== 'video/mp4') {
    throw new AssetRejectedError({ key: 'errors.assets.notMp4', params: { file: fileName } });
  }
  const assetId = createHash('sha256').update(bytes).digest('hex');
  if (mime === 'video/mp4') {
    checkMp4(bytes, fileName);
    if (bytes.length > videoMaxBytes) {
      throw new AssetRejectedError({
        key: 'errors.assets.videoTooLarge',
        params: { file: fileName, size: megabytes(bytes.length), max: megabytes(videoMaxBytes) },
      });
    }
    return { assetId, mime, natural: { width: 0, height: 0 }, original: bytes, editing: null };
  }
  if (bytes.length > imageUploadMaxBytes) {
    throw new AssetRejectedError({
      key: 'errors.assets.imageTooLarge',
      params: { file: fileName, size: megabytes(bytes.length), max: megabytes(imageUploadMaxBytes) },
    });
  }
  const maxPixels = options.maxInputPixels ?? imageMaxInputPixels;
  return prepareImage(bytes, fileName, mime, assetId, maxPixels, options.maxSide ?? editingCopyMaxSide);
}

async function prepareImage(
  bytes: Buffer,
  fileName: string,
  mime: Exclude<AssetMime, 'video/mp4'>,
  assetId: string,
  maxPixels: number,
  maxSide: number,
): Promise<PreparedAsset> {
  // The header first: a decompression bomb (30000×30000 in a few KB) is refused before decoding.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable(fileName, mime);
  }
  const width = metadata.autoOrient.width;
  const height = metadata.autoOrient.height;
  const pageHeight = metadata.pageHeight ?? metadata.height;
  if (width * pageHeight > maxPixels || metadata.width * metadata.height > maxPixels * 4) {
    throw new AssetRejectedError({
      key: 'errors.assets.tooManyPixels',
      params: {
        file: fileName,
        width: metadata.width,
        height: metadata.height,
        max: Math.round(maxPixels / 1e6),
      },
    });
  }
  // Decoding the whole image is the only way to find truncated or corrupt data; the editing copy
  // comes out of the same pass. GIFs: the first frame only (sharp reads page 0 by default).
  const needsCopy =
    mime === 'image/gif' || (metadata.orientation ?? 1) !== 1 || Math.max(width, height) > maxSide;
  const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: maxPixels }).autoOrient();
  try {
    if (!needsCopy) {
      const { info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
      const natural = { width: info.width, height: info.height };
      return { assetId, mime, natural, original: bytes, editing: null };
    }
    const hasAlpha = metadata.hasAlpha;
    const resized = pipeline.resize({
      width: maxSide,
      height: maxSide,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const { data, info } = hasAlpha
      ? await resized.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true })
      : await resized.jpeg({ quality: 88, mozjpeg: false }).toBuffer({ resolveWithObject: true });
    const natural = { width, height: mime === 'image/gif' ? (metadata.pageHeight ?? height) : height };
    return {
      assetId,
      mime,
      natural,
      original: bytes,
      editing: {
        bytes: data,
        mime: hasAlpha ? 'image/png' : 'image/jpeg',
        size: { width: info.width, height: info.height },
      },
    };
  } catch (error) {
    if (error instanceof AssetRejectedError) throw error;
    throw unreadable(fileName, mime);
  }
}

function unreadable(fileName: string, mime: string): AssetRejectedError {
  const type = mime.replace('image/', '').toUpperCase();
  return new AssetRejectedError({ key: 'errors.assets.unreadable', params: { file: fileName, type } });
}
