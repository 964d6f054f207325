// Campaigns in SQLite: rows ↔ Campaign (the draft's LINE objects as validated JSON in `content`),
// keys unique per channel, and the lock: a sent, sending or failed campaign is LINE's history, so
// every write checks the status in the same statement that changes the row.

import { ApiError } from '../../shared/api/result';
import type { CampaignSource } from '../../shared/campaigns/rules';
import {
  lockedStatuses,
  type Campaign,
  type CampaignDraft,
  type CampaignStatus,
  type CampaignSummary,
  type SendKind,
} from '../../shared/campaigns/model';
import { campaignContentSchema, type CampaignContent } from '../../shared/campaigns/schemas';
import { atMs } from '../../shared/campaigns/time';
import type { SqliteDatabase } from '../storage/database';

interface CampaignRow {
  readonly id: number;
  readonly channel_id: number;
  readonly key: string;
  readonly title: string;
  readonly status: CampaignStatus;
  readonly send_kind: SendKind;
  readonly send_at: string | null;
  readonly content: string;
  readonly planned_recipients: number;
  readonly request_id: string | null;
  readonly sent_at: string | null;
  readonly delivered: number | null;
  readonly unique_impressions: number | null;
  readonly unique_clicks: number | null;
  readonly stats_synced_at: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

const columns = `id, channel_id, key, title, status, send_kind, send_at, content, planned_recipients,
  request_id, sent_at, delivered, unique_impressions, unique_clicks, stats_synced_at, created_at, updated_at`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
/** The SQL twin of lockedStatuses, for the statements that must not touch LINE's history. */
const unlocked = `status NOT IN (${[...lockedStatuses].map((s) => `'${s}'`).join(', ')})`;

/** Stored JSON is re-validated on the way out: a hand-edited or damaged row fails loudly, by id. */
function parseContent(row: CampaignRow): CampaignContent {
  const parsed = campaignContentSchema.safeParse(JSON.parse(row.content));
  if (!parsed.success)
    throw new Error(
      `Campaign ${String(row.id)} holds content this version cannot read: ${parsed.error.message}`,
    );
  return parsed.data;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const recordOrNull = (value: unknown) => value === null || isRecord(value);
const bubbles = (value: unknown) =>
  Array.isArray(value) && value.every((m) => isRecord(m) && typeof m.type === 'string');

/**
 * The content's shape only, for reads that count sends rather than show bubbles (a month's
 * forecast): every field there with its kind, each bubble an object with a type, an A/B test's
 * shares numbers. Anything else gets the whole schema, and its loud refusal.
 */
function parseContentShape(row: CampaignRow): CampaignContent {
  const value: unknown = JSON.parse(row.content);
  if (
    isRecord(value) &&
    bubbles(value.messages) &&
    recordOrNull(value.recipient) &&
    recordOrNull(value.filter) &&
    recordOrNull(value.limit) &&
    typeof value.notificationDisabled === 'boolean' &&
    Array.isArray(value.to) &&
    value.to.every((id) => typeof id === 'string') &&
    (value.abTest === null ||
      (isRecord(value.abTest) &&
        Array.isArray(value.abTest.variants) &&
        value.abTest.variants.every(
          (v) =>
            isRecord(v) && typeof v.share === 'number' && Number.isFinite(v.share) && bubbles(v.messages),
        ) &&
        typeof value.abTest.decideAfterHours === 'number'))
  )
    return value as unknown as CampaignContent;
  return parseContent(row);
}

function toCampaign(row: CampaignRow, content = parseContent): Campaign {
  return {
    id: row.id,
    channelId: row.channel_id,
    key: row.key,
    title: row.title,
    status: row.status,
    sendKind: row.send_kind,
    at: row.send_at,
    ...content(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    plannedRecipients: row.planned_recipients,
    delivery: {
      requestId: row.request_id,
      sentAt: row.sent_at,
      uniqueImpressions: row.unique_impressions,
      uniqueClicks: row.unique_clicks,
      delivered: row.delivered,
      statsPulledAt: row.stats_synced_at,
    },
  };
}

export function contentJson(draft: CampaignDraft): string {
  const content: CampaignContent = {
    messages: draft.messages,
    recipient: draft.recipient,
    filter: draft.filter,
    limit: draft.limit,
    notificationDisabled: draft.notificationDisabled,
    to: draft.to,
    abTest: draft.abTest,
  };
  return JSON.stringify(content);
}

/** Time order: planned times first (by instant), "at the next sync" last, then by id. */
export function byTime(a: Pick<Campaign, 'at' | 'id'>, b: Pick<Campaign, 'at' | 'id'>): number {
  if (a.at === null || b.at === null) return a.at === b.at ? a.id - b.id : a.at === null ? 1 : -1;
  return atMs(a.at) - atMs(b.at) || a.id - b.id;
}

export function listCampaigns(db: SqliteDatabase, channelId: number): Campaign[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM campaigns WHERE channel_id = ?`)
    .all(channelId) as CampaignRow[];
  // Each send time is parsed once, not once per comparison (a month of 1,000 campaigns opens the calendar).
  const keyed = rows.map((row) => {
    const campaign = toCampaign(row);
    return { campaign, ms: campaign.at === null ? Number.POSITIVE_INFINITY : atMs(campaign.at) };
  });
  keyed.sort((a, b) => a.ms - b.ms || a.campaign.id - b.campaign.id);
  return keyed.map((k) => k.campaign);
}

/** The channel's campaigns without their content (never read), in time order as listCampaigns. */
export function listCampaignSummaries(db: SqliteDatabase, channelId: number): CampaignSummary[] {
  const rows = db
    .prepare(
      `SELECT id, key, title, status, send_kind AS sendKind, send_at AS at,
         planned_recipients AS plannedRecipients
       FROM campaigns WHERE channel_id = ?`,
    )
    .all(channelId) as CampaignSummary[];
  const keyed = rows.map((summary) => ({
    summary,
    ms: summary.at === null ? Number.POSITIVE_INFINITY : atMs(summary.at),
  }));
  keyed.sort((a, b) => a.ms - b.ms || a.summary.id - b.summary.id);
  return keyed.map((k) => k.summary);
}

/**
 * Some of the channel's campaigns, by id (in no order), their content checked for its shape only:
 * a month's forecast reads its own campaigns, counts their sends and shows no bubble.
 */
export function listCampaignsById(db: SqliteDatabase, channelId: number, ids: readonly number[]): Campaign[] {
  const rows = db
    .prepare(
      `SELECT ${columns} FROM campaigns WHERE channel_id = ? AND id IN (SELECT value FROM json_each(?))`,
    )
    .all(channelId, JSON.stringify(ids)) as CampaignRow[];
  return rows.map((row) => toCampaign(row, parseContentShape));
}

export function getCampaign(db: SqliteDatabase, id: number): Campaign | undefined {
  const row = db.prepare(`SELECT ${columns} FROM campaigns WHERE id = ?`).get(id) as CampaignRow | undefined;
  return row ? toCampaign(row) : undefined;
}

export function requireCampaign(db: SqliteDatabase, id: number): Campaign {
  const campaign = getCampaign(db, id);
  if (!campaign) throw new ApiError('not-found', { key: 'errors.campaigns.notFound', params: { id } });
  return campaign;
}

/** The channel's campaigns as the rules see them, without reading their content. */
export function listCampaignSources(db: SqliteDatabase, channelId: number): CampaignSource[] {
  return db
    .prepare(
      `SELECT id, key, title, send_kind AS sendKind, status, send_at AS at, sent_at AS sentAt,
         request_id AS requestId, planned_recipients AS plannedRecipients,
         unique_impressions AS uniqueImpressions, unique_clicks AS uniqueClicks
       FROM campaigns WHERE channel_id = ?`,
    )
    .all(channelId) as CampaignSource[];
}

export function insertCampaign(
  db: SqliteDatabase,
  channelId: number,
  draft: CampaignDraft,
  status: CampaignStatus,
  plannedRecipients: number,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (channel_id, key, title, status, send_kind, send_at, content, planned_recipients)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        channelId,
        draft.key,
        draft.title,
        status,
        draft.sendKind,
        draft.at,
        contentJson(draft),
        plannedRecipients,
      ).lastInsertRowid,
  );
}

function lockedError(db: SqliteDatabase, id: number): ApiError {
  const campaign = requireCampaign(db, id);
  return new ApiError('conflict', {
    key: 'errors.campaigns.locked',
    params: { title: campaign.title, status: { key: `campaigns.status.${campaign.status}` } },
  });
}

/** Refuses (and changes nothing) when the campaign is locked or gone. */
export function updateCampaign(
  db: SqliteDatabase,
  id: number,
  draft: CampaignDraft,
  status: CampaignStatus,
  plannedRecipients: number,
): void {
  const changed = db
    .prepare(
      `UPDATE campaigns SET key = ?, title = ?, status = ?, send_kind = ?, send_at = ?, content = ?,
         planned_recipients = ?, updated_at = ${now}
       WHERE id = ? AND ${unlocked}`,
    )
    .run(
      draft.key,
      draft.title,
      status,
      draft.sendKind,
      draft.at,
      contentJson(draft),
      plannedRecipients,
      id,
    ).changes;
  if (changed === 0) throw lockedError(db, id);
}

export function updateCampaignStatus(db: SqliteDatabase, id: number, status: CampaignStatus): void {
  const changed = db
    .prepare(`UPDATE campaigns SET status = ?, updated_at = ${now} WHERE id = ? AND ${unlocked}`)
    .run(status, id).changes;
  if (changed === 0) throw lockedError(db, id);
}

/** Planned recipients follow the reach estimate; the lock does not apply (nothing LINE saw changes). */
export function updatePlannedRecipients(db: SqliteDatabase, id: number, plannedRecipients: number): void {
  db.prepare(`UPDATE campaigns SET planned_recipients = ? WHERE id = ? AND ${unlocked}`).run(
    plannedRecipients,
    id,
  );
}

export function deleteCampaign(db: SqliteDatabase, id: number): void {
  const changed = db.prepare(`DELETE FROM campaigns WHERE id = ? AND ${unlocked}`).run(id).changes;
  if (changed === 0) throw lockedError(db, id);
}

export function keyTaken(db: SqliteDatabase, channelId: number, key: string, except: number | null): boolean {
  return (
    db
      .prepare('SELECT 1 FROM campaigns WHERE channel_id = ? AND key = ? AND id IS NOT ?')
      .get(channelId, key, except) !== undefined
  );
}
