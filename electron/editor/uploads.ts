// Chunked asset uploads: the renderer sends a file as base64 chunks (browser mode refuses requests
// over 8 MB), main spools them to a temporary file, then validates and stores the whole file at once.
// Nothing touches the project until finish succeeds.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/result';
import type { AssetInfo } from '../../shared/editor/assets';
import { imageUploadMaxBytes, videoMaxBytes } from '../../shared/editor/limits';
import {
  assetChunkMaxBytes,
  type AppendAssetChunkRequest,
  type BeginAssetUploadRequest,
} from '../../shared/editor/project';
import type { SqliteDatabase } from '../storage/database';
import { megabytes, prepareAsset, type IntakeOptions } from './intake';
import { requireProjectRow, storeAsset } from './projects';
import { ensurePrivateDirectory, privateFileMode } from '../storage/private-files';

interface Upload {
  readonly projectId: number;
  readonly fileName: string;
  readonly kind: BeginAssetUploadRequest['kind'];
  readonly byteLength: number;
  readonly file: string;
  received: number;
  lastTouched: number;
}

/** Unfinished uploads are dropped after this long without a chunk. */
const staleAfterMs = 30 * 60 * 1000;

export interface AssetUploads {
  begin(request: BeginAssetUploadRequest): { uploadId: string };
  append(request: AppendAssetChunkRequest): { received: number };
  finish(uploadId: string): Promise<AssetInfo>;
  abort(uploadId: string): void;
  /** Removes every spool file (on shutdown). */
  dispose(): void;
}

export function createAssetUploads(
  db: SqliteDatabase,
  spoolDirectory: string,
  options: IntakeOptions & { readonly now?: () => number } = {},
): AssetUploads {
  const uploads = new Map<string, Upload>();
  const now = options.now ?? Date.now;

  const drop = (uploadId: string): void => {
    const upload = uploads.get(uploadId);
    uploads.delete(uploadId);
    if (upload) fs.rmSync(upload.file, { force: true });
  };
  const sweep = (): void => {
    for (const [id, upload] of uploads) if (now() - upload.lastTouched > staleAfterMs) drop(id);
  };
  // A tab closed mid-upload sends nothing more: drop its spool file on a timer, not only on the next
  // upload. Spool files left by an earlier run that crashed are removed once they are as old.
  const timer = setInterval(sweep, staleAfterMs / 6);
  timer.unref();
  removeStaleSpoolFiles(spoolDirectory, now() - staleAfterMs);

  const require = (uploadId: string): Upload => {
    const upload = uploads.get(uploadId);
    if (!upload) {
      throw new ApiError('not-found', { key: 'errors.uploads.notOpen' });
    }
    return upload;
  };

  return {
    begin(request) {
      sweep();
      const project = requireProjectRow(db, request.projectId);
      if (project.trashed_at !== null) {
        throw new ApiError('conflict', {
          key: 'errors.uploads.projectInTrash',
          params: { name: project.name },
        });
      }
      const name = path.basename(request.fileName);
      if (request.byteLength === 0) {
        throw new ApiError('invalid-argument', { key: 'errors.assets.empty', params: { file: name } });
      }
      // A photo or a video over its own limit is refused in its own words; a file of no stated kind
      // only over the larger of the two.
      if (request.kind === 'image' && request.byteLength > imageUploadMaxBytes) {
        throw new ApiError('invalid-argument', {
          key: 'errors.assets.imageTooLarge',
          params: { file: name, size: megabytes(request.byteLength), max: megabytes(imageUploadMaxBytes) },
        });
      }
      if (request.kind === 'video' && request.byteLength > videoMaxBytes) {
        throw new ApiError('invalid-argument', {
          key: 'errors.assets.videoTooLarge',
          params: { file: name, size: megabytes(request.byteLength), max: megabytes(videoMaxBytes) },
        });
      }
      const max = Math.max(imageUploadMaxBytes, videoMaxBytes);
      if (request.byteLength > max) {
        throw new ApiError('invalid-argument', {
          key: 'errors.uploads.tooLarge',
          params: {
            file: name,
            size: Math.round(request.byteLength / 1048576),
            videoMax: max / 1048576,
            imageMax: imageUploadMaxBytes / 1048576,
          },
        });
      }
      ensurePrivateDirectory(spoolDirectory);
      const uploadId = randomBytes(16).toString('hex');
      const file = path.join(spoolDirectory, `${uploadId}.part`);
      fs.writeFileSync(file, new Uint8Array(0), { mode: privateFileMode });
      uploads.set(uploadId, {
        projectId: request.projectId,
        fileName: name,
        kind: request.kind,
        byteLength: request.byteLength,
        file,
        received: 0,
        lastTouched: now(),
      });
      return { uploadId };
    },

    append(request) {
      const upload = require(request.uploadId);
      if (request.offset !== upload.received) {
        throw new ApiError('conflict', {
          key: 'errors.uploads.wrongOffset',
          params: { file: upload.fileName, expected: upload.received, got: request.offset },
        });
      }
      const chunk = Buffer.from(request.chunkBase64, 'base64');
      if (chunk.length > assetChunkMaxBytes || upload.received + chunk.length > upload.byteLength) {
        drop(request.uploadId);
        throw new ApiError('invalid-argument', {
          key: 'errors.uploads.longerThanAnnounced',
          params: { file: upload.fileName, bytes: upload.byteLength },
        });
      }
      fs.appendFileSync(upload.file, chunk);
      upload.received += chunk.length;
      upload.lastTouched = now();
      return { received: upload.received };
    },

    async finish(uploadId) {
      const upload = require(uploadId);
      uploads.delete(uploadId);
      try {
        if (upload.received !== upload.byteLength) {
          throw new ApiError('invalid-argument', {
            key: 'errors.uploads.incomplete',
            params: { file: upload.fileName, received: upload.received, bytes: upload.byteLength },
          });
        }
        const bytes = fs.readFileSync(upload.file);
        const prepared = await prepareAsset(bytes, upload.fileName, {
          ...options,
          ...(upload.kind ? { expect: upload.kind } : {}),
        });
        return storeAsset(db, upload.projectId, prepared, upload.fileName);
      } finally {
        fs.rmSync(upload.file, { force: true });
      }
    },

    abort(uploadId) {
      drop(uploadId);
    },

    dispose() {
      clearInterval(timer);
      for (const id of [...uploads.keys()]) drop(id);
    },
  };
}

function removeStaleSpoolFiles(spoolDirectory: string, before: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(spoolDirectory);
  } catch {
    return; // No spool folder yet.
  }
  for (const name of names) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(spoolDirectory, name);
    try {
      if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
}
