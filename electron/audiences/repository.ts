// Audiences in SQLite: rows ↔ AudienceSummary, members as packed 16-byte IDs in blocks, and the
// rules main enforces on writes (name, per-channel maximum). Callers wrap writes in transactions.

import { ApiError } from '../../shared/api/result';
import type {
  AudienceFailure,
  AudienceKind,
  AudienceStatus,
  AudienceSummary,
  TagMatch,
} from '../../shared/audiences/audience';
import type { MemberIdKind } from '../../shared/audiences/ids';
import { maxAudiencesPerChannel } from '../../shared/audiences/limits';
import { isAscending, sortMembers } from '../../shared/audiences/member-set';
import { checkAudienceName } from '../../shared/audiences/names';
import { assertNever } from '../../shared/domain/assert';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { queueAudienceDelete, queueAudienceRename } from '../sync/audience-queue';

/**
 * Members per block: 256 KB blobs. Larger ones cost more to write than their size: SQLite copies a
 * blob whole several times on insert, and fresh memory that large comes page by page from the OS.
 */
export const membersPerBlock = 1 << 14;

interface AudienceRow {
  readonly id: number;
  readonly channel_id: number;
  readonly name: string;
  readonly kind: AudienceKind;
  readonly id_kind: MemberIdKind | null;
  readonly member_count: number | null;
  readonly status: AudienceStatus;
  readonly failure: AudienceFailure | null;
  readonly tag_match: TagMatch | null;
  readonly broadcast_id: number | null;
  readonly click_url: string | null;
  readonly rate: number | null;
  readonly line_audience_group_id: string | null;
  readonly line_type: string | null;
  readonly line_created_at: string | null;
  readonly line_expires_at: string | null;
  readonly line_create_route: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly tag_ids: string | null;
}

const selectAudiences = `
  SELECT a.id, a.channel_id, a.name, a.kind, a.id_kind, a.member_count, a.status, a.failure, a.tag_match,
         a.broadcast_id, a.click_url, a.rate, a.line_audience_group_id, a.line_type, a.line_created_at,
         a.line_expires_at, a.line_create_route, a.created_at, a.updated_at,
         (SELECT group_concat(t.tag_id) FROM audience_tags t WHERE t.audience_id = a.id) AS tag_ids
  FROM audiences a`;

function toSummary(row: AudienceRow, chatTagSize?: number): AudienceSummary {
  return {
    id: row.id,
    channelId: row.channel_id,
    name: row.name,
    kind: row.kind,
    idKind: row.kind === 'chatTag' ? 'userId' : row.id_kind,
    size: row.kind === 'chatTag' ? (chatTagSize ?? 0) : row.member_count,
    status: row.status,
    failure: row.failure,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lineCreatedAt: row.line_created_at,
    lineAudienceGroupId: row.line_audience_group_id,
    lineType: row.line_type,
    ...(row.line_expires_at === null ? {} : { lineExpiresAt: row.line_expires_at }),
    ...(row.line_create_route === null ? {} : { lineCreateRoute: row.line_create_route }),
    tagIds: row.tag_ids
      ? row.tag_ids
          .split(',')
          .map(Number)
          .sort((a, b) => a - b)
      : [],
    tagMatch: row.tag_match,
    retargeting:
      row.broadcast_id === null || row.rate === null
        ? null
        : { broadcastId: row.broadcast_id, clickUrl: row.click_url, rate: row.rate },
  };
}

export function listAudiences(db: SqliteDatabase, channelId: number): AudienceSummary[] {
  const rows = db
    .prepare(`${selectAudiences} WHERE a.channel_id = ? ORDER BY a.created_at DESC, a.id DESC`)
    .all(channelId) as AudienceRow[];
  return rows.map((row) => toSummary(row, row.kind === 'chatTag' ? chatTagAudienceSize(db, row) : undefined));
}

export function getAudience(db: SqliteDatabase, audienceId: number): AudienceSummary | undefined {
  const row = db.prepare(`${selectAudiences} WHERE a.id = ?`).get(audienceId) as AudienceRow | undefined;
  if (!row) return undefined;
  return toSummary(row, row.kind === 'chatTag' ? chatTagAudienceSize(db, row) : undefined);
}

export function requireAudience(db: SqliteDatabase, audienceId: number): AudienceSummary {
  const audience = getAudience(db, audienceId);
  if (!audience)
    throw new ApiError('not-found', { key: 'errors.audiences.notFound', params: { id: audienceId } });
  return audience;
}

export function requireChannel(db: SqliteDatabase, channelId: number): void {
  if (!db.prepare('SELECT 1 FROM channels WHERE id = ?').get(channelId)) {
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
  }
}

/** Members of a chat-tag audience: friends with any (or all) of its tags. */
function chatTagSql(match: TagMatch): string {
  switch (match) {
    case 'any':
      return `SELECT DISTINCT f.user_id FROM friend_tags f JOIN audience_tags t ON t.tag_id = f.tag_id
              WHERE t.audience_id = @audienceId`;
    case 'all':
      return `SELECT f.user_id FROM friend_tags f JOIN audience_tags t ON t.tag_id = f.tag_id
              WHERE t.audience_id = @audienceId GROUP BY f.user_id
              HAVING count(*) = (SELECT count(*) FROM audience_tags WHERE audience_id = @audienceId)`;
    default:
      return assertNever(match, 'chatTagSql');
  }
}

function chatTagAudienceSize(db: SqliteDatabase, row: AudienceRow): number {
  const match = row.tag_match ?? 'any';
  return (
    db.prepare(`SELECT count(*) AS n FROM (${chatTagSql(match)})`).get({ audienceId: row.id }) as {
      n: number;
    }
  ).n;
}

export function chatTagAudienceMembers(db: SqliteDatabase, audienceId: number, match: TagMatch): string[] {
  return (db.prepare(chatTagSql(match)).pluck().all({ audienceId }) as string[]).sort();
}

/** Throws unless the name is valid and free in the channel (LINE compares names without case). */
export function assertAudienceName(
  db: SqliteDatabase,
  channelId: number,
  name: string,
  exceptId?: number,
): void {
  const taken = db
    .prepare(
      `SELECT name FROM audiences WHERE channel_id = ? AND kind <> 'line' AND id IS NOT ? AND name = ? COLLATE NOCASE`,
    )
    .pluck()
    .all(channelId, exceptId ?? null, name.trim()) as string[];
  const problem = checkAudienceName(name, taken);
  if (problem)
    throw new ApiError(problem === 'taken' ? 'conflict' : 'invalid-argument', {
      key: 'errors.audiences.nameUnusable',
      params: { name, problem: { key: `audiences.nameProblem.${problem}` } },
    });
}

/** AUDIENCE_GROUP_COUNT_MAX_OVER, enforced locally before LINE would refuse it. */
export function assertRoomForAudience(db: SqliteDatabase, channelId: number): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM audiences WHERE channel_id = ?').get(channelId) as {
    n: number;
  };
  if (n >= maxAudiencesPerChannel) {
    throw new ApiError('conflict', {
      key: 'errors.audiences.tooMany',
      params: { max: maxAudiencesPerChannel },
    });
  }
}

export interface NewAudienceRow {
  readonly channelId: number;
  readonly name: string;
  readonly kind: Exclude<AudienceKind, 'line'>;
  readonly idKind?: MemberIdKind | null;
  readonly memberCount?: number | null;
  readonly tagMatch?: TagMatch | null;
  readonly broadcastId?: number | null;
  readonly clickUrl?: string | null;
  readonly rate?: number | null;
}

/** Inserts a local audience after the name and count checks; returns its id. Call inside a transaction. */
export function insertAudience(db: SqliteDatabase, row: NewAudienceRow): number {
  requireChannel(db, row.channelId);
  assertAudienceName(db, row.channelId, row.name);
  assertRoomForAudience(db, row.channelId);
  const result = db
    .prepare(
      `INSERT INTO audiences (channel_id, name, kind, id_kind, member_count, tag_match, broadcast_id, click_url, rate)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.channelId,
      row.name.trim(),
      row.kind,
      row.idKind ?? null,
      row.memberCount ?? null,
      row.tagMatch ?? null,
      row.broadcastId ?? null,
      row.clickUrl ?? null,
      row.rate ?? null,
    );
  return Number(result.lastInsertRowid);
}

/** Checks and writes in one locked transaction, so another process cannot take the name between. */
export function renameAudience(db: SqliteDatabase, audienceId: number, name: string): AudienceSummary {
  return writeTransaction(db, () => {
    const audience = requireAudience(db, audienceId);
    if (audience.kind === 'line') throw new ApiError('conflict', { key: 'errors.audiences.readOnly' });
    assertAudienceName(db, audience.channelId, name, audienceId);
    db.prepare(
      `UPDATE audiences SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
    ).run(name.trim(), audienceId);
    // On LINE (or on its way there), the description follows in the same transaction.
    if (name.trim() !== audience.name) queueAudienceRename(db, audienceId, name.trim());
    return requireAudience(db, audienceId);
  });
}

export function deleteAudience(db: SqliteDatabase, audienceId: number): void {
  writeTransaction(db, () => {
    const audience = requireAudience(db, audienceId);
    if (audience.kind === 'line') throw new ApiError('conflict', { key: 'errors.audiences.readOnly' });
    // What deleting it on LINE needs is kept with the queued deletion.
    queueAudienceDelete(db, audienceId);
    db.prepare('DELETE FROM audiences WHERE id = ?').run(audienceId);
  });
}

/**
 * Appends packed members as new blocks (existing blocks are never rewritten) and records the upload;
 * the members are stored in ascending order.
 * `first` is the number of members the audience had before. Call inside a transaction.
 */
export function appendMembers(
  db: SqliteDatabase,
  audienceId: number,
  packed: Uint32Array,
  first: number,
  fileName: string,
): void {
  const next = db.prepare(
    'SELECT coalesce(max(block) + 1, 0) AS n FROM audience_member_blocks WHERE audience_id = ?',
  );
  let block = (next.get(audienceId) as { n: number }).n;
  const insert = db.prepare(
    'INSERT INTO audience_member_blocks (audience_id, block, member_count, members) VALUES (?, ?, ?, ?)',
  );
  // Each upload is stored as one ascending run: counts then merge runs (membershipHistogram).
  const members = isAscending(packed) ? packed : sortMembers(packed);
  const total = members.length / 4;
  for (let start = 0; start < total; start += membersPerBlock) {
    const end = Math.min(total, start + membersPerBlock);
    const view = members.subarray(start * 4, end * 4);
    // Packed words are stored in the machine's byte order (little-endian on every supported OS).
    insert.run(audienceId, block++, end - start, Buffer.from(view.buffer, view.byteOffset, view.byteLength));
  }
  db.prepare(
    `UPDATE audiences SET member_count = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(first + total, audienceId);
  db.prepare(
    'INSERT INTO audience_uploads (audience_id, file_name, first_member, added) VALUES (?, ?, ?, ?)',
  ).run(audienceId, fileName.slice(0, 1000) || 'file', first, total);
}

/**
 * The stored blocks of an upload audience's members, in order: each block packed members (four
 * little-endian words each), upload by upload and each upload in ascending order.
 */
export function memberBlocks(db: SqliteDatabase, audienceId: number): Buffer[] {
  const rows = db
    .prepare('SELECT members FROM audience_member_blocks WHERE audience_id = ? ORDER BY block')
    .pluck()
    .all(audienceId) as Buffer[];
  return rows;
}

/** Every member of an upload audience, packed: upload by upload, each in ascending order. */
export function loadMembers(db: SqliteDatabase, audienceId: number): Uint32Array {
  const blocks = memberBlocks(db, audienceId);
  const total = blocks.reduce((sum, b) => sum + b.byteLength, 0) / 16;
  // One block: its own buffer, when aligned for 32-bit words, is used as it is.
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only && only.byteOffset % 4 === 0) return new Uint32Array(only.buffer, only.byteOffset, total * 4);
  const out = new Uint32Array(total * 4);
  const bytes = new Uint8Array(out.buffer);
  let at = 0;
  for (const members of blocks) {
    bytes.set(members, at);
    at += members.byteLength;
  }
  return out;
}
