// Where the renderer fetches asset bytes, and what an uploaded asset is. The relative URL works in
// both origins: Electron's app://oa-planner/ and browser mode's http://127.0.0.1:PORT/ (main serves it).

import type { Size } from './document';

/** Asset ids are the SHA-256 of the original file, lowercase hex. */
export const assetIdPattern = /^[0-9a-f]{64}$/;

/** `editing`: the downsampled copy the canvas shows; `original`: the file as imported (export uses it). */
export type AssetVariant = 'editing' | 'original';

export const assetVariants: readonly AssetVariant[] = ['editing', 'original'];

/** Path prefix of the asset route in both shells. */
export const assetRoutePrefix = 'assets/';

/**
 * Relative URL of an asset's bytes, e.g. `assets/3fa…?variant=editing`. In browser mode assets are
 * the user's own photos: the renderer fetches them with the launch key in a header, never in the URL.
 */
export function assetUrl(assetId: string, variant: AssetVariant = 'editing'): string {
  return `${assetRoutePrefix}${assetId}?variant=${variant}`;
}

export type AssetMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'video/mp4';

export interface AssetInfo {
  readonly assetId: string;
  /** The original's size in pixels after EXIF orientation (videos: 0×0, the editor does not decode them). */
  readonly natural: Size;
  readonly mime: AssetMime;
  /** The size of the editing copy (equal to natural when the original is small enough). */
  readonly editingSize: Size;
  readonly byteLength: number;
  /** The file name it was imported as, for messages. */
  readonly fileName: string;
}
