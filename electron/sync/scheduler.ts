// Scheduled sends while the app runs: a dispatcher in main queues and sends each `scheduled`
// campaign when its time comes (the user's go was given when they scheduled it). A schedule whose
// time passed before the app started was missed while the app was closed: it is never sent late on
// its own, only listed as missed until the user sends it (or changes it). One that cannot be queued
// when due (an audience not on LINE yet) waits the same way, with the reason.

import { ApiError } from '../../shared/api/result';
import type { LocalizedText } from '../../shared/i18n/text';
import { atMs } from '../../shared/campaigns/time';
import type { SqliteDatabase } from '../storage/database';
import { unrefTimer, type Timer } from './worker';

export interface ScheduledCampaign {
  readonly campaignId: number;
  readonly channelId: number;
  readonly title: string;
  readonly at: string;
}

export interface HeldSchedule extends ScheduledCampaign {
  /** Why it waits: missed while the app was closed, or refused when it fell due. */
  readonly reason: 'missed' | 'refused';
  readonly error?: LocalizedText;
}

export interface SchedulerOptions {
  readonly db: () => SqliteDatabase;
  /** Queues and sends one campaign; throws an ApiError when it cannot be queued. */
  readonly dispatch: (campaign: ScheduledCampaign) => Promise<void>;
  /** Epoch ms (default Date.now). */
  readonly now?: () => number;
  /** Default: real timers that do not keep the process alive. */
  readonly timer?: Timer;
  /** Longest wait between looks, so campaigns scheduled meanwhile are seen (default 60 s). */
  readonly pollMs?: number;
  /** Only this channel's campaigns (default: every channel's). */
  readonly channelId?: number;
}

export interface Scheduler {
  /** Epoch ms the dispatcher started: schedules before it were missed. */
  readonly startedAt: number;
  /** Scheduled campaigns that wait for the user (of a channel, or all). */
  held(channelId?: number): HeldSchedule[];
  /** Looks now (campaigns changed); resolves when what was due has been dispatched. */
  check(): Promise<void>;
  /** Resolves once no dispatch is running. */
  idle(): Promise<void>;
  stop(): void;
}

function scheduledCampaigns(db: SqliteDatabase, channelId: number | undefined): ScheduledCampaign[] {
  return db
    .prepare(
      `SELECT id AS campaignId, channel_id AS channelId, title, send_at AS at FROM campaigns
       WHERE status = 'scheduled' AND send_at IS NOT NULL AND (? IS NULL OR channel_id = ?)
       ORDER BY send_at, id`,
    )
    .all(channelId ?? null, channelId ?? null) as ScheduledCampaign[];
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const now = options.now ?? Date.now;
  const timer = options.timer ?? unrefTimer;
  const pollMs = options.pollMs ?? 60_000;
  const startedAt = now();
  /** Refused when due, by campaign id, with the time it was due (a new time clears it). */
  const refused = new Map<number, { at: string; error: LocalizedText }>();
  let cancel: (() => void) | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const arm = (): void => {
    cancel?.();
    cancel = undefined;
    if (stopped) return;
    const t = now();
    const next = scheduledCampaigns(options.db(), options.channelId)
      .map((c) => atMs(c.at))
      .filter((ms) => ms > t)
      .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    cancel = timer.schedule(Math.max(0, Math.min(pollMs, next - t)), () => void check());
  };

  const run = async (): Promise<void> => {
    const t = now();
    for (const campaign of scheduledCampaigns(options.db(), options.channelId)) {
      if (stopped) return;
      const due = atMs(campaign.at);
      if (due <= startedAt || due > t) continue;
      if (refused.get(campaign.campaignId)?.at === campaign.at) continue;
      try {
        await options.dispatch(campaign);
        refused.delete(campaign.campaignId);
      } catch (error) {
        const text: LocalizedText =
          error instanceof ApiError
            ? { key: error.key, ...(error.params ? { params: error.params } : {}) }
            : { key: 'errors.sync.internal', params: { detail: String(error) } };
        refused.set(campaign.campaignId, { at: campaign.at, error: text });
      }
    }
  };

  const check = (): Promise<void> => {
    // A failed look (the database closing) leaves the next one to the timer.
    running = running
      .then(run)
      .catch(() => undefined)
      .finally(arm);
    return running;
  };

  arm();
  return {
    startedAt,
    held(channelId) {
      return scheduledCampaigns(options.db(), options.channelId).flatMap((c): HeldSchedule[] => {
        if (channelId !== undefined && c.channelId !== channelId) return [];
        const due = atMs(c.at);
        if (due <= startedAt) return [{ ...c, reason: 'missed' }];
        const refusal = refused.get(c.campaignId);
        return refusal?.at === c.at ? [{ ...c, reason: 'refused', error: refusal.error }] : [];
      });
    },
    check,
    idle: () => running,
    stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
    },
  };
}
