// A channel's planning figures (shared/quota/model.ts ChannelPlanning) in SQLite: the time zone of
// its send times, its plan and additional-message cap, friend statistics, messages already used and
// automations. A channel without a row reads as the defaults; the first save creates the row.

import type { Automation, ChannelPlanning, FriendStatistics, PulledFigures } from '../../shared/quota/model';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

/** A new channel's figures until the user enters its own: Taiwan, the free plan, nothing known. */
export const defaultPlanning = {
  timeZone: 'Asia/Taipei',
  planId: 'tw-2023-light',
  additionalMessageCap: null,
  friends: null,
  consumed: null,
  automations: [],
} as const satisfies Omit<ChannelPlanning, 'channelId'>;

interface PlanningRow {
  readonly time_zone: string;
  readonly plan_id: string;
  readonly additional_message_cap: number | null;
  readonly friends: string | null;
  readonly consumed_month: string | null;
  readonly consumed_messages: number | null;
  readonly automations: string;
  readonly quota_type: 'none' | 'limited' | null;
  readonly quota_value: number | null;
  readonly quota_pulled_at: string | null;
  readonly consumed_pulled_at: string | null;
  readonly friends_pulled_at: string | null;
}

function pulledOf(row: PlanningRow): PulledFigures | undefined {
  const pulled: PulledFigures = {
    ...(row.quota_type !== null && row.quota_pulled_at !== null
      ? { quota: { type: row.quota_type, value: row.quota_value, at: row.quota_pulled_at } }
      : {}),
    ...(row.consumed_pulled_at !== null ? { consumedAt: row.consumed_pulled_at } : {}),
    ...(row.friends_pulled_at !== null ? { friendsAt: row.friends_pulled_at } : {}),
  };
  return Object.keys(pulled).length > 0 ? pulled : undefined;
}

export function getChannelPlanning(db: SqliteDatabase, channelId: number): ChannelPlanning {
  const row = db
    .prepare(
      `SELECT time_zone, plan_id, additional_message_cap, friends, consumed_month, consumed_messages, automations,
         quota_type, quota_value, quota_pulled_at, consumed_pulled_at, friends_pulled_at
       FROM channel_planning WHERE channel_id = ?`,
    )
    .get(channelId) as PlanningRow | undefined;
  if (!row) return { channelId, ...defaultPlanning };
  const pulled = pulledOf(row);
  return {
    channelId,
    timeZone: row.time_zone,
    planId: row.plan_id,
    additionalMessageCap: row.additional_message_cap,
    friends: row.friends === null ? null : (JSON.parse(row.friends) as FriendStatistics),
    consumed:
      row.consumed_month === null || row.consumed_messages === null
        ? null
        : { month: row.consumed_month, messages: row.consumed_messages },
    automations: JSON.parse(row.automations) as Automation[],
    ...(pulled ? { pulled } : {}),
  };
}

export type PlanningPatch = Partial<Omit<ChannelPlanning, 'channelId'>>;

/**
 * Merges `patch` over the stored figures (validated by the caller) and returns the result. Figures
 * the user enters by hand are no longer the pulled ones: their pulled dates are cleared.
 */
export function saveChannelPlanning(
  db: SqliteDatabase,
  channelId: number,
  patch: PlanningPatch,
): ChannelPlanning {
  return writeTransaction(db, () => {
    const { pulled: _ignored, ...changes } = patch;
    const current = getChannelPlanning(db, channelId);
    const next: ChannelPlanning = { ...current, ...changes, channelId };
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    db.prepare(
      `INSERT INTO channel_planning (channel_id, time_zone, plan_id, additional_message_cap, friends,
         consumed_month, consumed_messages, automations)
       VALUES (@channelId, @timeZone, @planId, @cap, @friends, @month, @messages, @automations)
       ON CONFLICT (channel_id) DO UPDATE SET time_zone = excluded.time_zone, plan_id = excluded.plan_id,
         additional_message_cap = excluded.additional_message_cap, friends = excluded.friends,
         consumed_month = excluded.consumed_month, consumed_messages = excluded.consumed_messages,
         automations = excluded.automations, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
         consumed_pulled_at = CASE WHEN @consumedByHand THEN NULL ELSE consumed_pulled_at END,
         friends_pulled_at = CASE WHEN @friendsByHand THEN NULL ELSE friends_pulled_at END`,
    ).run({
      channelId,
      timeZone: next.timeZone,
      planId: next.planId,
      cap: next.additionalMessageCap,
      friends: next.friends === null ? null : JSON.stringify(next.friends),
      month: next.consumed?.month ?? null,
      messages: next.consumed?.messages ?? null,
      automations: JSON.stringify(next.automations),
      consumedByHand: same(next.consumed, current.consumed) ? 0 : 1,
      friendsByHand: same(next.friends, current.friends) ? 0 : 1,
    });
    return getChannelPlanning(db, channelId);
  });
}

/** What a pull took from LINE; each part replaces the stored figure and dates it. */
export interface PulledPlanning {
  readonly quota?: { readonly type: 'none' | 'limited'; readonly value: number | null };
  readonly consumed?: { readonly month: string; readonly messages: number };
  readonly friends?: FriendStatistics;
}

/** Stores pulled figures (in the caller's transaction or its own) as pulled at `at`. */
export function savePulledPlanning(
  db: SqliteDatabase,
  channelId: number,
  figures: PulledPlanning,
  at: string,
): ChannelPlanning {
  return writeTransaction(db, () => {
    // Makes the row with the defaults when the channel has none yet.
    saveChannelPlanning(db, channelId, {});
    if (figures.quota)
      db.prepare(
        'UPDATE channel_planning SET quota_type = ?, quota_value = ?, quota_pulled_at = ? WHERE channel_id = ?',
      ).run(figures.quota.type, figures.quota.value, at, channelId);
    if (figures.consumed)
      db.prepare(
        'UPDATE channel_planning SET consumed_month = ?, consumed_messages = ?, consumed_pulled_at = ? WHERE channel_id = ?',
      ).run(figures.consumed.month, figures.consumed.messages, at, channelId);
    if (figures.friends)
      db.prepare('UPDATE channel_planning SET friends = ?, friends_pulled_at = ? WHERE channel_id = ?').run(
        JSON.stringify(figures.friends),
        at,
        channelId,
      );
    return getChannelPlanning(db, channelId);
  });
}
