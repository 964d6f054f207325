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
