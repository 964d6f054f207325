// Audiences that exist on LINE but were made elsewhere (OA Manager: chat tag, friend path, web
// traffic…): stored read-only for use as operands. Sync calls upsertLineAudiences with what
// GET /v2/bot/audienceGroup/list returned; nothing is seeded.

import type { AudienceFailure, AudienceStatus } from '../../shared/audiences/audience';
import { audienceMarkerOf } from '../../shared/sync/audiences';
import { apiCreateRoute, audienceExpiresAt } from '../../shared/sync/pull';
import { audiencesBeingDeleted } from '../sync/audience-queue';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

/** The fields of LINE's audienceGroup object this app keeps (created is UNIX seconds). */
export interface LineAudienceGroup {
  readonly audienceGroupId: string;
  readonly type: string;
  readonly description: string;
  readonly status: string;
  readonly failedType: string | null;
  readonly audienceCount: number;
  readonly created: number;
  /** How LINE says it was made (OA_MANAGER, MESSAGING_API…), when it says. */
  readonly createRoute?: string;
}

/** What an upsert changed: read-only audiences added, audiences updated, read-only ones removed. */
export interface LineAudienceChanges {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
}

function toStatus(status: string): AudienceStatus {
  // INACTIVE / ACTIVATING apply to ads audiences; for sending they behave as not ready.
  return status === 'READY' || status === 'FAILED' || status === 'EXPIRED' ? status : 'IN_PROGRESS';
}

function toFailure(failedType: string | null, status: AudienceStatus): AudienceFailure | null {
  if (status !== 'FAILED') return null;
  return failedType === 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT' ? 'too-few-members' : 'internal';
}

/**
 * Inserts or updates the read-only audiences of a channel and removes those LINE no longer lists,
 * in one transaction. Audiences created by this app (matched by audienceGroupId) are left alone.
 */
export function upsertLineAudiences(
  db: SqliteDatabase,
  channelId: number,
  groups: readonly LineAudienceGroup[],
): LineAudienceChanges {
  const upsert = db.prepare(
    `INSERT INTO audiences (channel_id, name, kind, member_count, status, failure, line_audience_group_id, line_type,
        line_created_at, line_synced_at, line_expires_at, line_create_route)
     VALUES (@channelId, @name, 'line', @count, @status, @failure, @groupId, @type, @created,
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), @expires, @route)
     ON CONFLICT (channel_id, line_audience_group_id) WHERE line_audience_group_id IS NOT NULL DO UPDATE SET
        name = CASE WHEN kind = 'line' THEN excluded.name ELSE name END,
        member_count = CASE WHEN kind = 'line' THEN excluded.member_count ELSE member_count END,
        status = excluded.status, failure = excluded.failure, line_synced_at = excluded.line_synced_at,
        line_expires_at = excluded.line_expires_at, line_create_route = excluded.line_create_route`,
  );
  const existing = db.prepare('SELECT 1 FROM audiences WHERE channel_id = ? AND line_audience_group_id = ?');
  const markedLocally = db.prepare(
    'SELECT 1 FROM audiences WHERE channel_id = ? AND line_marker = ? AND line_audience_group_id IS NULL',
  );
  return writeTransaction(db, () => {
    let added = 0;
    let updated = 0;
    // Audiences this app is creating (found by their marker) or deleting are its own, not read-only ones.
    const deleting = audiencesBeingDeleted(db, channelId);
    const own = (group: LineAudienceGroup): boolean => {
      if (deleting.groupIds.has(group.audienceGroupId)) return true;
      const marker = audienceMarkerOf(group.description);
      return (
        marker !== null &&
        (deleting.markers.has(marker) || markedLocally.get(channelId, marker) !== undefined)
      );
    };
    for (const group of groups) {
      if (own(group)) continue;
      const status = toStatus(group.status);
      if (existing.get(channelId, group.audienceGroupId) === undefined) added++;
      else updated++;
      upsert.run({
        channelId,
        name: group.description.slice(0, 120) || group.audienceGroupId,
        count: group.audienceCount,
        status,
        failure: toFailure(group.failedType, status),
        groupId: group.audienceGroupId,
        type: group.type,
        created: new Date(group.created * 1000).toISOString(),
        expires: audienceExpiresAt(group.created),
        route: group.createRoute ?? apiCreateRoute,
      });
    }
    const keep = new Set(groups.map((g) => g.audienceGroupId));
    const listed = db
      .prepare(
        `SELECT id, line_audience_group_id AS groupId FROM audiences WHERE channel_id = ? AND kind = 'line'`,
      )
      .all(channelId) as { id: number; groupId: string }[];
    const remove = db.prepare('DELETE FROM audiences WHERE id = ?');
    let removed = 0;
    for (const row of listed)
      if (!keep.has(row.groupId)) {
        remove.run(row.id);
        removed++;
      }
    return { added, updated, removed };
  });
}
