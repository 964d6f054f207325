// Sends a file to the project's asset store in chunks (browser mode refuses requests over 8 MB), after
// the checks the renderer can make without decoding: type and size. Main decodes and refuses corrupt
// files, decompression bombs and the like, naming the file; this module passes its message through.

import type { ApiClient } from '../../../shared/api/client';
import type { AssetInfo } from '../../../shared/editor/assets';
import { acceptedImageMimeTypes, imageUploadMaxBytes, videoMaxBytes } from '../../../shared/editor/limits';
import { assetChunkMaxBytes } from '../../../shared/editor/project';

export type UploadKind = 'image' | 'video';

/** Why a file was refused before upload; the UI renders `editor.import.<code>` naming the file. */
export type UploadRefusal = 'notImage' | 'svg' | 'empty' | 'tooLarge' | 'notMp4';

export class UploadRefused extends Error {
  constructor(
    readonly code: UploadRefusal,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${code}`);
    this.name = 'UploadRefused';
  }
}

const extensionMime: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  svg: 'image/svg+xml',
};

function mimeOf(file: File): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return extensionMime[extension] ?? '';
}

export function checkFile(file: File, kind: UploadKind): void {
  const mime = mimeOf(file);
  if (kind === 'image') {
    if (mime === 'image/svg+xml') throw new UploadRefused('svg', file.name);
    if (!(acceptedImageMimeTypes as readonly string[]).includes(mime))
      throw new UploadRefused('notImage', file.name);
    if (file.size > imageUploadMaxBytes) throw new UploadRefused('tooLarge', file.name);
  } else {
    if (mime !== 'video/mp4') throw new UploadRefused('notMp4', file.name);
    if (file.size > videoMaxBytes) throw new UploadRefused('tooLarge', file.name);
  }
  if (file.size === 0) throw new UploadRefused('empty', file.name);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

export async function uploadAsset(
  api: ApiClient,
  projectId: number,
  file: File,
  kind: UploadKind,
): Promise<AssetInfo> {
  checkFile(file, kind);
  const { uploadId } = await api.beginAssetUpload({
    projectId,
    fileName: file.name,
    byteLength: file.size,
    kind,
  });
  try {
    for (let offset = 0; offset < file.size; offset += assetChunkMaxBytes) {
      const chunk = new Uint8Array(await file.slice(offset, offset + assetChunkMaxBytes).arrayBuffer());
      await api.appendAssetChunk({ uploadId, offset, chunkBase64: toBase64(chunk) });
    }
    return await api.finishAssetUpload(uploadId);
  } catch (error) {
    await api.abortAssetUpload(uploadId).catch(() => undefined);
    throw error;
  }
}
