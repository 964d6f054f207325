// Chat tags kept locally on friends (LINE's API cannot read or create them): tags, friends, who has
// which tag, chat-tag audiences ("friends with any/all of these tags"), and the tag import file.

import { ApiError } from '../../shared/api/result';
import type { AudienceSummary, ChatTag, TagMatch } from '../../shared/audiences/audience';
import { classifyId } from '../../shared/audiences/ids';
import { checkChatTagName } from '../../shared/audiences/names';
import { TagImportParser, type TagImportReport } from '../../shared/audiences/tags';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { getAudience, insertAudience, requireChannel } from './repository';

export function listChatTags(db: SqliteDatabase, channelId: number): ChatTag[] {
  return (
    db
      .prepare(
        `SELECT t.id, t.channel_id AS channelId, t.name,
                (SELECT count(*) FROM friend_tags f WHERE f.tag_id = t.id) AS friendCount
         FROM chat_tags t WHERE t.channel_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(channelId) as ChatTag[]
  ).map((tag) => ({ ...tag }));
}

function tagNames(db: SqliteDatabase, channelId: number, exceptId?: number): string[] {
  return db
    .prepare('SELECT name FROM chat_tags WHERE channel_id = ? AND id IS NOT ?')
    .pluck()
    .all(channelId, exceptId ?? null) as string[];
}

function assertTagName(db: SqliteDatabase, channelId: number, name: string, exceptId?: number): void {
  const problem = checkChatTagName(name, tagNames(db, channelId, exceptId));
  if (problem === 'taken') {
    throw new ApiError('conflict', { key: 'errors.audiences.tagTaken', params: { name: name.trim() } });
  }
  if (problem) {
    throw new ApiError('invalid-argument', {
      key: 'errors.audiences.tagNameUnusable',
      params: { name, problem: { key: `audiences.nameProblem.${problem}` } },
    });
  }
}

function requireTag(db: SqliteDatabase, tagId: number): { id: number; channel_id: number } {
  const tag = db.prepare('SELECT id, channel_id FROM chat_tags WHERE id = ?').get(tagId) as
    { id: number; channel_id: number } | undefined;
  if (!tag) throw new ApiError('not-found', { key: 'errors.audiences.tagNotFound', params: { id: tagId } });
  return tag;
}

/** Checks and writes in one locked transaction, so another process cannot take the name between. */
export function createChatTag(db: SqliteDatabase, channelId: number, name: string): ChatTag {
  return writeTransaction(db, () => {
    requireChannel(db, channelId);
    assertTagName(db, channelId, name);
    const id = Number(
      db.prepare('INSERT INTO chat_tags (channel_id, name) VALUES (?, ?)').run(channelId, name.trim())
        .lastInsertRowid,
    );
    return { id, channelId, name: name.trim(), friendCount: 0 };
  });
}

export function renameChatTag(db: SqliteDatabase, tagId: number, name: string): void {
  writeTransaction(db, () => {
    const tag = requireTag(db, tagId);
    assertTagName(db, tag.channel_id, name, tagId);
    db.prepare('UPDATE chat_tags SET name = ? WHERE id = ?').run(name.trim(), tagId);
  });
}

/** Deleting a tag removes it from friends and from chat-tag audiences (which then match fewer). */
export function deleteChatTag(db: SqliteDatabase, tagId: number): void {
  requireTag(db, tagId);
  db.prepare('DELETE FROM chat_tags WHERE id = ?').run(tagId);
}

/** Tags friends by hand: every user ID gets every tag. All or nothing. */
export function tagFriends(
  db: SqliteDatabase,
  channelId: number,
  userIds: readonly string[],
  tagIds: readonly number[],
): number {
  requireChannel(db, channelId);
  userIds.forEach((id, index) => {
    if (classifyId(id) !== 'userId') {
      throw new ApiError('invalid-argument', {
        key: 'errors.audiences.entryNotUserId',
        params: { entry: index + 1, id: id.slice(0, 40) },
      });
    }
  });
  for (const tagId of tagIds) {
    if (requireTag(db, tagId).channel_id !== channelId)
      throw new ApiError('invalid-argument', {
        key: 'errors.audiences.tagOtherChannel',
        params: { id: tagId },
      });
  }
  const addFriend = db.prepare('INSERT OR IGNORE INTO friends (channel_id, user_id) VALUES (?, ?)');
  const addTag = db.prepare(
    'INSERT OR IGNORE INTO friend_tags (tag_id, channel_id, user_id) VALUES (?, ?, ?)',
  );
  return writeTransaction(db, () => {
    let added = 0;
    for (const raw of userIds) {
      const userId = raw.trim();
      addFriend.run(channelId, userId);
      for (const tagId of tagIds) added += addTag.run(tagId, channelId, userId).changes;
    }
    return added;
  });
}

export function untagFriend(db: SqliteDatabase, tagId: number, userId: string): void {
  db.prepare('DELETE FROM friend_tags WHERE tag_id = ? AND user_id = ?').run(tagId, userId.trim());
}

export function friendsWithTag(db: SqliteDatabase, tagId: number, limit = 200): string[] {
  return db
    .prepare('SELECT user_id FROM friend_tags WHERE tag_id = ? ORDER BY user_id LIMIT ?')
    .pluck()
    .all(tagId, limit) as string[];
}

/** Imports `userId,tag1;tag2` lines: unknown tags are created. All or nothing. */
export function importTagAssignments(
  db: SqliteDatabase,
  channelId: number,
  bytes: Uint8Array,
): TagImportReport {
  requireChannel(db, channelId);
  const parser = new TagImportParser();
  parser.push(bytes);
  const report = parser.finish();
  if (parser.failure) throw new ApiError('invalid-argument', { key: 'errors.audiences.tagFileNotText' });
  if (report.friends === 0) {
    throw new ApiError('invalid-argument', { key: 'errors.audiences.tagFileNoRows' });
  }
  const existing = new Map(
    (
      db.prepare('SELECT id, name FROM chat_tags WHERE channel_id = ?').all(channelId) as {
        id: number;
        name: string;
      }[]
    ).map((t) => [t.name.toLowerCase(), t.id] as const),
  );
  writeTransaction(db, () => {
    const insertTag = db.prepare('INSERT INTO chat_tags (channel_id, name) VALUES (?, ?)');
    for (const name of report.tagNames) {
      if (!existing.has(name.toLowerCase())) {
        existing.set(name.toLowerCase(), Number(insertTag.run(channelId, name).lastInsertRowid));
      }
    }
    const addFriend = db.prepare('INSERT OR IGNORE INTO friends (channel_id, user_id) VALUES (?, ?)');
    const addTag = db.prepare(
      'INSERT OR IGNORE INTO friend_tags (tag_id, channel_id, user_id) VALUES (?, ?, ?)',
    );
    for (const [userId, names] of parser.assignments) {
      addFriend.run(channelId, userId);
      for (const name of names) addTag.run(existing.get(name.toLowerCase()), channelId, userId);
    }
  });
  return report;
}

export function createChatTagAudience(
  db: SqliteDatabase,
  channelId: number,
  name: string,
  tagIds: readonly number[],
  match: TagMatch,
): AudienceSummary {
  if (tagIds.length === 0) throw new ApiError('invalid-argument', { key: 'errors.audiences.noTags' });
  const id = writeTransaction(db, () => {
    for (const tagId of tagIds) {
      if (requireTag(db, tagId).channel_id !== channelId)
        throw new ApiError('invalid-argument', {
          key: 'errors.audiences.tagOtherChannel',
          params: { id: tagId },
        });
    }
    const audienceId = insertAudience(db, { channelId, name, kind: 'chatTag', tagMatch: match });
    const link = db.prepare('INSERT OR IGNORE INTO audience_tags (audience_id, tag_id) VALUES (?, ?)');
    for (const tagId of tagIds) link.run(audienceId, tagId);
    return audienceId;
  });
  const audience = getAudience(db, id);
  if (!audience) throw new Error('createChatTagAudience: audience vanished after commit');
  return audience;
}
