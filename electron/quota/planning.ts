// A channel's planning figures (shared/quota/model.ts ChannelPlanning) in SQLite: the time zone of
// its send times, its plan and additional-message cap, friend statistics, messages already used and
// automations. A channel without a row reads as the defaults; the first save creates the row.

import type { Automation, ChannelPlanning, FriendStatistics } from '../../shared/quota/model';
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
}

export function getChannelPlanning(db: SqliteDatabase, channelId: number): ChannelPlanning {
  const row = db
    .prepare(
      `SELECT time_zone, plan_id, additional_message_cap, friends, consumed_month, consumed_messages, automations
       FROM channel_planning WHERE channel_id = ?`,
    )
    .get(channelId) as PlanningRow | undefined;
  if (!row) return { channelId, ...defaultPlanning };
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
  };
}

export type PlanningPatch = Partial<Omit<ChannelPlanning, 'channelId'>>;

/** Merges `patch` over the stored figures (validated by the caller) and returns the result. */
export function saveChannelPlanning(
  db: SqliteDatabase,
  channelId: number,
  patch: PlanningPatch,
): ChannelPlanning {
  return writeTransaction(db, () => {
    const next: ChannelPlanning = { ...getChannelPlanning(db, channelId), ...patch, channelId };
    db.prepare(
      `INSERT INTO channel_planning (channel_id, time_zone, plan_id, additional_message_cap, friends,
         consumed_month, consumed_messages, automations)
       VALUES (@channelId, @timeZone, @planId, @cap, @friends, @month, @messages, @automations)
       ON CONFLICT (channel_id) DO UPDATE SET time_zone = excluded.time_zone, plan_id = excluded.plan_id,
         additional_message_cap = excluded.additional_message_cap, friends = excluded.friends,
         consumed_month = excluded.consumed_month, consumed_messages = excluded.consumed_messages,
         automations = excluded.automations, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run({
      channelId,
      timeZone: next.timeZone,
      planId: next.planId,
      cap: next.additionalMessageCap,
      friends: next.friends === null ? null : JSON.stringify(next.friends),
      month: next.consumed?.month ?? null,
      messages: next.consumed?.messages ?? null,
      automations: JSON.stringify(next.automations),
    });
    return next;
  });
}
