// Queueing audience changes for LINE: an audience goes to LINE when a send needs it (or when the
// user uploads it), and from then on each local change (members appended, a new name, deletion)
// queues its outbox entry in the transaction that makes the change, so a crash can neither lose it
// nor do it twice. An entry's payload never holds members: the worker reads them when it runs.
// Plain SQL on purpose: the audiences' repository calls this, and this must not import it back.

import { randomBytes, randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/result';
import {
  audienceMarker,
  uploadParts,
  type AudienceAddPayload,
  type AudienceCreatePayload,
  type AudienceDeletePayload,
  type AudienceEntryKind,
  type AudienceRenamePayload,
} from '../../shared/sync/audiences';
import type { SqliteDatabase } from '../storage/database';
import { insertOutboxEntry, markFailure } from './outbox-store';

interface AudienceLineRow {
  readonly id: number;
  readonly channel_id: number;
  readonly name: string;
  readonly kind: string;
  readonly member_count: number | null;
  readonly status: string;
  readonly line_audience_group_id: string | null;
  readonly line_marker: string | null;
}

function audienceLineRow(db: SqliteDatabase, audienceId: number): AudienceLineRow | undefined {
  return db
    .prepare(
      `SELECT id, channel_id, name, kind, member_count, status, line_audience_group_id, line_marker
       FROM audiences WHERE id = ?`,
    )
    .get(audienceId) as AudienceLineRow | undefined;
}

/** Local audience kinds sync can make on LINE (read-only ones are there already). */
export const uploadableAudienceKinds: ReadonlySet<string> = new Set([
  'upload',
  'chatTag',
  'click',
  'impression',
]);

/** Whether the audience is on LINE, or its creation is queued (or running, or done). */
export function audienceGoesToLine(db: SqliteDatabase, audienceId: number): boolean {
  const row = audienceLineRow(db, audienceId);
  if (!row) return false;
  if (row.line_audience_group_id !== null) return true;
  return (
    db
      .prepare(
        `SELECT 1 FROM outbox WHERE audience_id = ? AND kind = 'audienceCreate' AND state IN ('pending', 'running', 'done')`,
      )
      .get(audienceId) !== undefined
  );
}

/**
 * Whether members of the audience are still on their way to LINE: its creation or an addition is
 * queued (before the entry `before`, when given) and not done. A send to it waits for them, or LINE
 * would send to the audience without them; members added after the send was queued do not hold it.
 */
export function hasOpenAudienceUpload(db: SqliteDatabase, audienceId: number, before?: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM outbox WHERE audience_id = ? AND kind IN ('audienceCreate', 'audienceAdd')
           AND finished_at IS NULL AND id < ?`,
      )
      .get(audienceId, before ?? Number.MAX_SAFE_INTEGER) !== undefined
  );
}

function insertAudienceEntry(
  db: SqliteDatabase,
  row: Pick<AudienceLineRow, 'channel_id' | 'id'> | { channel_id: number; id: null },
  kind: AudienceEntryKind,
  part: number,
  payload: AudienceCreatePayload | AudienceAddPayload | AudienceRenamePayload | AudienceDeletePayload,
  uuid: () => string,
): number {
  return insertOutboxEntry(db, {
    channelId: row.channel_id,
    kind,
    campaignId: null,
    part,
    payload,
    cost: 0,
    // Audience calls take no retry key; the column is kept unique per entry all the same.
    retryKey: uuid(),
    audienceId: row.id,
  });
}

/** The audience's marker, made and stored now if it has none. */
function markerOf(db: SqliteDatabase, row: AudienceLineRow): string {
  if (row.line_marker) return row.line_marker;
  const marker = audienceMarker(randomBytes(8));
  db.prepare('UPDATE audiences SET line_marker = ? WHERE id = ?').run(marker, row.id);
  return marker;
}

/**
 * Queues the audience's creation on LINE (an upload audience above 1,500,000 IDs as a creation and
 * additions of the rest), unless it is on LINE or queued already; returns the new entries' ids.
 * Call inside the transaction of the change that needs it.
 */
export function queueAudienceUpload(
  db: SqliteDatabase,
  audienceId: number,
  uuid: () => string = randomUUID,
): number[] {
  const row = audienceLineRow(db, audienceId);
  if (!row) throw new ApiError('not-found', { key: 'errors.audiences.notFound', params: { id: audienceId } });
  if (audienceGoesToLine(db, audienceId)) return [];
  if (!uploadableAudienceKinds.has(row.kind))
    throw new ApiError('conflict', { key: 'errors.audiences.readOnly' });
  if (row.kind === 'upload' && (row.member_count ?? 0) === 0)
    throw new ApiError('conflict', { key: 'errors.sync.audienceEmpty', params: { name: row.name } });
  const marker = markerOf(db, row);
  if (row.kind !== 'upload')
    return [insertAudienceEntry(db, row, 'audienceCreate', 0, { audienceId, marker }, uuid)];
  const [first, ...rest] = uploadParts(0, row.member_count ?? 0);
  const ids = [
    insertAudienceEntry(db, row, 'audienceCreate', 0, { audienceId, marker, to: first?.to ?? 0 }, uuid),
  ];
  rest.forEach((range, i) =>
    ids.push(insertAudienceEntry(db, row, 'audienceAdd', i + 1, { audienceId, ...range }, uuid)),
  );
  return ids;
}

/** Members [from, to) were appended locally: they follow to LINE if the audience goes there. */
export function queueAudienceAppend(
  db: SqliteDatabase,
  audienceId: number,
  from: number,
  to: number,
  uuid: () => string = randomUUID,
): number[] {
  const row = audienceLineRow(db, audienceId);
  if (!row || row.kind !== 'upload' || to <= from || !audienceGoesToLine(db, audienceId)) return [];
  return uploadParts(from, to).map((range) =>
    insertAudienceEntry(db, row, 'audienceAdd', 0, { audienceId, ...range }, uuid),
  );
}

/** The audience was renamed locally: LINE's description follows if it goes there. */
export function queueAudienceRename(
  db: SqliteDatabase,
  audienceId: number,
  name: string,
  uuid: () => string = randomUUID,
): number[] {
  const row = audienceLineRow(db, audienceId);
  if (!row || !audienceGoesToLine(db, audienceId)) return [];
  const marker = markerOf(db, row);
  return [insertAudienceEntry(db, row, 'audienceRename', 0, { audienceId, marker, name }, uuid)];
}

/**
 * The audience is about to be deleted locally: its open entries go (those that never reached LINE
 * are dropped, the others fail, saying why) and, when it is on LINE or may be, a deletion is queued
 * holding what it needs (LINE's id, or the marker to find it by). Call in the deleting transaction,
 * before the row goes.
 */
export function queueAudienceDelete(
  db: SqliteDatabase,
  audienceId: number,
  uuid: () => string = randomUUID,
): number[] {
  const row = audienceLineRow(db, audienceId);
  if (!row) return [];
  const open = db
    .prepare(
      `SELECT id, attempts FROM outbox WHERE audience_id = ? AND state IN ('pending', 'running') ORDER BY id`,
    )
    .all(audienceId) as { id: number; attempts: number }[];
  for (const entry of open) {
    if (entry.attempts === 0) db.prepare('DELETE FROM outbox WHERE id = ?').run(entry.id);
    else
      markFailure(db, entry.id, 'failed', { key: 'errors.sync.audienceDeleted', params: { name: row.name } });
  }
  const tried =
    db
      .prepare(`SELECT 1 FROM outbox WHERE audience_id = ? AND kind = 'audienceCreate' AND attempts > 0`)
      .get(audienceId) !== undefined;
  if (row.line_audience_group_id === null && !tried) return [];
  return [
    insertAudienceEntry(
      db,
      { channel_id: row.channel_id, id: null },
      'audienceDelete',
      0,
      { audienceGroupId: row.line_audience_group_id, marker: row.line_marker, name: row.name },
      uuid,
    ),
  ];
}

/**
 * Chat-tag audiences are uploaded as upload audiences, which LINE deletes 180 days after creating
 * them: once one is due for its refresh (shared/audiences/lifecycle.ts), a new upload of its
 * current friends is queued under a new marker, replacing LINE's old audience (deleted once the new
 * one is made). Returns the new entries' ids.
 */
export function queueChatTagRefreshes(
  db: SqliteDatabase,
  channelId: number,
  now: number,
  dueAt: (audienceId: number) => Date | null,
  uuid: () => string = randomUUID,
): number[] {
  const rows = db
    .prepare(
      `SELECT id, channel_id, name, kind, member_count, status, line_audience_group_id, line_marker FROM audiences
       WHERE channel_id = ? AND kind = 'chatTag' AND line_audience_group_id IS NOT NULL`,
    )
    .all(channelId) as AudienceLineRow[];
  const ids: number[] = [];
  for (const row of rows) {
    const due = dueAt(row.id);
    if (due === null || now < due.getTime()) continue;
    const open = db
      .prepare(
        `SELECT 1 FROM outbox WHERE audience_id = ? AND kind = 'audienceCreate' AND state IN ('pending', 'running')`,
      )
      .get(row.id);
    if (open !== undefined) continue;
    const marker = audienceMarker(randomBytes(8));
    db.prepare('UPDATE audiences SET line_marker = ? WHERE id = ?').run(marker, row.id);
    ids.push(
      insertAudienceEntry(
        db,
        row,
        'audienceCreate',
        0,
        { audienceId: row.id, marker, replaces: row.line_audience_group_id ?? '' },
        uuid,
      ),
    );
  }
  return ids;
}

/** LINE ids and markers of audiences deleted here whose deletion on LINE is still queued (a pull skips them). */
export function audiencesBeingDeleted(
  db: SqliteDatabase,
  channelId: number,
): { readonly groupIds: ReadonlySet<string>; readonly markers: ReadonlySet<string> } {
  const payloads = db
    .prepare(
      `SELECT payload FROM outbox WHERE channel_id = ? AND kind = 'audienceDelete' AND state IN ('pending', 'running')`,
    )
    .pluck()
    .all(channelId) as string[];
  const groupIds = new Set<string>();
  const markers = new Set<string>();
  for (const text of payloads) {
    const payload = JSON.parse(text) as AudienceDeletePayload;
    if (payload.audienceGroupId) groupIds.add(payload.audienceGroupId);
    if (payload.marker) markers.add(payload.marker);
  }
  return { groupIds, markers };
}
