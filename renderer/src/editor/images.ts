// Loads the downsampled editing copies of photos (never the originals: 20 twelve-megapixel photos
// would not fit in memory) and shares one HTMLImageElement per asset across the canvas, the preview
// and the thumbnails. In browser mode the bytes are fetched with the launch key in a header and
// shown through an object URL, so the key never appears in an address.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { browserKeyHeader } from '../../../shared/api/browser-protocol';
import { assetUrl, type AssetVariant } from '../../../shared/editor/assets';
import { assetAccessKey } from '../bridge/api';
import type { PhotoFill, Rect } from '../../../shared/editor/document';

type Entry =
  | { readonly status: 'loading'; readonly image: HTMLImageElement }
  | { readonly status: 'ready'; readonly image: HTMLImageElement }
  | { readonly status: 'failed'; readonly image: HTMLImageElement };

const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();
let version = 0;

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

function load(assetId: string): Entry {
  const known = cache.get(assetId);
  if (known) return known;
  const image = new Image();
  image.decoding = 'async';
  const entry: Entry = { status: 'loading', image };
  cache.set(assetId, entry);
  image.onload = () => {
    cache.set(assetId, { status: 'ready', image });
    notify();
  };
  const failed = () => {
    cache.set(assetId, { status: 'failed', image });
    notify();
  };
  image.onerror = failed;
  const key = assetAccessKey();
  if (key === null) image.src = assetUrl(assetId, 'editing');
  else fetchAsObjectUrl(assetUrl(assetId, 'editing'), key).then((url) => (image.src = url), failed);
  return entry;
}

/**
 * A URL the page can show a file of the app at: the address itself in the desktop app (app://),
 * in browser mode the bytes fetched with the key in a header, as an object URL.
 */
export function keyedObjectUrl(url: string): Promise<string> {
  const key = assetAccessKey();
  return key === null ? Promise.resolve(url) : fetchAsObjectUrl(url, key);
}

/** An asset (either variant) as a URL for an <img> or <video>, undefined while it loads. */
export function useAssetUrl(assetId: string, variant: AssetVariant): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    keyedObjectUrl(assetUrl(assetId, variant)).then(
      (found) => {
        made = found;
        if (live) setUrl(found);
        else if (found.startsWith('blob:')) URL.revokeObjectURL(found);
      },
      () => undefined,
    );
    return () => {
      live = false;
      setUrl(undefined);
      if (made?.startsWith('blob:')) URL.revokeObjectURL(made);
    };
  }, [assetId, variant]);
  return url;
}

/** The asset's bytes as an object URL, fetched with the key in a header (browser mode). */
async function fetchAsObjectUrl(url: string, key: string): Promise<string> {
  const response = await fetch(url, { headers: { [browserKeyHeader]: key } });
  if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
  // Kept for the session, like the image itself: the cache holds one per asset.
  return URL.createObjectURL(await response.blob());
}

/** The editing copy of an asset once it has loaded, or undefined while it loads (or failed). */
export function useEditingImage(assetId: string | undefined): HTMLImageElement | undefined {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  if (!assetId) return undefined;
  const entry = load(assetId);
  return entry.status === 'ready' ? entry.image : undefined;
}

/** Resolves when every listed asset has loaded (or failed): before thumbnails and rasters. */
export function whenImagesLoaded(assetIds: readonly string[]): Promise<void> {
  return Promise.all(
    assetIds.map(
      (id) =>
        new Promise<void>((resolve) => {
          const entry = load(id);
          if (entry.status !== 'loading') return resolve();
          const check = () => {
            if (cache.get(id)?.status !== 'loading') {
              listeners.delete(check);
              resolve();
            }
          };
          listeners.add(check);
        }),
    ),
  ).then(() => undefined);
}

/**
 * The crop of a photo fill in the editing copy's pixels: crops are stored in the original's pixels,
 * and the editing copy may be smaller.
 */
export function editingCrop(photo: PhotoFill, image: HTMLImageElement): Rect {
  const sx = image.naturalWidth / photo.natural.width;
  const sy = image.naturalHeight / photo.natural.height;
  return {
    x: photo.crop.x * sx,
    y: photo.crop.y * sy,
    width: photo.crop.width * sx,
    height: photo.crop.height * sy,
  };
}
