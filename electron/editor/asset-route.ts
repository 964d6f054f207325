// The asset route both shells serve: `assets/<sha256>?variant=editing|original` (browser mode over
// HTTP, Electron through app://oa-planner/). Vite's own files in assets/ never have a 64-hex name.

import { assetIdPattern, type AssetVariant } from '../../shared/editor/assets';
import type { SqliteDatabase } from '../storage/database';
import { readAsset } from './projects';

const assetPathPattern = /^\/assets\/([0-9a-f]{64})$/;

/** Whether a request path is an asset (not one of the renderer's built files). */
export const isAssetPath = (pathname: string): boolean => assetPathPattern.test(pathname);

export interface AssetResponse {
  readonly status: 200 | 400 | 404;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Answers GET /assets/<id>?variant=…; assets are immutable (content-addressed), so caching is safe. */
export function assetResponse(
  db: SqliteDatabase,
  pathname: string,
  searchParams: URLSearchParams,
): AssetResponse {
  const id = assetPathPattern.exec(pathname)?.[1];
  const variant = searchParams.get('variant') ?? 'editing';
  if (!id || !assetIdPattern.test(id) || (variant !== 'editing' && variant !== 'original')) {
    return { status: 400, contentType: 'text/plain; charset=utf-8', body: Buffer.from('Bad asset request.') };
  }
  const found = readAsset(db, id, variant as AssetVariant);
  if (!found)
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('No such asset.') };
  return { status: 200, contentType: found.mime, body: found.bytes };
}

export const assetCacheControl = 'private, max-age=31536000, immutable';
