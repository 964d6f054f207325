// One push of a channel: its campaigns planned "at the next sync" (ready, no time) are queued, then
// the outbox is drained by a worker holding the data folder's lease. What is queued, and each
// entry's outcome afterwards, are described in one shape for the command line (and a Sync view).

import { ApiError } from '../../shared/api/result';
import { isAudienceEntryKind } from '../../shared/sync/audiences';
import { getAudience } from '../audiences/repository';
import { listCampaigns } from '../campaigns/repository';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { chatTagRefreshDueAt } from '../../shared/audiences/lifecycle';
import { queueChatTagRefreshes } from './audience-queue';
import { decidedWinner, type OutboxEntry, type OutboxError } from '../../shared/sync/outbox';
import { channelConnection, type ConnectionSources } from './connection';
import { listOutbox } from './outbox-store';
import { queueCampaignSend } from './queue';
import { drainOutbox, type DrainReport, type OutboxWorkerOptions } from './worker';

/** Queues the refresh of the channel's chat-tag audiences that are due for one (before LINE's expiry). */
export function queueDueChatTagRefreshes(db: SqliteDatabase, channelId: number, now: number): number[] {
  return writeTransaction(db, () =>
    queueChatTagRefreshes(db, channelId, now, (id) => {
      const audience = getAudience(db, id);
      return audience ? chatTagRefreshDueAt(audience) : null;
    }),
  );
}

/** Ready campaigns without a time: "at the next sync". Scheduled ones wait for their time. */
export function campaignsForNextSync(db: SqliteDatabase, channelId: number): { id: number; title: string }[] {
  return listCampaigns(db, channelId)
    .filter((c) => c.status === 'ready' && c.at === null)
    .map((c) => ({ id: c.id, title: c.title }));
}

/** The name of the audience an audience entry changes (a deleted one's from its entry). */
export function audienceOfEntry(db: SqliteDatabase, entry: OutboxEntry): string | null {
  if (!isAudienceEntryKind(entry.kind)) return null;
  if (entry.audienceId !== null) {
    const audience = getAudience(db, entry.audienceId);
    if (audience) return audience.name;
  }
  const name = (entry.payload as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

export interface OutboxLine {
  readonly id: number;
  readonly campaign: string | null;
  readonly audience: string | null;
  /** An A/B test's winner once decided: the winning variant, from 0 (A). */
  readonly abTestWinner: number | null;
  readonly kind: OutboxEntry['kind'];
  readonly part: number;
  readonly cost: number;
  readonly state: OutboxEntry['state'];
  readonly attempts: number;
  readonly requestId: string | null;
  readonly error: OutboxError | null;
}

/** The channel's outbox entries, with their campaigns' titles. */
export function describeOutbox(db: SqliteDatabase, channelId: number): OutboxLine[] {
  const titles = new Map(listCampaigns(db, channelId).map((c) => [c.id, c.title]));
  return listOutbox(db, channelId).map((e) => ({
    id: e.id,
    // A rich-menu entry is named by its project.
    campaign:
      e.campaignId === null
        ? typeof e.payload.project === 'string'
          ? e.payload.project
          : null
        : (titles.get(e.campaignId) ?? null),
    audience: audienceOfEntry(db, e),
    abTestWinner: decidedWinner(e),
    kind: e.kind,
    part: e.part,
    cost: e.cost,
    state: e.state,
    attempts: e.attempts,
    requestId: e.acceptedRequestId ?? e.requestId,
    error: e.lastError,
  }));
}

export interface PushOptions extends Partial<Omit<OutboxWorkerOptions, 'db' | 'connect' | 'channelId'>> {
  readonly db: SqliteDatabase;
  readonly channelId: number;
  readonly sources: ConnectionSources;
}

export interface PushResult {
  readonly queued: readonly number[];
  /** Campaigns that could not be queued (each left as it was), with the reason. */
  readonly refused: readonly { readonly id: number; readonly title: string; readonly error: ApiError }[];
  readonly report: DrainReport;
}

export async function pushChannel(options: PushOptions): Promise<PushResult> {
  const { db, channelId, sources, ...worker } = options;
  const queued: number[] = [];
  const refused: { id: number; title: string; error: ApiError }[] = [];
  queueDueChatTagRefreshes(db, channelId, (worker.now ?? Date.now)());
  for (const campaign of campaignsForNextSync(db, channelId)) {
    try {
      queued.push(...queueCampaignSend(db, campaign.id));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      refused.push({ ...campaign, error });
    }
  }
  const report = await drainOutbox({
    ...worker,
    db,
    channelId,
    connect: (id) => channelConnection(db, id, sources),
  });
  return { queued, refused, report };
}
