// The sync slice of the API handler table (shared/sync/contract.ts) and the engine behind it: one
// queue of runs per data folder in main (pushes, retries, scheduled sends), each draining the outbox
// under the database's lease, so the desktop app or browser mode and the command line never run two
// workers at once. Every change emits `outboxChanged` (and `campaignsChanged`: statuses follow).

import { randomUUID } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import type { EventEmitterFn } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import type { HandlersOf } from '../../shared/api/slice';
import { lineSends } from '../../shared/campaigns/line-requests';
import { monthOf } from '../../shared/campaigns/time';
import type { LocalizedText } from '../../shared/i18n/text';
import type {
  MissedSchedule,
  SyncApi,
  SyncConnection,
  SyncDiff,
  SyncDiffAudience,
  SyncDiffSend,
  SyncEntry,
  SyncPushResult,
  SyncQuota,
} from '../../shared/sync/contract';
import {
  decidedWinner,
  finishedOutboxStates,
  isRichMenuEntryKind,
  requestCost,
  type OutboxEntry,
} from '../../shared/sync/outbox';
import { listCampaigns, requireCampaign } from '../campaigns/repository';
import { forecastChannelMonth } from '../quota/channel-forecast';
import { getChannelPlanning } from '../quota/planning';
import { getChannel } from '../storage/channels';
import { writeTransaction, type AppDatabase, type SqliteDatabase } from '../storage/database';
import { channelConnection, type ConnectionSources } from './connection';
import { lineFailure, LineTimeoutError } from './line-errors';
import { pullChannel } from './pull';
import {
  campaignEntries,
  deleteOutboxEntries,
  getOutboxEntry,
  listOutbox,
  markFailure,
  moveCampaignStatus,
  resetEntryForRetry,
} from './outbox-store';
import { audienceOfEntry, campaignsForNextSync, queueDueChatTagRefreshes } from './push';
import { audienceGoesToLine } from './audience-queue';
import { abTestWinnerEntry, databaseResolvers, queueCampaignSend, unresolvedText } from './queue';
import { richMenuDiff } from './richmenus';
import { getAudience } from '../audiences/repository';
import { uploadParts } from '../../shared/sync/audiences';
import { createScheduler, type ScheduledCampaign, type Scheduler } from './scheduler';
import { drainOutbox, type OutboxWorkerOptions, type Timer } from './worker';

export interface SyncEngineOptions {
  readonly database: AppDatabase;
  readonly emit: EventEmitterFn;
  readonly sources: ConnectionSources;
  /** Epoch ms (default Date.now); the scheduler and the worker run on it. */
  readonly now?: () => number;
  /** The scheduler's timer (default: real timers that do not keep the process alive). */
  readonly timer?: Timer;
  /** Worker settings (tests: no backoff, the sandbox's clock). */
  readonly worker?: Partial<Omit<OutboxWorkerOptions, 'db' | 'connect' | 'channelId' | 'changed'>>;
  /** How long LINE may take to answer the diff's quota reading (default 10 s). */
  readonly probeTimeoutMs?: number;
}

/** A drain's report with what was queued first. */
type Queued = Pick<SyncPushResult, 'queued' | 'notQueued'>;

export interface SyncEngine {
  readonly scheduler: Scheduler | undefined;
  /** Starts the dispatcher of scheduled sends (once). */
  startScheduler(): Scheduler;
  /** Queues (inside the run, so runs never interleave) and drains the channel's outbox. */
  run(channelId: number, queue?: () => Queued): Promise<SyncPushResult>;
  /** Resolves once no run is going. */
  idle(): Promise<void>;
  stop(): Promise<void>;
  readonly options: SyncEngineOptions;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const db = () => options.database.db;
  const now = options.now ?? Date.now;
  let chain: Promise<unknown> = Promise.resolve();
  let scheduler: Scheduler | undefined;
  let stopped = false;
  // A run that left entries waiting (an audience LINE is still processing, the audience budget, an
  // A/B test's wait) runs the channel again when they can go on, so it leaves without another push.
  const followUps = new Map<number, () => void>();
  const followUp = (channelId: number, at: number | undefined): void => {
    followUps.get(channelId)?.();
    followUps.delete(channelId);
    if (at === undefined || stopped) return;
    const timer = options.timer ?? {
      schedule(ms: number, go: () => void) {
        const t = setTimeout(go, ms);
        t.unref();
        return () => clearTimeout(t);
      },
    };
    followUps.set(
      channelId,
      timer.schedule(Math.max(0, at - now()), () => {
        followUps.delete(channelId);
        if (!stopped) void run(channelId).catch(() => undefined);
      }),
    );
  };

  const changed = (channelId: number): void => {
    options.emit('outboxChanged', { channelId });
    options.emit('campaignsChanged', { channelId });
  };

  const run = (channelId: number, queue?: () => Queued): Promise<SyncPushResult> => {
    const next = chain.then(async (): Promise<SyncPushResult> => {
      const queued = queue?.() ?? { queued: [], notQueued: [] };
      if (queued.queued.length > 0 || queued.notQueued.length > 0) changed(channelId);
      const report = await drainOutbox({
        ...options.worker,
        now,
        db: db(),
        channelId,
        connect: (id) => channelConnection(db(), id, options.sources),
        changed: (entry) => changed(entry.channelId),
      });
      changed(channelId);
      // An A/B test's winner goes when its wait is over, while the app runs, without another push.
      const wake = [report.nextRunAt, report.nextWinnerAt].filter((t): t is number => t !== undefined);
      followUp(channelId, wake.length > 0 ? Math.min(...wake) : undefined);
      return {
        leased: report.leased,
        heldBy: report.heldBy ?? null,
        ...queued,
        done: report.done,
        failed: report.failed,
        needsUser: report.needsUser,
        waiting: report.waiting,
      };
    });
    chain = next.catch(() => undefined);
    return next;
  };

  const engine: SyncEngine = {
    get scheduler() {
      return scheduler;
    },
    options,
    startScheduler() {
      scheduler ??= createScheduler({
        db,
        now,
        ...(options.timer ? { timer: options.timer } : {}),
        dispatch: async (campaign: ScheduledCampaign) => {
          if (stopped) return;
          await run(campaign.channelId, () => ({
            queued: queueCampaignSend(db(), campaign.campaignId),
            notQueued: [],
          }));
        },
      });
      return scheduler;
    },
    run,
    idle: async () => {
      await scheduler?.idle();
      await chain;
    },
    async stop() {
      stopped = true;
      for (const cancel of followUps.values()) cancel();
      followUps.clear();
      scheduler?.stop();
      await chain;
    },
  };
  return engine;
}

function requireChannel(db: SqliteDatabase, channelId: number): void {
  if (!getChannel(db, channelId))
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
}

function requireEntry(db: SqliteDatabase, entryId: number): OutboxEntry {
  const entry = getOutboxEntry(db, entryId);
  if (!entry) throw new ApiError('not-found', { key: 'errors.sync.entryNotFound', params: { id: entryId } });
  return entry;
}

const textOf = (error: ApiError): LocalizedText => ({
  key: error.key,
  ...(error.params ? { params: error.params } : {}),
});

/** The channel's outbox as the Sync section shows it: no payload, no retry key. */
export function syncEntries(db: SqliteDatabase, channelId: number): SyncEntry[] {
  const titles = new Map(listCampaigns(db, channelId).map((c) => [c.id, c.title]));
  const projects = new Map(richMenuDiff(db, channelId).map((r) => [r.entryId, r.project]));
  return listOutbox(db, channelId).map((e) => ({
    id: e.id,
    channelId: e.channelId,
    campaignId: e.campaignId,
    campaign: e.campaignId === null ? null : (titles.get(e.campaignId) ?? null),
    ...(isRichMenuEntryKind(e.kind) ? { project: projects.get(e.id) ?? richMenuProjectName(e) } : {}),
    audience: audienceOfEntry(db, e),
    abTestWinner: decidedWinner(e),
    kind: e.kind,
    part: e.part,
    cost: e.cost,
    state: e.state,
    attempts: e.attempts,
    lastError: e.lastError,
    requestId: e.acceptedRequestId ?? e.requestId,
    progress: e.progress,
    updatedAt: e.updatedAt,
    finishedAt: e.finishedAt,
  }));
}

/** The project a finished rich-menu entry published (its payload names it). */
function richMenuProjectName(entry: OutboxEntry): string | null {
  const name = (entry.payload as { project?: unknown }).project;
  return typeof name === 'string' ? name : null;
}

/**
 * What queueing a campaign would make, without writing anything; the audiences it would upload
 * first are added to `audiences` (by id, with the campaigns waiting for them).
 */
export function diffSend(
  db: SqliteDatabase,
  campaignId: number,
  audiences: Map<number, SyncDiffAudience> = new Map(),
): SyncDiffSend {
  const campaign = requireCampaign(db, campaignId);
  const uploads = new Set<number>();
  const mapping = lineSends(
    campaign,
    databaseResolvers(db, campaign.channelId, uploads),
    campaign.plannedRecipients,
  );
  const empty = [...uploads]
    .map((id) => getAudience(db, id))
    .find((a) => a?.kind === 'upload' && (a.size ?? 0) === 0 && !audienceGoesToLine(db, a.id));
  if (mapping.ok && empty)
    return {
      campaignId: campaign.id,
      title: campaign.title,
      sendKind: campaign.sendKind,
      at: campaign.at,
      recipients: Math.max(0, Math.round(campaign.plannedRecipients)),
      requests: 0,
      cost: 0,
      refusal: {
        text: { key: 'errors.sync.unresolved', params: { title: campaign.title } },
        details: [{ key: 'errors.sync.audienceEmpty', params: { name: empty.name } }],
      },
    };
  if (mapping.ok)
    for (const id of uploads) {
      const audience = getAudience(db, id);
      if (!audience || audience.kind === 'line' || audienceGoesToLine(db, id)) continue;
      const known = audiences.get(id);
      const members =
        audience.kind === 'click' || audience.kind === 'impression' ? null : (audience.size ?? 0);
      audiences.set(id, {
        audienceId: id,
        name: audience.name,
        kind: audience.kind,
        members,
        files: members === null ? 0 : Math.max(1, uploadParts(0, members).length),
        for: [...(known?.for ?? []), campaign.title],
      });
    }
  const multi = campaign.sendKind === 'multicast' || campaign.sendKind === 'push';
  const base = {
    campaignId: campaign.id,
    title: campaign.title,
    sendKind: campaign.sendKind,
    at: campaign.at,
    recipients: multi ? campaign.to.length : Math.max(0, Math.round(campaign.plannedRecipients)),
  };
  if (!mapping.ok)
    return {
      ...base,
      requests: 0,
      cost: 0,
      refusal: {
        text: { key: 'errors.sync.unresolved', params: { title: campaign.title } },
        details: mapping.unresolved.map(unresolvedText),
      },
    };
  // An A/B test's winner goes later, but it is part of what the push queues.
  const winner = abTestWinnerEntry(campaign, mapping.sends);
  return {
    ...base,
    requests: mapping.sends.length + (winner ? 1 : 0),
    cost:
      mapping.sends.reduce(
        (sum, send) => sum + requestCost(send.operation, send.body, campaign.plannedRecipients),
        0,
      ) + (winner?.cost ?? 0),
    refusal: null,
  };
}

/** The audiences a push of the channel would create on LINE first (the command line's diff shows them). */
export function syncDiffAudiences(db: SqliteDatabase, channelId: number): SyncDiffAudience[] {
  const audiences = new Map<number, SyncDiffAudience>();
  for (const c of campaignsForNextSync(db, channelId)) diffSend(db, c.id, audiences);
  return [...audiences.values()];
}

export interface SyncHandlerContext {
  readonly database: AppDatabase;
  readonly sync: SyncEngine;
}

export function createSyncHandlers(context: SyncHandlerContext): HandlersOf<SyncApi> {
  const db = () => context.database.db;
  const { sync } = context;
  const now = sync.options.now ?? Date.now;
  const probeTimeoutMs = sync.options.probeTimeoutMs ?? 10_000;

  const missed = (channelId: number): MissedSchedule[] =>
    (sync.scheduler?.held(channelId) ?? []).map((h) => ({
      campaignId: h.campaignId,
      title: h.title,
      at: h.at,
      reason: h.reason,
      error: h.error ?? null,
    }));

  /** LINE's quota now, or why LINE cannot be reached. */
  const probe = async (
    channelId: number,
  ): Promise<{ connection: SyncConnection; quota: SyncQuota | undefined }> => {
    try {
      const connection = await channelConnection(db(), channelId, sync.options.sources);
      const client = new messagingApi.MessagingApiClient({
        channelAccessToken: connection.token,
        baseURL: connection.apiBaseUrl,
      });
      let cancel: (() => void) | undefined;
      const timeout = new Promise<never>((_, reject) => {
        const timer = setTimeout(() => reject(new LineTimeoutError(probeTimeoutMs)), probeTimeoutMs);
        timer.unref();
        cancel = () => clearTimeout(timer);
      });
      const [quota, consumption] = await Promise.race([
        Promise.all([client.getMessageQuota(), client.getMessageQuotaConsumption()]),
        timeout,
      ]).finally(() => cancel?.());
      const remaining =
        quota.type === 'limited' && quota.value !== undefined
          ? Math.max(0, quota.value - consumption.totalUsage)
          : null;
      return { connection: { online: true }, quota: { source: 'line', remaining } };
    } catch (error) {
      const failure = error instanceof ApiError ? textOf(error) : lineFailure(error).error;
      const reason: LocalizedText = {
        key: failure.key,
        ...(failure.params ? { params: failure.params } : {}),
      };
      return { connection: { online: false, reason }, quota: undefined };
    }
  };

  /** Messages left this month by the forecast's planning figures (plan, cap, messages used). */
  const forecastRemaining = (channelId: number): SyncQuota => {
    const at = new Date(now());
    const zone = getChannelPlanning(db(), channelId).timeZone;
    const forecast = forecastChannelMonth(db(), channelId, monthOf(at.getTime(), zone), at);
    const period = forecast.planPeriods.at(-1);
    const allowance = period ? period.freeMessages + period.additionalAllowed : forecast.plan.freeMessages;
    return { source: 'forecast', remaining: Math.max(0, allowance - forecast.consumedBefore) };
  };

  const queueNextSync = (channelId: number) => () => {
    queueDueChatTagRefreshes(db(), channelId, now());
    const queued: number[] = [];
    const notQueued: SyncPushResult['notQueued'][number][] = [];
    for (const campaign of campaignsForNextSync(db(), channelId)) {
      try {
        queued.push(...queueCampaignSend(db(), campaign.id));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        notQueued.push({ campaignId: campaign.id, title: campaign.title, error: textOf(error) });
      }
    }
    return { queued, notQueued };
  };

  return {
    listOutbox(channelId) {
      requireChannel(db(), channelId);
      return syncEntries(db(), channelId);
    },
    async syncDiff(channelId): Promise<SyncDiff> {
      requireChannel(db(), channelId);
      const audiences = new Map<number, SyncDiffAudience>();
      const sends = campaignsForNextSync(db(), channelId).map((c) => diffSend(db(), c.id, audiences));
      const waiting = syncEntries(db(), channelId).filter(
        (e) => !finishedOutboxStates.has(e.state) && !isRichMenuEntryKind(e.kind),
      );
      const { connection, quota } = await probe(channelId);
      const remaining = quota ?? forecastRemaining(channelId);
      const cost =
        sends.reduce((sum, s) => sum + (s.refusal ? 0 : s.cost), 0) +
        waiting.reduce((sum, e) => sum + e.cost, 0);
      return {
        channelId,
        connection,
        sends,
        audiences: [...audiences.values()],
        waiting,
        richMenus: richMenuDiff(db(), channelId),
        missed: missed(channelId),
        quota: remaining,
        cost,
        fits: remaining.remaining === null || cost <= remaining.remaining,
      };
    },
    async pushChannel(channelId) {
      requireChannel(db(), channelId);
      return sync.run(channelId, queueNextSync(channelId));
    },
    async retryEntry(entryId) {
      const entry = requireEntry(db(), entryId);
      if (entry.state === 'done' || entry.state === 'running')
        throw new ApiError('conflict', {
          key: 'errors.sync.notRetryable',
          params: { id: entryId, state: { key: `sync.state.${entry.state}` } },
        });
      return sync.run(entry.channelId, () => {
        if (entry.state === 'failed' || entry.state === 'needs-user')
          writeTransaction(db(), () => {
            resetEntryForRetry(db(), entry.id, randomUUID());
            if (entry.campaignId !== null) moveCampaignStatus(db(), entry.campaignId, ['failed'], 'sending');
          });
        return { queued: [], notQueued: [] };
      });
    },
    async discardEntry(entryId) {
      const entry = requireEntry(db(), entryId);
      if (entry.state === 'done' || entry.state === 'running')
        throw new ApiError('conflict', {
          key: 'errors.sync.notDiscardable',
          params: { id: entryId, state: { key: `sync.state.${entry.state}` } },
        });
      const result = writeTransaction(db(), () => {
        if (entry.campaignId === null) {
          deleteOutboxEntries(db(), [entry.id]);
          return { discarded: [entry.id], campaignStatus: null };
        }
        const entries = campaignEntries(db(), entry.campaignId);
        const open = entries.filter((e) => e.state !== 'done');
        // Nothing of it reached LINE: none done, and each left was refused or never tried.
        const untouched = open.every(
          (e) =>
            e.acceptedRequestId === null &&
            e.requestId === null &&
            (e.state === 'failed' || e.firstAttemptAt === null),
        );
        if (open.length === entries.length && untouched) {
          deleteOutboxEntries(
            db(),
            open.map((e) => e.id),
          );
          moveCampaignStatus(db(), entry.campaignId, ['sending', 'failed'], 'ready');
          return { discarded: open.map((e) => e.id), campaignStatus: 'ready' as const };
        }
        for (const e of open)
          if (e.state !== 'failed')
            markFailure(db(), e.id, 'failed', { key: 'errors.sync.discarded', params: {} });
        moveCampaignStatus(db(), entry.campaignId, ['sending'], 'failed');
        return { discarded: open.map((e) => e.id), campaignStatus: 'failed' as const };
      });
      sync.options.emit('outboxChanged', { channelId: entry.channelId });
      sync.options.emit('campaignsChanged', { channelId: entry.channelId });
      return result;
    },
    async sendMissedSchedule(campaignId) {
      const campaign = requireCampaign(db(), campaignId);
      if (!missed(campaign.channelId).some((m) => m.campaignId === campaignId))
        throw new ApiError('conflict', {
          key: 'errors.sync.notMissed',
          params: { title: campaign.title },
        });
      return sync.run(campaign.channelId, () => {
        try {
          return { queued: queueCampaignSend(db(), campaignId), notQueued: [] };
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          return {
            queued: [],
            notQueued: [{ campaignId, title: campaign.title, error: textOf(error) }],
          };
        }
      });
    },
    async pullFromLine(channelId) {
      requireChannel(db(), channelId);
      const report = await pullChannel({
        db: db(),
        channelId,
        connect: (id) => channelConnection(db(), id, sync.options.sources),
        now,
      });
      // Every screen that shows what a pull may change reads it again.
      if (report.changed.length > 0) {
        sync.options.emit('planningChanged', { channelId });
        sync.options.emit('campaignsChanged', { channelId });
        sync.options.emit('audiencesChanged', { channelId });
        sync.options.emit('outboxChanged', { channelId });
      }
      return report;
    },
  };
}
