// The sync slice of the API contract: a channel's outbox (state, attempts, LINE's last answer,
// narrowcast progress), the diff of what a push would do, the push itself (the user's go), retry and
// discard per entry, scheduled sends missed while the app was closed, and a pull from LINE on demand. Main implements it in
// electron/sync/handlers.ts; the worker runs in main, one per data folder by the outbox's lease.

import { z } from 'zod';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import type { SendKind } from '../campaigns/model';
import type { LocalizedText } from '../i18n/text';
import type { AudienceProgress } from './audiences';
import type { NarrowcastProgress, OutboxEntryKind, OutboxError, OutboxState } from './outbox';
import type { PullReport } from './pull';
import type { RichMenuChange } from './richmenus';

/** One outbox entry as the Sync section shows it: no payload, no retry key, never a token. */
export interface SyncEntry {
  readonly id: number;
  readonly channelId: number;
  readonly campaignId: number | null;
  /** The campaign's title, when the entry sends one. */
  readonly campaign: string | null;
  /** The rich-menu project's name, when the entry publishes or links one. */
  readonly project?: string | null;
  /** The audience's name, when the entry changes one on LINE. */
  readonly audience: string | null;
  /** An A/B test's winner once decided: the winning variant, from 0 (A); null before, and for others. */
  readonly abTestWinner: number | null;
  readonly kind: OutboxEntryKind;
  readonly part: number;
  readonly cost: number;
  readonly state: OutboxState;
  readonly attempts: number;
  /** LINE's message and details as catalogue text. */
  readonly lastError: OutboxError | null;
  readonly requestId: string | null;
  /** A narrowcast's delivery, or an audience entry's upload and LINE's processing. */
  readonly progress: NarrowcastProgress | AudienceProgress | null;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** A campaign a push would queue. */
export interface SyncDiffSend {
  readonly campaignId: number;
  readonly title: string;
  readonly sendKind: SendKind;
  /** Null: at the next sync; otherwise a missed schedule the user sends now. */
  readonly at: string | null;
  /** LINE requests it makes (a multicast of 1,200 IDs is three). */
  readonly requests: number;
  /** Recipients expected (a multicast its IDs). */
  readonly recipients: number;
  /** Messages it counts against the quota. */
  readonly cost: number;
  /** Why it cannot be queued yet (an audience not on LINE…), with each cause; null when it can. */
  readonly refusal: { readonly text: LocalizedText; readonly details: readonly LocalizedText[] } | null;
}

/** A rich-menu publish or link waiting in the outbox: what it changes on LINE. */
export interface SyncDiffRichMenu {
  readonly entryId: number;
  readonly kind: 'richMenuPublish' | 'richMenuLink';
  readonly projectId: number;
  readonly project: string;
  /** A publish's menus to create or replace (unchanged ones are left out). */
  readonly changes: readonly RichMenuChange[];
  /** A link's users and the menu they get; null for a publish. */
  readonly link: { readonly users: number; readonly richMenuId: string } | null;
}

/** An audience a push creates on LINE (for a send that names it), before that send can leave. */
export interface SyncDiffAudience {
  readonly audienceId: number;
  readonly name: string;
  readonly kind: 'upload' | 'chatTag' | 'click' | 'impression';
  /** Members uploaded (an upload or chat-tag audience); null: LINE finds them (click, impression). */
  readonly members: number | null;
  /** Files of up to 1,500,000 IDs it is uploaded in (0 for click and impression audiences). */
  readonly files: number;
  /** The campaigns of this push that wait for it. */
  readonly for: readonly string[];
}

/**
 * A scheduled campaign that waits for the user's go: its time passed while the app was closed
 * (missed), or it could not be queued when it fell due (refused, with the reason).
 */
export interface MissedSchedule {
  readonly campaignId: number;
  readonly title: string;
  readonly at: string;
  readonly reason: 'missed' | 'refused';
  readonly error: LocalizedText | null;
}

/** Whether LINE answered: the app opens and plans offline, and sync waits. */
export type SyncConnection =
  { readonly online: true } | { readonly online: false; readonly reason: LocalizedText };

export interface SyncQuota {
  /** Where the figure comes from: LINE's own (pulled now) or the forecast's planning figures. */
  readonly source: 'line' | 'forecast';
  /** Messages left this month; null: no limit. */
  readonly remaining: number | null;
}

/** What a push would do, before anything leaves. */
export interface SyncDiff {
  readonly channelId: number;
  readonly connection: SyncConnection;
  readonly sends: readonly SyncDiffSend[];
  /** Audiences the push creates on LINE first (their sends wait until LINE has them ready). */
  readonly audiences: readonly SyncDiffAudience[];
  /** Entries queued earlier and not finished: a push runs them too. */
  readonly waiting: readonly SyncEntry[];
  /** Rich menus a push creates or replaces (and users it links), queued by a publish. */
  readonly richMenus: readonly SyncDiffRichMenu[];
  readonly missed: readonly MissedSchedule[];
  readonly quota: SyncQuota;
  /** Messages of the sends and the waiting entries together. */
  readonly cost: number;
  /** Whether that fits the remaining quota. */
  readonly fits: boolean;
}

export interface SyncPushResult {
  /** False when another OA Planner (the command line…) holds the outbox: nothing ran now. */
  readonly leased: boolean;
  /** Who holds the outbox when it was not this run. */
  readonly heldBy: string | null;
  readonly queued: readonly number[];
  /** Campaigns left as they were, with the reason. */
  readonly notQueued: readonly {
    readonly campaignId: number;
    readonly title: string;
    readonly error: LocalizedText;
  }[];
  readonly done: readonly number[];
  readonly failed: readonly number[];
  readonly needsUser: readonly number[];
  readonly waiting: readonly number[];
}

export interface SyncDiscardResult {
  readonly discarded: readonly number[];
  /**
   * ready: nothing of it reached LINE, so it can be sent again; failed: part of it went out, or may
   * have, so it stays LINE's history (duplicate it to send again); null: the entry had no campaign.
   */
  readonly campaignStatus: 'ready' | 'failed' | null;
}

export interface SyncApi {
  /** The channel's outbox entries, oldest first. */
  listOutbox(channelId: number): Promise<readonly SyncEntry[]>;
  /** What a push would do: the campaigns it queues with their cost, what waits, the quota left. */
  syncDiff(channelId: number): Promise<SyncDiff>;
  /** The user's go: queues the campaigns of the diff, then drains the outbox in main. */
  pushChannel(channelId: number): Promise<SyncPushResult>;
  /** Runs an entry again; a refused one (or one past LINE's retry window) under a new retry key. */
  retryEntry(entryId: number): Promise<SyncPushResult>;
  /** Drops an entry that is not done, with its campaign's other open entries. */
  discardEntry(entryId: number): Promise<SyncDiscardResult>;
  /** Sends a missed scheduled campaign now (the user's go). */
  sendMissedSchedule(campaignId: number): Promise<SyncPushResult>;
  /**
   * Reads the channel's state from LINE now (quota, consumption, friends, audiences, progress,
   * statistics) within the local rate budgets; refused with errors.sync.offline when LINE cannot be
   * reached, changing nothing.
   */
  pullFromLine(channelId: number): Promise<PullReport>;
}

export interface SyncEvents {
  /** A channel's outbox changed (queued, an entry's state or progress, discarded). */
  outboxChanged: { readonly channelId: number };
}

export const syncMethodNames = exhaustiveKeys<SyncApi>()([
  'listOutbox',
  'syncDiff',
  'pushChannel',
  'retryEntry',
  'discardEntry',
  'sendMissedSchedule',
  'pullFromLine',
]);

export const syncEventNames = exhaustiveKeys<SyncEvents>()(['outboxChanged']);

export const syncArgumentSchemas: ArgumentSchemas<SyncApi> = {
  listOutbox: z.tuple([id]),
  syncDiff: z.tuple([id]),
  pushChannel: z.tuple([id]),
  retryEntry: z.tuple([id]),
  discardEntry: z.tuple([id]),
  sendMissedSchedule: z.tuple([id]),
  pullFromLine: z.tuple([id]),
};
