// Channels with their connections in SQLite (migration 0005-channel-connections): a LINE channel is
// a `channels` row plus its `channel_connections` row, written together. The token's ciphertext is
// read only by `storedSecret`, for the main-process code that talks to LINE.

import type { ChannelKind } from '../../shared/domain/channel';
import type { LineBotInfo, SecretStoreKind } from '../../shared/channels/model';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

export interface ChannelRecord {
  readonly channelId: number;
  readonly name: string;
  readonly kind: ChannelKind;
  readonly connection: ConnectionRecord | null;
}

export interface ConnectionRecord {
  readonly apiBaseUrl: string | null;
  readonly dataApiBaseUrl: string | null;
  readonly bot: LineBotInfo;
  readonly verifiedAt: string;
  readonly secretStore: SecretStoreKind;
  readonly secretRef: string;
}

export interface StoredSecret {
  readonly store: SecretStoreKind;
  readonly ref: string;
  readonly ciphertext: Buffer | null;
}

/** A connection to write: the bot as verified, and the token as its store keeps it. */
export interface ConnectionWrite {
  readonly apiBaseUrl: string | null;
  readonly dataApiBaseUrl: string | null;
  readonly bot: LineBotInfo;
  readonly verifiedAt: string;
  readonly secret: StoredSecret;
}

interface Row {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly api_base_url: string | null;
  readonly data_api_base_url: string | null;
  readonly bot_user_id: string | null;
  readonly basic_id: string | null;
  readonly display_name: string | null;
  readonly picture_url: string | null;
  readonly verified_at: string | null;
  readonly secret_store: string | null;
  readonly secret_ref: string | null;
}

const select = `
  SELECT c.id, c.name, c.kind, k.api_base_url, k.data_api_base_url, k.bot_user_id, k.basic_id,
         k.display_name, k.picture_url, k.verified_at, k.secret_store, k.secret_ref
    FROM channels c LEFT JOIN channel_connections k ON k.channel_id = c.id`;

function toRecord(row: Row): ChannelRecord {
  const kind: ChannelKind = row.kind === 'sandbox' ? 'sandbox' : 'line';
  const connection: ConnectionRecord | null =
    row.secret_store === null || row.secret_ref === null
      ? null
      : {
          apiBaseUrl: row.api_base_url,
          dataApiBaseUrl: row.data_api_base_url,
          bot: {
            userId: row.bot_user_id ?? '',
            basicId: row.basic_id ?? '',
            displayName: row.display_name ?? '',
            pictureUrl: row.picture_url,
          },
          verifiedAt: row.verified_at ?? '',
          secretStore: row.secret_store as SecretStoreKind,
          secretRef: row.secret_ref,
        };
  return { channelId: row.id, name: row.name, kind, connection };
}

export function listChannelRecords(db: SqliteDatabase): ChannelRecord[] {
  return (db.prepare(`${select} ORDER BY c.id`).all() as Row[]).map(toRecord);
}

export function getChannelRecord(db: SqliteDatabase, channelId: number): ChannelRecord | undefined {
  const row = db.prepare(`${select} WHERE c.id = ?`).get(channelId) as Row | undefined;
  return row === undefined ? undefined : toRecord(row);
}

export function storedSecret(db: SqliteDatabase, channelId: number): StoredSecret | undefined {
  const row = db
    .prepare(
      'SELECT secret_store, secret_ref, secret_ciphertext FROM channel_connections WHERE channel_id = ?',
    )
    .get(channelId) as
    { secret_store: SecretStoreKind; secret_ref: string; secret_ciphertext: Buffer | null } | undefined;
  return row === undefined
    ? undefined
    : { store: row.secret_store, ref: row.secret_ref, ciphertext: row.secret_ciphertext };
}

function writeConnection(db: SqliteDatabase, channelId: number, write: ConnectionWrite): void {
  db.prepare(
    `INSERT INTO channel_connections (channel_id, api_base_url, data_api_base_url, bot_user_id, basic_id,
       display_name, picture_url, verified_at, secret_store, secret_ref, secret_ciphertext)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel_id) DO UPDATE SET
       api_base_url = excluded.api_base_url, data_api_base_url = excluded.data_api_base_url,
       bot_user_id = excluded.bot_user_id, basic_id = excluded.basic_id,
       display_name = excluded.display_name, picture_url = excluded.picture_url,
       verified_at = excluded.verified_at, secret_store = excluded.secret_store,
       secret_ref = excluded.secret_ref, secret_ciphertext = excluded.secret_ciphertext`,
  ).run(
    channelId,
    write.apiBaseUrl,
    write.dataApiBaseUrl,
    write.bot.userId,
    write.bot.basicId,
    write.bot.displayName,
    write.bot.pictureUrl,
    write.verifiedAt,
    write.secret.store,
    write.secret.ref,
    write.secret.ciphertext,
  );
}

/** Adds a LINE channel with its connection; `check` runs inside the write lock (the name rule). */
export function insertLineChannel(
  db: SqliteDatabase,
  name: string,
  write: ConnectionWrite,
  check: (existing: readonly ChannelRecord[]) => void,
): number {
  return writeTransaction(db, () => {
    check(listChannelRecords(db));
    const id = Number(
      db.prepare("INSERT INTO channels (name, kind) VALUES (?, 'line')").run(name).lastInsertRowid,
    );
    writeConnection(db, id, write);
    return id;
  });
}

/** Renames a channel and/or replaces its connection, under the write lock. */
export function updateLineChannel(
  db: SqliteDatabase,
  channelId: number,
  change: { readonly name?: string; readonly connection?: ConnectionWrite },
  check: (existing: readonly ChannelRecord[]) => void,
): void {
  writeTransaction(db, () => {
    check(listChannelRecords(db));
    if (change.name !== undefined)
      db.prepare('UPDATE channels SET name = ? WHERE id = ?').run(change.name, channelId);
    if (change.connection) writeConnection(db, channelId, change.connection);
  });
}

/** Records a new verification of the same token. */
export function recordVerification(
  db: SqliteDatabase,
  channelId: number,
  bot: LineBotInfo,
  verifiedAt: string,
): void {
  writeTransaction(db, () => {
    db.prepare(
      `UPDATE channel_connections SET bot_user_id = ?, basic_id = ?, display_name = ?, picture_url = ?,
         verified_at = ? WHERE channel_id = ?`,
    ).run(bot.userId, bot.basicId, bot.displayName, bot.pictureUrl, verifiedAt, channelId);
  });
}

/** Deletes a LINE channel and (by ON DELETE CASCADE) everything planned for it. */
export function deleteLineChannel(db: SqliteDatabase, channelId: number): boolean {
  return writeTransaction(
    db,
    () => db.prepare("DELETE FROM channels WHERE id = ? AND kind = 'line'").run(channelId).changes > 0,
  );
}
