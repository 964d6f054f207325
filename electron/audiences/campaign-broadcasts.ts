// The campaign reference retargeting needs: planned or sent broadcasts/narrowcasts with LINE's
// request ID, send time, planned recipients and synced statistics. The campaigns feature will own
// this repository (and the table) once it exists; audiences only read it, and tests write it.

import type { CampaignBroadcast } from '../../shared/audiences/audience';
import type { SqliteDatabase } from '../storage/database';

const columns = `id, channel_id AS channelId, title, kind, request_id AS requestId, planned_at AS plannedAt,
  sent_at AS sentAt, planned_recipients AS plannedRecipients, unique_impressions AS uniqueImpressions,
  unique_clicks AS uniqueClicks`;

export function listCampaignBroadcasts(db: SqliteDatabase, channelId: number): CampaignBroadcast[] {
  return (
    db
      .prepare(
        `SELECT ${columns} FROM campaign_broadcasts WHERE channel_id = ? ORDER BY coalesce(sent_at, planned_at) DESC, id DESC`,
      )
      .all(channelId) as CampaignBroadcast[]
  ).map((row) => ({ ...row }));
}

export function getCampaignBroadcast(db: SqliteDatabase, id: number): CampaignBroadcast | undefined {
  const row = db.prepare(`SELECT ${columns} FROM campaign_broadcasts WHERE id = ?`).get(id) as
    CampaignBroadcast | undefined;
  return row ? { ...row } : undefined;
}

export type NewCampaignBroadcast = Omit<CampaignBroadcast, 'id'>;

export function insertCampaignBroadcast(db: SqliteDatabase, broadcast: NewCampaignBroadcast): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaign_broadcasts (channel_id, title, kind, request_id, planned_at, sent_at, planned_recipients,
           unique_impressions, unique_clicks)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        broadcast.channelId,
        broadcast.title,
        broadcast.kind,
        broadcast.requestId,
        broadcast.plannedAt,
        broadcast.sentAt,
        broadcast.plannedRecipients,
        broadcast.uniqueImpressions,
        broadcast.uniqueClicks,
      ).lastInsertRowid,
  );
}

/** What sync records once LINE accepted the send, and later its statistics. */
export function recordBroadcastSent(db: SqliteDatabase, id: number, requestId: string, sentAt: string): void {
  db.prepare('UPDATE campaign_broadcasts SET request_id = ?, sent_at = ? WHERE id = ?').run(
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
    `UPDATE campaign_broadcasts SET unique_impressions = ?, unique_clicks = ?,
       stats_synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(stats.uniqueImpressions, stats.uniqueClicks, id);
}
