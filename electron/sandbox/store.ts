// The sandbox's own SQLite database (a file, or :memory:): channels with their generated friends,
// sends and quota, retry keys, audiences and jobs, rich menus, aliases and links. It never touches
// the app's database. Friends are also held in memory per channel, since every send reads them.

import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { ensurePrivateFile, makeFilePrivate } from '../storage/private-files';
import { generateFriends, type AppType, type Friend, type Gender, type PopulationRegion } from './population';

export type SandboxDb = Database.Database;

const schemaVersion = 2;

const schema = `
CREATE TABLE channels (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  bot_user_id TEXT NOT NULL,
  basic_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  seed INTEGER NOT NULL,
  region TEXT NOT NULL,
  quota_type TEXT NOT NULL CHECK (quota_type IN ('limited', 'none')),
  quota_limit INTEGER NOT NULL,
  default_rich_menu_id TEXT,
  created_at INTEGER NOT NULL
);
CREATE TABLE friends (
  channel_id INTEGER NOT NULL REFERENCES channels(id),
  idx INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  gender TEXT NOT NULL,
  age INTEGER,
  area TEXT,
  app_type TEXT NOT NULL,
  language TEXT NOT NULL,
  followed_at INTEGER NOT NULL,
  blocked INTEGER NOT NULL,
  PRIMARY KEY (channel_id, idx)
) WITHOUT ROWID;
CREATE TABLE sends (
  request_id TEXT PRIMARY KEY,
  channel_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  accepted_at INTEGER NOT NULL,
  sending_at INTEGER NOT NULL,
  completes_at INTEGER NOT NULL,
  target_count INTEGER NOT NULL,
  success_count INTEGER NOT NULL,
  failure_count INTEGER NOT NULL,
  reserved INTEGER NOT NULL,
  error_code INTEGER,
  failed_description TEXT,
  message_count INTEGER NOT NULL,
  urls TEXT NOT NULL,
  aggregation_unit TEXT,
  sent_messages TEXT NOT NULL,
  recipients BLOB NOT NULL
);
CREATE INDEX sends_by_channel ON sends (channel_id, completes_at);
CREATE TABLE retry_keys (
  channel_id INTEGER NOT NULL,
  retry_key TEXT NOT NULL,
  operation TEXT NOT NULL,
  request_id TEXT NOT NULL,
  accepted_at INTEGER NOT NULL,
  PRIMARY KEY (channel_id, retry_key)
) WITHOUT ROWID;
CREATE TABLE audiences (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  description TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  is_ifa INTEGER NOT NULL,
  request_id TEXT,
  click_url TEXT,
  ready_at INTEGER,
  failed_type TEXT,
  members BLOB NOT NULL,
  extra_count INTEGER NOT NULL DEFAULT 0,
  create_route TEXT NOT NULL DEFAULT 'MESSAGING_API'
);
CREATE TABLE audience_jobs (
  id INTEGER PRIMARY KEY,
  audience_id INTEGER NOT NULL REFERENCES audiences(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  working_at INTEGER NOT NULL,
  finishes_at INTEGER NOT NULL,
  audience_count INTEGER NOT NULL,
  failed_type TEXT
);
CREATE TABLE rich_menus (
  id TEXT PRIMARY KEY,
  channel_id INTEGER NOT NULL,
  body TEXT NOT NULL,
  image BLOB,
  image_type TEXT,
  created_at INTEGER NOT NULL
);
CREATE TABLE rich_menu_aliases (
  channel_id INTEGER NOT NULL,
  alias_id TEXT NOT NULL,
  rich_menu_id TEXT NOT NULL,
  PRIMARY KEY (channel_id, alias_id)
) WITHOUT ROWID;
CREATE TABLE user_rich_menus (
  channel_id INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  rich_menu_id TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
) WITHOUT ROWID;
`;

export function openSandboxDb(file: string, options: { readonly nativeBinding?: string } = {}): SandboxDb {
  // The file holds the channel's access token: 0600 before SQLite creates it (its -wal and -shm
  // take the same mode), and narrowed if an earlier version made it readable to others.
  if (file !== ':memory:') {
    ensurePrivateFile(file);
    for (const suffix of ['-wal', '-shm', '-journal']) makeFilePrivate(`${file}${suffix}`);
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.exec('BEGIN');
    db.exec(schema);
    db.pragma(`user_version = ${String(schemaVersion)}`);
    db.exec('COMMIT');
  } else if (version === 1) {
    // Schema 2: audiences say how they were made (OA Manager ones are listed beside the API's).
    db.exec('BEGIN');
    db.exec("ALTER TABLE audiences ADD COLUMN create_route TEXT NOT NULL DEFAULT 'MESSAGING_API'");
    db.pragma(`user_version = ${String(schemaVersion)}`);
    db.exec('COMMIT');
  } else if (version !== schemaVersion) {
    db.close();
    throw new Error(
      `${file} is a sandbox database of schema ${String(version)}; this version reads ${String(schemaVersion)}. Delete it to start afresh.`,
    );
  }
  return db;
}

export interface ChannelRecord {
  readonly id: number;
  readonly token: string;
  readonly botUserId: string;
  readonly basicId: string;
  readonly displayName: string;
  readonly seed: number;
  readonly region: PopulationRegion;
  readonly createdAt: number;
}

export interface ChannelSetup {
  readonly token: string;
  readonly friends: number;
  readonly seed: number;
  readonly region?: PopulationRegion;
  readonly quota?: { readonly type: 'limited'; readonly value: number } | { readonly type: 'none' };
  readonly displayName?: string;
  readonly blockedShare?: number;
}

interface ChannelRow {
  id: number;
  token: string;
  bot_user_id: string;
  basic_id: string;
  display_name: string;
  seed: number;
  region: string;
  created_at: number;
}

const toChannel = (r: ChannelRow): ChannelRecord => ({
  id: r.id,
  token: r.token,
  botUserId: r.bot_user_id,
  basicId: r.basic_id,
  displayName: r.display_name,
  seed: r.seed,
  region: r.region as PopulationRegion,
  createdAt: r.created_at,
});

export function findChannelByToken(db: SandboxDb, token: string): ChannelRecord | undefined {
  const row = db.prepare('SELECT * FROM channels WHERE token = ?').get(token) as ChannelRow | undefined;
  return row && toChannel(row);
}

export function listChannelRecords(db: SandboxDb): ChannelRecord[] {
  return (db.prepare('SELECT * FROM channels ORDER BY id').all() as ChannelRow[]).map(toChannel);
}

/** The channel with this token, created with a generated population the first time. */
export function ensureChannel(db: SandboxDb, setup: ChannelSetup, now: number): ChannelRecord {
  const existing = findChannelByToken(db, setup.token);
  if (existing) return existing;
  const quota = setup.quota ?? { type: 'limited', value: 6000 };
  const create = db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO channels (token, bot_user_id, basic_id, display_name, seed, region, quota_type, quota_limit, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        setup.token,
        `U${randomBytes(16).toString('hex')}`,
        `@${randomBytes(4).toString('hex').slice(0, 7)}`,
        setup.displayName ?? 'OA Planner Sandbox',
        setup.seed,
        setup.region ?? 'tw',
        quota.type,
        quota.type === 'limited' ? quota.value : 0,
        now,
      );
    const channelId = Number(info.lastInsertRowid);
    const insert = db.prepare(
      `INSERT INTO friends (channel_id, idx, user_id, display_name, gender, age, area, app_type, language, followed_at, blocked)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of generateFriends({
      count: setup.friends,
      seed: setup.seed,
      now,
      region: setup.region ?? 'tw',
      blockedShare: setup.blockedShare,
    })) {
      insert.run(
        channelId,
        f.index,
        f.userId,
        f.displayName,
        f.gender,
        f.age,
        f.area,
        f.appType,
        f.language,
        f.followedAt,
        f.blocked ? 1 : 0,
      );
    }
    return channelId;
  });
  const id = create();
  return toChannel(db.prepare('SELECT * FROM channels WHERE id = ?').get(id) as ChannelRow);
}

interface FriendRow {
  idx: number;
  user_id: string;
  display_name: string;
  gender: string;
  age: number | null;
  area: string | null;
  app_type: string;
  language: string;
  followed_at: number;
  blocked: number;
}

export function loadFriends(db: SandboxDb, channelId: number): Friend[] {
  const rows = db
    .prepare('SELECT * FROM friends WHERE channel_id = ? ORDER BY idx')
    .all(channelId) as FriendRow[];
  return rows.map((r) => ({
    index: r.idx,
    userId: r.user_id,
    displayName: r.display_name,
    gender: r.gender as Gender,
    age: r.age,
    area: r.area,
    appType: r.app_type as AppType,
    language: r.language,
    followedAt: r.followed_at,
    blocked: r.blocked === 1,
  }));
}

export function setFriendBlocked(db: SandboxDb, channelId: number, index: number, blocked: boolean): void {
  db.prepare('UPDATE friends SET blocked = ? WHERE channel_id = ? AND idx = ?').run(
    blocked ? 1 : 0,
    channelId,
    index,
  );
}

/** Friend indices packed for storage: 4 bytes each, little-endian. */
export function packIndices(indices: Iterable<number>): Buffer {
  const list = Array.from(indices);
  const buf = Buffer.allocUnsafe(list.length * 4);
  for (let i = 0; i < list.length; i++) buf.writeUInt32LE(list[i] as number, i * 4);
  return buf;
}

export function unpackIndices(blob: Buffer | Uint8Array): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer, 0, blob.byteLength / 4);
}
