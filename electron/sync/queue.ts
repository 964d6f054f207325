// Queueing a campaign's send: its LINE requests (shared/campaigns/line-requests.ts, one to one from
// the campaign; a multicast in requests of 500) become outbox entries, each with the retry key it will
// be sent under, in the same transaction that marks the campaign sending. Either both happen or
// neither does, so a crash can neither lose a send nor leave one queued twice.

import { randomUUID } from 'node:crypto';
import { ApiError, type ErrorText } from '../../shared/api/result';
import {
  lineSends,
  type LineResolvers,
  type LineSend,
  type Unresolved,
} from '../../shared/campaigns/line-requests';
import type { AbTestWinnerPayload } from '../../shared/campaigns/ab-test';
import type { Campaign } from '../../shared/campaigns/model';
import { requestCost } from '../../shared/sync/outbox';
import { pendingAudiencePlaceholder } from '../../shared/sync/audiences';
import { getAudience } from '../audiences/repository';
import { getCampaign, requireCampaign, updateCampaignStatus } from '../campaigns/repository';
import { getProject } from '../editor/projects';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { hasOpenAudienceUpload, queueAudienceUpload, uploadableAudienceKinds } from './audience-queue';
import { insertOutboxEntry } from './outbox-store';

export interface QueueOptions {
  /** Makes the retry keys (default: crypto.randomUUID). */
  readonly uuid?: () => string;
}

/**
 * Local IDs → what LINE knows them by, read from the database. With `uploads`, an audience of the
 * channel that this app can make on LINE and that is not READY there yet resolves to a placeholder
 * (the send waits for it) and is added to `uploads`, for the caller to queue its upload; so does one
 * that is READY while members added to it are still queued for LINE.
 */
export function databaseResolvers(
  db: SqliteDatabase,
  channelId: number,
  uploads?: Set<number>,
): LineResolvers {
  return {
    audienceGroupId(audienceId) {
      const audience = getAudience(db, audienceId);
      if (audience?.channelId !== channelId) return undefined;
      if (uploads && uploadableAudienceKinds.has(audience.kind)) {
        if (audience.status !== 'READY') {
          uploads.add(audienceId);
          return pendingAudiencePlaceholder(audienceId);
        }
        // READY on LINE, but members added since are still queued: the send waits for them too.
        if (hasOpenAudienceUpload(db, audienceId)) return pendingAudiencePlaceholder(audienceId);
      }
      if (!audience.lineAudienceGroupId) return undefined;
      const id = Number(audience.lineAudienceGroupId);
      return Number.isSafeInteger(id) ? id : undefined;
    },
    requestId(campaignId) {
      const campaign = getCampaign(db, campaignId);
      return campaign?.channelId === channelId ? (campaign.delivery.requestId ?? undefined) : undefined;
    },
    imagemap(projectId) {
      try {
        const project = getProject(db, projectId);
        if (project.channelId !== channelId) return undefined;
        const document = project.documents[0];
        return document?.kind === 'imagemap' ? document : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export function unresolvedText(item: Unresolved): ErrorText {
  const params = { id: item.id, path: item.path };
  switch (item.kind) {
    case 'audience':
      return { key: 'errors.sync.unresolvedAudience', params };
    case 'redelivery':
      return { key: 'errors.sync.unresolvedRedelivery', params };
    case 'imagemap':
      return { key: 'errors.sync.unresolvedImagemap', params };
  }
}

/**
 * An A/B test's winner, queued with its variants (after them) and sent once the test's wait is
 * over (electron/sync/run-abtest.ts): what it holds and the messages it is expected to count, the
 * target less the variants' shares (capped by what is left of `limit.max`).
 */
export function abTestWinnerEntry(
  campaign: Campaign,
  variants: readonly LineSend[],
): { payload: AbTestWinnerPayload; cost: number } | null {
  if (!campaign.abTest) return null;
  const tested = variants.reduce(
    (sum, send) => sum + requestCost(send.operation, send.body, campaign.plannedRecipients),
    0,
  );
  const rest = Math.max(0, campaign.plannedRecipients - tested);
  const max = campaign.limit?.max === undefined ? undefined : Math.max(0, campaign.limit.max - tested);
  const limit = {
    ...(max === undefined ? {} : { max }),
    ...(campaign.limit?.upToRemainingQuota ? { upToRemainingQuota: true } : {}),
  };
  return {
    payload: {
      variants: variants.length,
      metric: campaign.abTest.metric,
      decideAfterHours: campaign.abTest.decideAfterHours,
    },
    cost: requestCost('abTestWinner', { limit }, rest),
  };
}

const queueable: ReadonlySet<Campaign['status']> = new Set(['ready', 'scheduled']);

/**
 * Queues the campaign's send and marks it sending; returns the new entries' ids. Audiences it names
 * that are not on LINE yet have their uploads queued first, in the same transaction (the send then
 * waits for them to be READY). Refuses (and changes nothing) a campaign that is not ready or
 * scheduled, or that names something LINE does not know and sync cannot make.
 */
export function queueCampaignSend(
  db: SqliteDatabase,
  campaignId: number,
  options: QueueOptions = {},
): number[] {
  const uuid = options.uuid ?? randomUUID;
  return writeTransaction(db, () => {
    const campaign = requireCampaign(db, campaignId);
    if (!queueable.has(campaign.status))
      throw new ApiError('conflict', {
        key: 'errors.sync.notQueueable',
        params: { title: campaign.title, status: { key: `campaigns.status.${campaign.status}` } },
      });
    const uploads = new Set<number>();
    const mapping = lineSends(
      campaign,
      databaseResolvers(db, campaign.channelId, uploads),
      campaign.plannedRecipients,
    );
    if (!mapping.ok)
      throw new ApiError(
        'conflict',
        { key: 'errors.sync.unresolved', params: { title: campaign.title } },
        mapping.unresolved.map(unresolvedText),
      );
    updateCampaignStatus(db, campaign.id, 'sending');
    // The uploads go first: the worker runs entries in order.
    for (const audienceId of uploads) queueAudienceUpload(db, audienceId, uuid);
    const ids = mapping.sends.map((send, part) =>
      insertOutboxEntry(db, {
        channelId: campaign.channelId,
        kind: send.operation,
        campaignId: campaign.id,
        part,
        payload: send.body,
        cost: requestCost(send.operation, send.body, campaign.plannedRecipients),
        retryKey: uuid(),
      }),
    );
    const winner = abTestWinnerEntry(campaign, mapping.sends);
    if (winner)
      ids.push(
        insertOutboxEntry(db, {
          channelId: campaign.channelId,
          kind: 'abTestWinner',
          campaignId: campaign.id,
          part: mapping.sends.length,
          payload: winner.payload,
          cost: winner.cost,
          // Its own key, made now: the winner is sent under it however many runs it takes.
          retryKey: uuid(),
        }),
      );
    return ids;
  });
}
