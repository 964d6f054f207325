// The audience as the UI and the CLI see it: kinds, LINE's lifecycle statuses, and the plain DTOs
// that cross the bridge. Storage maps its rows to these; rules in lifecycle.ts compute from them.

import type { MemberIdKind } from './ids';

/**
 * upload: user IDs or IFAs imported from a file. chatTag: friends with any/all of some local tags.
 * click / impression: retargeting on a broadcast. line: made elsewhere (OA Manager…), read-only.
 */
export type AudienceKind = 'upload' | 'chatTag' | 'click' | 'impression' | 'line';
export const audienceKinds: readonly AudienceKind[] = ['upload', 'chatTag', 'click', 'impression', 'line'];

/** audienceGroup.status on LINE; `local` means not synced to LINE yet. */
export type AudienceStatus = 'local' | 'IN_PROGRESS' | 'READY' | 'FAILED' | 'EXPIRED';
export const audienceStatuses: readonly AudienceStatus[] = [
  'local',
  'IN_PROGRESS',
  'READY',
  'FAILED',
  'EXPIRED',
];

/** Why LINE failed an audience: too few members, a bad upload file, or LINE's own error. */
export type AudienceFailure = 'too-few-members' | 'bad-file' | 'internal';
export const audienceFailures: readonly AudienceFailure[] = ['too-few-members', 'bad-file', 'internal'];

export type TagMatch = 'any' | 'all';

export interface RetargetingDefinition {
  readonly broadcastId: number;
  /** Click retargeting only: one URL of the message, or null for any link. */
  readonly clickUrl: string | null;
  /** The click or open rate used for the estimate when no statistics are synced (0–1). */
  readonly rate: number;
}

export interface AudienceSummary {
  readonly id: number;
  readonly channelId: number;
  readonly name: string;
  readonly kind: AudienceKind;
  /** upload: the ID kind; chatTag: always user IDs; others: null. */
  readonly idKind: MemberIdKind | null;
  /** Known members (upload, chat tag), LINE's audienceCount (line), else null (estimated). */
  readonly size: number | null;
  readonly status: AudienceStatus;
  readonly failure: AudienceFailure | null;
  /** ISO time the audience was made locally. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** ISO time LINE created it (after sync), else null. */
  readonly lineCreatedAt: string | null;
  /** LINE's audienceGroupId after sync. */
  readonly lineAudienceGroupId: string | null;
  /** LINE's audienceGroup.type for read-only audiences (CHAT_TAG, FRIEND_PATH, WEBTRAFFIC…). */
  readonly lineType: string | null;
  /** When LINE lets it expire (listed by a pull), when known. */
  readonly lineExpiresAt?: string;
  /** How LINE says it was made (OA_MANAGER, MESSAGING_API…), when a pull listed it. */
  readonly lineCreateRoute?: string;
  readonly tagIds: readonly number[];
  readonly tagMatch: TagMatch | null;
  readonly retargeting: RetargetingDefinition | null;
}

export interface ChatTag {
  readonly id: number;
  readonly channelId: number;
  readonly name: string;
  readonly friendCount: number;
}

/**
 * A planned or sent broadcast/narrowcast as retargeting needs it. The campaigns feature will own
 * these rows; until it exists they are a minimal reference table.
 */
export interface CampaignBroadcast {
  readonly id: number;
  readonly channelId: number;
  readonly title: string;
  readonly kind: 'broadcast' | 'narrowcast';
  /** X-Line-Request-Id once sent; retargeting needs it. */
  readonly requestId: string | null;
  readonly plannedAt: string | null;
  readonly sentAt: string | null;
  readonly plannedRecipients: number;
  /** Synced statistics (unique impressions / clicks), when known. */
  readonly uniqueImpressions: number | null;
  readonly uniqueClicks: number | null;
}
