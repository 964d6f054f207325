// The campaigns' slice of the API handler table (shared/campaigns/contract.ts). Arguments arrive
// validated; every write runs in one write transaction and emits `campaignsChanged`, and
// `audiencesChanged` too, since retargeting audiences list and estimate from broadcasts.

import { getChannelPlanning } from '../quota/planning';
import type { EventEmitterFn } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import type { HandlersOf } from '../../shared/api/slice';
import type { CampaignsApi } from '../../shared/campaigns/contract';
import { problemLine } from '../../shared/campaigns/file';
import {
  lockedStatuses,
  type Campaign,
  type CampaignDraft,
  type CampaignStatus,
} from '../../shared/campaigns/model';
import { titleMaxLength } from '../../shared/campaigns/rules';
import { plannedSends } from '../../shared/campaigns/sends';
import { atMs, monthOf, monthRange } from '../../shared/campaigns/time';
import { getChannel } from '../storage/channels';
import { writeTransaction, type AppDatabase, type SqliteDatabase } from '../storage/database';
import { freeKey } from './broadcasts';
import { checkStoredDraft, loadChannelFacts } from './context';
import { normalizeDraft, refuseNotReady, refuseUnstorable } from './drafts';
import { exportCampaignFileText, importCampaignFileText } from './files';
import {
  deleteCampaign,
  getCampaign,
  insertCampaign,
  listCampaigns,
  listCampaignSummaries,
  requireCampaign,
  updateCampaign,
  updateCampaignStatus,
} from './repository';

export interface CampaignHandlerContext {
  readonly database: AppDatabase;
  readonly emit: EventEmitterFn;
  /** The clock the rules compare send times with (tests pass their own). */
  readonly now?: () => Date;
}

function requireChannel(db: SqliteDatabase, channelId: number): void {
  if (!getChannel(db, channelId))
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
}

function refuseLocked(campaign: Campaign): void {
  if (lockedStatuses.has(campaign.status))
    throw new ApiError('conflict', {
      key: 'errors.campaigns.locked',
      params: { title: campaign.title, status: { key: `campaigns.status.${campaign.status}` } },
    });
}

/** Other rows that would be left pointing at nothing: retargeting audiences, redeliveries. */
function refuseReferenced(db: SqliteDatabase, campaign: Campaign): void {
  const audience = db
    .prepare('SELECT name FROM audiences WHERE broadcast_id = ? ORDER BY id LIMIT 1')
    .get(campaign.id) as { name: string } | undefined;
  if (audience)
    throw new ApiError('conflict', {
      key: 'errors.campaigns.usedByAudience',
      params: { title: campaign.title, audience: audience.name },
    });
  const redelivering = listCampaigns(db, campaign.channelId).find(
    (c) =>
      c.id !== campaign.id &&
      JSON.stringify(c.recipient ?? {}).includes(`"broadcastId":${String(campaign.id)}}`),
  );
  if (redelivering)
    throw new ApiError('conflict', {
      key: 'errors.campaigns.usedByCampaign',
      params: { title: campaign.title, other: redelivering.title },
    });
}

export function createCampaignHandlers(context: CampaignHandlerContext): HandlersOf<CampaignsApi> {
  const db = () => context.database.db;
  const now = () => context.now?.() ?? new Date();
  const changed = (channelId: number) => {
    context.emit('campaignsChanged', { channelId });
    context.emit('audiencesChanged', { channelId });
  };

  /** The campaigns of `month` (YYYY-MM in the channel's zone), or all of them when it is null. */
  function inMonth<C extends { readonly at: string | null }>(
    channelId: number,
    month: string | null,
    campaigns: C[],
  ): C[] {
    if (month === null) return campaigns;
    const zone = getChannelPlanning(db(), channelId).timeZone;
    const { start, end } = monthRange(month, zone);
    // "At the next sync" goes out now-ish: it belongs to the current month.
    const current = monthOf(now().getTime(), zone) === month;
    return campaigns.filter((c) => {
      if (c.at === null) return current;
      const ms = atMs(c.at);
      return ms >= start && ms < end;
    });
  }

  /** Checks and stores a draft (new when `existing` is null), refusing what must not be stored. */
  function store(
    channelId: number,
    input: CampaignDraft,
    existing: Campaign | null,
    status: CampaignStatus,
  ): Campaign {
    const id = writeTransaction(db(), () => {
      if (existing) refuseLocked(existing);
      const facts = loadChannelFacts(db(), channelId);
      const draft = normalizeDraft(db(), channelId, input, facts.planning.timeZone, existing?.key ?? null);
      const check = checkStoredDraft(db(), facts, draft, existing?.id ?? null, status, now());
      refuseUnstorable(draft.title, check.findings);
      refuseNotReady(draft.title, status, check.findings);
      if (!existing) return insertCampaign(db(), channelId, draft, status, check.reach.expected);
      updateCampaign(db(), existing.id, draft, status, check.reach.expected);
      return existing.id;
    });
    changed(channelId);
    return requireCampaign(db(), id);
  }

  return {
    listCampaigns: (channelId, month) => {
      requireChannel(db(), channelId);
      return inMonth(channelId, month, listCampaigns(db(), channelId));
    },
    listCampaignSummaries: (channelId, month) => {
      requireChannel(db(), channelId);
      return inMonth(channelId, month, listCampaignSummaries(db(), channelId));
    },
    getCampaign: (campaignId) => requireCampaign(db(), campaignId),
    createCampaign: (channelId, draft) => {
      requireChannel(db(), channelId);
      return store(channelId, draft, null, 'draft');
    },
    saveCampaign: (campaignId, draft) => {
      const existing = requireCampaign(db(), campaignId);
      return store(existing.channelId, draft, existing, existing.status);
    },
    setCampaignStatus: (campaignId, status) => {
      const existing = requireCampaign(db(), campaignId);
      refuseLocked(existing);
      writeTransaction(db(), () => {
        const facts = loadChannelFacts(db(), existing.channelId);
        const check = checkStoredDraft(db(), facts, existing, existing.id, status, now());
        refuseNotReady(existing.title, status, check.findings);
        updateCampaignStatus(db(), campaignId, status);
      });
      changed(existing.channelId);
      return requireCampaign(db(), campaignId);
    },
    duplicateCampaign: (campaignId) => {
      const original = requireCampaign(db(), campaignId);
      const title = `${original.title} (copy)`.slice(0, titleMaxLength);
      const copy: CampaignDraft = {
        ...original,
        title,
        key: freeKey(db(), original.channelId, title),
        // A sent campaign's time is over; the copy goes out when it is given a new one.
        at: lockedStatuses.has(original.status) ? null : original.at,
      };
      return store(original.channelId, copy, null, 'draft');
    },
    deleteCampaign: (campaignId) => {
      const campaign = requireCampaign(db(), campaignId);
      writeTransaction(db(), () => {
        refuseLocked(campaign);
        refuseReferenced(db(), campaign);
        deleteCampaign(db(), campaignId);
      });
      changed(campaign.channelId);
    },
    checkCampaign: (channelId, input, campaignId) => {
      requireChannel(db(), channelId);
      const stored = campaignId === null ? undefined : getCampaign(db(), campaignId);
      if (campaignId !== null && (!stored || stored.channelId !== channelId))
        throw new ApiError('not-found', { key: 'errors.campaigns.notFound', params: { id: campaignId } });
      const facts = loadChannelFacts(db(), channelId);
      const draft = normalizeDraft(db(), channelId, input, facts.planning.timeZone, stored?.key ?? null);
      const status = stored?.status ?? 'draft';
      const { context: ruleContext, ...check } = checkStoredDraft(
        db(),
        facts,
        draft,
        campaignId,
        status,
        now(),
      );
      const sends = plannedSends(
        { ...draft, id: campaignId, status },
        { ...ruleContext, timeZone: facts.planning.timeZone, reach: check.reach },
      );
      return { ...check, sends };
    },
    importCampaignFile: (channelId, text) => {
      requireChannel(db(), channelId);
      const outcome = importCampaignFileText(db(), text, { channel: String(channelId), now: now() });
      if (!outcome.ok)
        throw new ApiError(
          'invalid-argument',
          { key: 'errors.campaigns.fileRefused', params: { count: outcome.problems.length } },
          outcome.problems.map(problemLine),
        );
      changed(channelId);
      const { channel, ...summary } = outcome.result;
      return { channelId: channel.id, ...summary };
    },
    exportCampaignFile: (channelId, month) => {
      requireChannel(db(), channelId);
      return exportCampaignFileText(db(), channelId, month);
    },
  };
}
