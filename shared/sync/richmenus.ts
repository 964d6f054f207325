// Rich menus on LINE: how a menu OA Planner creates is recognised again. LINE's "create rich menu"
// takes no retry key, so each creation carries a marker, made and stored before the request leaves,
// at the end of the menu's `name` (never shown to users). After a crash or a lost answer, the menu
// list is read and a menu with the marker is the one already created. Bulk linking goes in chunks.

import { richMenuLimits } from '../line/limits';

/** `oap-` and 16 hex digits. */
export const richMenuMarkerPattern = /^oap-[0-9a-f]{16}$/;
const markedNamePattern = /\s?#(oap-[0-9a-f]{16})$/;

/** A new marker from 8 random bytes (the caller draws them: shared/ has no crypto). */
export function richMenuMarker(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error('richMenuMarker needs 8 random bytes');
  const hex = Array.from(randomBytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
  return `oap-${hex}`;
}

/** The name sent to LINE: the menu's name, shortened where needed, then ` #<marker>`, within 300. */
export function markedRichMenuName(name: string, marker: string): string {
  const suffix = ` #${marker}`;
  const base = Array.from(name.trim())
    .slice(0, richMenuLimits.nameMax - suffix.length)
    .join('');
  return base === '' ? `#${marker}` : `${base}${suffix}`;
}

/** The marker a menu name ends with, or null for a menu made elsewhere. */
export function richMenuMarkerOf(name: string): string | null {
  return markedNamePattern.exec(name)?.[1] ?? null;
}

/** The name without its marker: what the editor shows for a menu pulled from LINE. */
export function unmarkedRichMenuName(name: string): string {
  return name.replace(markedNamePattern, '');
}

/** User IDs in LINE's bulk-link chunks (500 a call). */
export function bulkLinkChunks<T>(
  userIds: readonly T[],
  size: number = richMenuLimits.bulkUserIdsMax,
): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < userIds.length; start += size) chunks.push(userIds.slice(start, start + size));
  return chunks;
}

// ---- Outbox entries ------------------------------------------------------------------------------

/** One menu of a publish, rendered when it was queued: LINE's object and the image, as exported. */
export interface QueuedRichMenu {
  /** Position in the project's tab set, from 0. */
  readonly index: number;
  readonly aliasId: string | null;
  /** The object for LINE's "create rich menu", its name without the marker. */
  readonly richMenu: Readonly<Record<string, unknown>> & { readonly name: string };
  /** SHA-256 of the object and the image: an unchanged menu is left as it is on LINE. */
  readonly hash: string;
  readonly imageType: 'image/jpeg' | 'image/png';
  /** The image bytes, base64. */
  readonly image: string;
}

/** A richMenuPublish entry's payload: a rich-menu project's menus for one channel. */
export interface RichMenuPublishPayload {
  readonly projectId: number;
  readonly project: string;
  readonly setDefault: boolean;
  readonly menus: readonly QueuedRichMenu[];
}

/** A richMenuLink entry's payload: up to 500 users linked to one menu. */
export interface RichMenuLinkPayload {
  readonly projectId: number;
  readonly richMenuId: string;
  readonly userIds: readonly string[];
}

export interface PublishedDocument {
  readonly documentIndex: number;
  readonly richMenuId: string;
  readonly aliasId: string | null;
  /** The menu it replaced on LINE, or null for a first publish. */
  readonly replaced: string | null;
  /** Nothing changed since the last publish: LINE was left as it was. */
  readonly unchanged: boolean;
}

/** What a publish did: a richMenuPublish entry's result. */
export interface PublishReport {
  readonly documents: readonly PublishedDocument[];
  /** The channel's default menu afterwards (null when it has none). */
  readonly defaultRichMenuId: string | null;
  /** Old menus deleted on LINE. */
  readonly deleted: readonly string[];
}

/** One menu a push would create or replace on LINE (the diff before push). */
export interface RichMenuChange {
  readonly documentIndex: number;
  readonly name: string;
  readonly aliasId: string | null;
  /** create: the document has no menu on LINE yet; replace: its menu there is replaced. */
  readonly action: 'create' | 'replace';
  /** The menu replaced, for replace. */
  readonly replaces: string | null;
}

/**
 * What a queued publish changes on LINE: each menu whose content differs from the live one
 * (`live` maps a document index to its live menu's id and hash), unchanged ones left out.
 */
export function richMenuChanges(
  payload: RichMenuPublishPayload,
  live: ReadonlyMap<number, { readonly richMenuId: string; readonly hash: string | null }>,
): RichMenuChange[] {
  return payload.menus.flatMap((menu) => {
    const current = live.get(menu.index);
    if (current?.hash === menu.hash) return [];
    return [
      {
        documentIndex: menu.index,
        name: menu.richMenu.name,
        aliasId: menu.aliasId,
        action: current ? ('replace' as const) : ('create' as const),
        replaces: current?.richMenuId ?? null,
      },
    ];
  });
}
