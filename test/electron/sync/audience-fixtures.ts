// Upload audiences of the sandbox's friends for the outbox tests, and what LINE holds of them: a
// local audience made of given user IDs, members appended the way an import appends them (the new
// ones follow to LINE in the same transaction), and the LINE audience a local one became.

import { appendMembers, getAudience, insertAudience } from '../../../electron/audiences/repository';
import type { AudienceRow } from '../../../electron/sandbox/state-audiences';
import { writeTransaction, type SqliteDatabase } from '../../../electron/storage/database';
import { queueAudienceAppend } from '../../../electron/sync/audience-queue';
import { parseIdBytes } from '../../../shared/audiences/ids';
import { audienceMarkerOf } from '../../../shared/sync/audiences';
import type { TestLineSandbox } from '../../helpers/line-sandbox';
import { sandboxChannelId } from './helpers';

/** Packed members from user IDs, in the given order. */
export function packUserIds(userIds: readonly string[]): Uint32Array {
  const packed = new Uint32Array(userIds.length * 4);
  const bytes = new Uint8Array(33);
  userIds.forEach((id, i) => {
    for (let k = 0; k < 33; k++) bytes[k] = id.charCodeAt(k);
    parseIdBytes(bytes, 0, 33, packed, i * 4);
  });
  return packed;
}

/** A local upload audience of these user IDs (not on LINE). */
export function userIdAudience(db: SqliteDatabase, name: string, userIds: readonly string[]): number {
  return writeTransaction(db, () => {
    const id = insertAudience(db, {
      channelId: sandboxChannelId,
      name,
      kind: 'upload',
      idKind: 'userId',
      memberCount: 0,
    });
    appendMembers(db, id, packUserIds(userIds), 0, `${name}.txt`);
    return id;
  });
}

/** Members appended as an import appends them; returns the entries queued for LINE. */
export function appendUserIds(db: SqliteDatabase, audienceId: number, userIds: readonly string[]): number[] {
  return writeTransaction(db, () => {
    const first = getAudience(db, audienceId)?.size ?? 0;
    appendMembers(db, audienceId, packUserIds(userIds), first, 'more.txt');
    return queueAudienceAppend(db, audienceId, first, first + userIds.length);
  });
}

/** The marker that ends the audience's description on LINE. */
export const localMarker = (db: SqliteDatabase, audienceId: number): string | null =>
  db.prepare('SELECT line_marker FROM audiences WHERE id = ?').pluck().get(audienceId) as string | null;

/** LINE's audiences whose description carries this marker. */
export const lineAudiencesMarked = (sandbox: TestLineSandbox, marker: string): AudienceRow[] =>
  sandbox
    .channel()
    .audiences.list()
    .filter((a) => audienceMarkerOf(a.description) === marker);
