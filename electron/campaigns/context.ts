// What the shared campaign rules need to know, read from the database: the channel's planning
// figures (zone, friend statistics), its audiences and campaigns, the editor projects a draft's
// imagemaps name (with the editor's own checks), and the recipient expression's count from the
// audiences feature. One ChannelFacts serves every campaign of a list or an import.

import type { AudienceCount } from '../../shared/audiences/algebra';
import type { AudienceSummary } from '../../shared/audiences/audience';
import type { ImagemapProjectFacts } from '../../shared/campaigns/messages';
import type { CampaignDraft, CampaignStatus } from '../../shared/campaigns/model';
import { reachableFriends } from '../../shared/campaigns/reach';
import {
  checkCampaign,
  type CampaignCheck,
  type CampaignCheckContext,
  type CampaignSource,
} from '../../shared/campaigns/rules';
import { lintDocument } from '../../shared/editor/lint';
import type { ChannelPlanning } from '../../shared/quota/model';
import { evaluateAudienceExpression } from '../audiences/algebra';
import { listAudiences } from '../audiences/repository';
import { getProject } from '../editor/projects';
import { getChannelPlanning } from '../quota/planning';
import type { SqliteDatabase } from '../storage/database';
import { listCampaignSources } from './repository';

export interface ChannelFacts {
  readonly channelId: number;
  readonly planning: ChannelPlanning;
  readonly audiences: readonly AudienceSummary[];
  readonly campaigns: readonly CampaignSource[];
  /**
   * Recipient counts by expression: the audiences do not change while one list or import is
   * checked, and campaigns often share their recipients.
   */
  readonly recipientCounts: Map<string, AudienceCount | null>;
}

export function loadChannelFacts(db: SqliteDatabase, channelId: number): ChannelFacts {
  return {
    channelId,
    planning: getChannelPlanning(db, channelId),
    audiences: listAudiences(db, channelId),
    campaigns: listCampaignSources(db, channelId),
    recipientCounts: new Map(),
  };
}

function projectFacts(db: SqliteDatabase, channelId: number, draft: CampaignDraft): ImagemapProjectFacts[] {
  const ids = new Set<number>();
  const messages = [...draft.messages, ...(draft.abTest?.variants.flatMap((v) => v.messages) ?? [])];
  for (const m of messages) if (m.type === 'imagemap') ids.add(m.projectId);
  const facts: ImagemapProjectFacts[] = [];
  for (const id of ids) {
    let project;
    try {
      project = getProject(db, id);
    } catch {
      continue; // gone: the rules report it missing
    }
    if (project.channelId !== channelId) continue;
    const document = project.documents[0];
    facts.push({
      id,
      name: project.name,
      kind: project.kind,
      trashed: project.trashedAt !== null,
      altText: document?.kind === 'imagemap' ? document.imagemap.altText : '',
      errorCount: document ? lintDocument(document).filter((f) => f.severity === 'error').length : 0,
    });
  }
  return facts;
}

/** The count of a narrowcast's recipient expression (null for anything else), once per expression. */
export function recipientCountFor(
  db: SqliteDatabase,
  facts: ChannelFacts,
  draft: CampaignDraft,
  now: Date,
): AudienceCount | null {
  if (draft.sendKind !== 'narrowcast' || draft.recipient === null) return null;
  const key = JSON.stringify(draft.recipient);
  const known = facts.recipientCounts.get(key);
  if (known !== undefined) return known;
  const friends = facts.planning.friends;
  const count = evaluateAudienceExpression(db, facts.channelId, draft.recipient, {
    targetReach: friends ? reachableFriends(friends) : null,
    now,
  }).count;
  facts.recipientCounts.set(key, count);
  return count;
}

export function checkContext(
  db: SqliteDatabase,
  facts: ChannelFacts,
  draft: CampaignDraft,
  campaignId: number | null,
  status: CampaignStatus,
  now: Date,
): CampaignCheckContext {
  const friends = facts.planning.friends;
  const recipientCount = recipientCountFor(db, facts, draft, now);
  return {
    now,
    friends,
    recipientCount,
    campaignId,
    status,
    campaigns: facts.campaigns,
    audiences: facts.audiences,
    projects: projectFacts(db, facts.channelId, draft),
  };
}

/** The shared rules over a draft of this channel, with everything they need read from the database. */
export function checkStoredDraft(
  db: SqliteDatabase,
  facts: ChannelFacts,
  draft: CampaignDraft,
  campaignId: number | null,
  status: CampaignStatus,
  now: Date,
): CampaignCheck & { readonly context: CampaignCheckContext } {
  const context = checkContext(db, facts, draft, campaignId, status, now);
  return { ...checkCampaign(draft, context), context };
}
