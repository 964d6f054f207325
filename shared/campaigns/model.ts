// What a campaign is: one planned send (or an A/B test's linked sends) as plain, JSON-safe data that
// maps one to one onto LINE's request bodies. Messages, the recipient expression, the demographic
// filter and the limit are LINE's own objects, except that an imagemap names an editor project, an
// audience is a local audience, and a redelivery names another campaign (resolved when sync sends).

import type { AudienceExpression } from '../audiences/algebra';

export type CampaignStatus = 'draft' | 'ready' | 'scheduled' | 'sending' | 'sent' | 'failed';
export const campaignStatuses: readonly CampaignStatus[] = [
  'draft',
  'ready',
  'scheduled',
  'sending',
  'sent',
  'failed',
];

/** Sent, sending or failed campaigns are LINE's history: they can be duplicated, never edited. */
export const lockedStatuses: ReadonlySet<CampaignStatus> = new Set(['sending', 'sent', 'failed']);

export type SendKind = 'broadcast' | 'narrowcast' | 'multicast' | 'push';
export const sendKinds: readonly SendKind[] = ['broadcast', 'narrowcast', 'multicast', 'push'];

// ---- Messages: LINE message objects ------------------------------------------------------------

/** A LINE emoji in a text message: `index` is the UTF-16 offset of its `$` placeholder. */
export interface LineEmoji {
  readonly index: number;
  readonly productId: string;
  readonly emojiId: string;
}

export interface TextMessage {
  readonly type: 'text';
  readonly text: string;
  readonly emojis?: readonly LineEmoji[];
}

export interface ImageMessage {
  readonly type: 'image';
  readonly originalContentUrl: string;
  readonly previewImageUrl: string;
}

/**
 * An imagemap made in the editor: LINE's ImagemapMessage is built from the project's document when
 * sync sends it. `baseUrl` is where the export folder is hosted (the five widths under it).
 */
export interface ImagemapProjectMessage {
  readonly type: 'imagemap';
  /** The editor project (of this channel) by id; files name it by `project` (its name). */
  readonly projectId: number;
  readonly baseUrl: string;
  /** Defaults to the document's alternative text. */
  readonly altText?: string;
}

export interface VideoMessage {
  readonly type: 'video';
  readonly originalContentUrl: string;
  readonly previewImageUrl: string;
  readonly trackingId?: string;
}

export interface StickerMessage {
  readonly type: 'sticker';
  readonly packageId: string;
  readonly stickerId: string;
}

/** JSON from LINE's Flex Message Simulator, checked against the official schema. */
export interface FlexMessage {
  readonly type: 'flex';
  readonly altText: string;
  readonly contents: unknown;
}

export type CampaignMessage =
  TextMessage | ImageMessage | ImagemapProjectMessage | VideoMessage | StickerMessage | FlexMessage;

export type CampaignMessageType = CampaignMessage['type'];
export const campaignMessageTypes: readonly CampaignMessageType[] = [
  'text',
  'image',
  'imagemap',
  'video',
  'sticker',
  'flex',
];

// ---- Demographic filter: LINE's filter.demographic ---------------------------------------------

export type Gender = 'male' | 'female';
export type AgeBound =
  | 'age_15'
  | 'age_20'
  | 'age_25'
  | 'age_30'
  | 'age_35'
  | 'age_40'
  | 'age_45'
  | 'age_50'
  | 'age_55'
  | 'age_60'
  | 'age_65'
  | 'age_70';
export type AppType = 'ios' | 'android';
/** LINE's region codes: jp_01…jp_47, tw_01…tw_22, th_01…th_08 (names in shared/campaigns/areas.ts). */
export type AreaCode = string;
export type FriendshipBound = 'day_7' | 'day_30' | 'day_90' | 'day_180' | 'day_365';

export type DemographicFilter =
  | { readonly type: 'gender'; readonly oneOf: readonly Gender[] }
  | { readonly type: 'age'; readonly gte?: AgeBound; readonly lt?: AgeBound }
  | { readonly type: 'appType'; readonly oneOf: readonly AppType[] }
  | { readonly type: 'area'; readonly oneOf: readonly AreaCode[] }
  | { readonly type: 'subscriptionPeriod'; readonly gte?: FriendshipBound; readonly lt?: FriendshipBound }
  | { readonly type: 'operator'; readonly and: readonly DemographicFilter[] }
  | { readonly type: 'operator'; readonly or: readonly DemographicFilter[] }
  | { readonly type: 'operator'; readonly not: DemographicFilter };

// ---- Recipients and limits ---------------------------------------------------------------------

/**
 * The narrowcast recipient: the audiences feature's expression over this channel's audiences and
 * redeliveries (`redelivery.broadcastId` is a campaign's id: campaigns own that table now).
 */
export type RecipientExpression = AudienceExpression;

/** LINE's narrowcast `limit`. */
export interface SendLimit {
  /** A random subset of at most this many recipients. */
  readonly max?: number;
  /** Cut to the month's remaining quota (recipients random). */
  readonly upToRemainingQuota?: boolean;
  /** With upToRemainingQuota: send nothing rather than part. */
  readonly forbidPartialDelivery?: boolean;
}

export type AbTestMetric = 'click' | 'open';

export interface AbTestVariant {
  /** Share of the target this variant goes to (0–1), e.g. 0.1. */
  readonly share: number;
  readonly messages: readonly CampaignMessage[];
}

/**
 * 2–4 variants, each to its share of the target; after `decideAfterHours` the variant with the
 * better click or open rate goes to the rest (a narrowcast excluding the variants' recipients).
 */
export interface AbTest {
  readonly variants: readonly AbTestVariant[];
  readonly metric: AbTestMetric;
  readonly decideAfterHours: number;
}

// ---- The campaign ------------------------------------------------------------------------------

/** Everything the user edits; a campaign is this plus identity, status and what sync recorded. */
export interface CampaignDraft {
  readonly title: string;
  /** Unique per channel; defaults to the title. Files and scripts refer to campaigns by it. */
  readonly key: string;
  readonly sendKind: SendKind;
  /** ISO instant with offset (e.g. 2026-12-20T12:00:00+08:00), or null: at the next sync. */
  readonly at: string | null;
  /** 1–5 bubbles. With an A/B test the variants carry the bubbles and this is empty. */
  readonly messages: readonly CampaignMessage[];
  /** narrowcast only; null: all friends. */
  readonly recipient: RecipientExpression | null;
  /** narrowcast only. */
  readonly filter: { readonly demographic: DemographicFilter } | null;
  /** narrowcast only. */
  readonly limit: SendLimit | null;
  readonly notificationDisabled: boolean;
  /** multicast: 1–n user IDs (sent in chunks of 500); push: exactly one. Empty otherwise. */
  readonly to: readonly string[];
  /** narrowcast or broadcast only. */
  readonly abTest: AbTest | null;
}

/** What sync records of a send on LINE (for retargeting, redelivery and statistics). */
export interface CampaignDelivery {
  /** X-Line-Request-Id of the accepted send. */
  readonly requestId: string | null;
  readonly sentAt: string | null;
  readonly uniqueImpressions: number | null;
  readonly uniqueClicks: number | null;
  readonly delivered: number | null;
  /**
   * When the statistics were last pulled from LINE; null until then. After a pull, a null count is
   * one LINE hides (fewer than 20 people).
   */
  readonly statsPulledAt: string | null;
}

export interface Campaign extends CampaignDraft {
  readonly id: number;
  readonly channelId: number;
  readonly status: CampaignStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Reach expected when it was last saved: what retargeting and redelivery estimates start from. */
  readonly plannedRecipients: number;
  readonly delivery: CampaignDelivery;
}

/** A campaign as the month calendar shows it: no message content, targeting or delivery. */
export type CampaignSummary = Pick<
  Campaign,
  'id' | 'key' | 'title' | 'status' | 'sendKind' | 'at' | 'plannedRecipients'
>;

/** Statuses a user sets; sending, sent and failed are sync's to record. */
export type EditableStatus = 'draft' | 'ready' | 'scheduled';
export const editableStatuses: readonly EditableStatus[] = ['draft', 'ready', 'scheduled'];

/** The editable part of a stored campaign, as saveCampaign and checkCampaign take it. */
export function toDraft(campaign: Campaign): CampaignDraft {
  return {
    title: campaign.title,
    key: campaign.key,
    sendKind: campaign.sendKind,
    at: campaign.at,
    messages: campaign.messages,
    recipient: campaign.recipient,
    filter: campaign.filter,
    limit: campaign.limit,
    notificationDisabled: campaign.notificationDisabled,
    to: campaign.to,
    abTest: campaign.abTest,
  };
}
