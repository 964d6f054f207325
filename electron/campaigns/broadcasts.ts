// Broadcasts and narrowcasts as retargeting and redelivery see them: campaigns of those kinds with
// LINE's request ID, send time, planned recipients and synced statistics. Audiences read these; the
// campaigns repository writes the rows, and sync records what LINE accepted and reports.

import type { CampaignBroadcast } from '../../shared/audiences/audience';
import type { SqliteDatabase } from '../storage/database';

const columns = `id, channel_id AS channelId, title, send_kind AS kind, request_id AS requestId,
  send_at AS plannedAt, sent_at AS sentAt, planned_recipients AS plannedRecipients,
  unique_impressions AS uniqueImpressions, unique_clicks AS uniqueClicks`;

const broadcastKinds = `send_kind IN ('broadcast', 'narrowcast')`;

export function listCampaignBroadcasts(db: SqliteDatabase, channelId: number): CampaignBroadcast[] {
  return (
    db
      .prepare(
        `SELECT ${columns} FROM campaigns WHERE channel_id = ? AND ${broadcastKinds}
         ORDER BY coalesce(sent_at, send_at) DESC, id DESC`,
      )
      .all(channelId) as CampaignBroadcast[]
  ).map((row) => ({ ...row }));
}

export function getCampaignBroadcast(db: SqliteDatabase, id: number): CampaignBroadcast | undefined {
  const row = db.prepare(`SELECT ${columns} FROM campaigns WHERE id = ? AND ${broadcastKinds}`).get(id) as
    CampaignBroadcast | undefined;
  return row ? { ...row } : undefined;
}

export type NewCampaignBroadcast = Omit<CampaignBroadcast, 'id'>;

const emptyContent = JSON.stringify({
  messages: [],
  recipient: null,
  filter: null,
  limit: null,
  notificationDisabled: false,
  to: [],
  abTest: null,
});

/** `title`, or `title (2)`, `title (3)`… : the first key no campaign of the channel has. */
export function freeKey(db: SqliteDatabase, channelId: number, title: string): string {
  const taken = db.prepare('SELECT 1 FROM campaigns WHERE channel_id = ? AND key = ?');
  let key = title;
  for (let n = 2; taken.get(channelId, key); n++) key = `${title} (${String(n)})`;
  return key;
}

/** A campaign with no messages yet, as tests and fixtures need one: sent when `sentAt` is set. */
export function insertCampaignBroadcast(db: SqliteDatabase, broadcast: NewCampaignBroadcast): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (channel_id, key, title, status, send_kind, send_at, content, request_id,
           sent_at, planned_recipients, unique_impressions, unique_clicks)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        broadcast.channelId,
        freeKey(db, broadcast.channelId, broadcast.title),
        broadcast.title,
        broadcast.sentAt ? 'sent' : 'draft',
        broadcast.kind,
        broadcast.plannedAt,
        emptyContent,
        broadcast.requestId,
        broadcast.sentAt,
        broadcast.plannedRecipients,
        broadcast.uniqueImpressions,
        broadcast.uniqueClicks,
      ).lastInsertRowid,
  );
}

/** What sync records once LINE accepted the send, and later its statistics. */
export function recordBroadcastSent(db: SqliteDatabase, id: number, requestId: string, sentAt: string): void {
  db.prepare(`UPDATE campaigns SET request_id = ?, sent_at = ?, status = 'sent' WHERE id = ?`).run(
    requestId,
    sentAt,
    id,
  );
}

export function recordBroadcastStatistics(
  db: SqliteDatabase,
  id: number,
  stats: { readonly uniqueImpressions: number | null; readonly uniqueClicks: number | null },
): void {
  db.prepare(
    `UPDATE campaigns SET unique_impressions = ?, unique_clicks = ?,
       stats_synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(stats.uniqueImpressions, stats.uniqueClicks, id);
}
