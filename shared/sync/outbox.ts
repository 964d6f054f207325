// What the outbox is and the rules that decide what happens to a send: which LINE answers are worth
// another attempt, when LINE's retry-key window has passed (after which an unconfirmed send waits for
// the user), and whether a send fits what is left of the month's quota. Main's worker applies them;
// a Sync view reads the same states and errors.

import type { LocalizedText } from '../i18n/text';
import { lineErrorMessages } from '../line/errors';
import { requestLimits } from '../line/limits';
import { audienceEntryKinds, type AudienceEntryKind, type AudienceProgress } from './audiences';

/** The sends: one LINE request each, under its retry key (the OpenAPI operationId). */
export type SendEntryKind = 'broadcast' | 'narrowcast' | 'multicast' | 'pushMessage';
export const sendEntryKinds: readonly SendEntryKind[] = [
  'broadcast',
  'narrowcast',
  'multicast',
  'pushMessage',
];
/**
 * Rich menus (shared/sync/richmenus.ts): a project's publish (validate, create, image, aliases,
 * default, delete the replaced), and one bulk link of up to 500 users.
 */
export type RichMenuEntryKind = 'richMenuPublish' | 'richMenuLink';
export const isRichMenuEntryKind = (kind: OutboxEntryKind): kind is RichMenuEntryKind =>
  kind === 'richMenuPublish' || kind === 'richMenuLink';
/** Every kind: the sends, rich-menu jobs, A/B winners and the audience changes (shared/sync/audiences.ts). */
export type OutboxEntryKind = SendEntryKind | RichMenuEntryKind | 'abTestWinner' | AudienceEntryKind;
export const outboxEntryKinds: readonly OutboxEntryKind[] = [
  ...sendEntryKinds,
  'richMenuPublish',
  'richMenuLink',
  'abTestWinner',
  ...audienceEntryKinds,
];

/**
 * pending: not sent yet, or to be tried again; running: a worker is on it (it may have reached LINE);
 * done: LINE accepted it (and a narrowcast finished); failed: LINE refused it, or it could not be
 * sent; needs-user: whether LINE got it cannot be known any more, so only the user may send it again.
 */
export type OutboxState = 'pending' | 'running' | 'done' | 'failed' | 'needs-user';
export const outboxStates: readonly OutboxState[] = ['pending', 'running', 'done', 'failed', 'needs-user'];
export const finishedOutboxStates: ReadonlySet<OutboxState> = new Set(['done', 'failed', 'needs-user']);

/** One problem LINE named in a refused request (`property` such as `messages[0].text`). */
export interface OutboxErrorDetail {
  readonly message: string;
  readonly property?: string;
}

/** What went wrong last: a catalogue sentence, and LINE's own answer when there was one. */
export interface OutboxError extends LocalizedText {
  /** LINE's HTTP status, when LINE answered. */
  readonly status?: number;
  /** LINE's `message`, verbatim. */
  readonly lineMessage?: string;
  readonly details?: readonly OutboxErrorDetail[];
  /**
   * Not a failure: the entry waits for LINE (an audience still processing, a job slot, an A/B
   * test's wait) and runs again by itself.
   */
  readonly waiting?: boolean;
}

export interface NarrowcastProgress {
  readonly phase: 'waiting' | 'sending' | 'succeeded' | 'failed';
  readonly successCount?: number;
  readonly failureCount?: number;
  readonly targetCount?: number;
  readonly errorCode?: number;
  readonly failedDescription?: string;
}

export interface OutboxEntry {
  readonly id: number;
  readonly channelId: number;
  readonly kind: OutboxEntryKind;
  readonly campaignId: number | null;
  readonly part: number;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly cost: number;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: OutboxError | null;
  readonly retryKey: string;
  /** Epoch ms of the first attempt, which starts LINE's 24-hour retry-key window. */
  readonly firstAttemptAt: number | null;
  readonly requestId: string | null;
  readonly acceptedRequestId: string | null;
  /** A narrowcast's delivery, or an audience entry's upload and LINE's processing. */
  readonly progress: NarrowcastProgress | AudienceProgress | null;
  /**
   * What a finished job recorded: a rich-menu publish its report, an A/B winner its decision (kept
   * before the winner is sent, so a later run sends the same one).
   */
  readonly result: unknown;
  /** The local audience an audience entry changes (null once deleted, and for sends). */
  readonly audienceId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** How a failed attempt is handled. */
export type FailureHandling = 'retry' | 'refused';

/**
 * 5xx and 429 (rate limit) are worth another attempt under the same retry key; any other 4xx is
 * LINE refusing the request as it stands, which trying again cannot change, and so is a 429 saying the
 * monthly limit is reached. No status at all (a
 * timeout, a dropped connection) is retried too: the retry key makes that safe.
 */
export function failureHandling(status: number | undefined, lineMessage?: string): FailureHandling {
  // A 429 is a rate limit, except when the month's messages have run out: that waits for the user.
  if (status === 429) return lineMessage === lineErrorMessages.monthlyLimit ? 'refused' : 'retry';
  if (status === undefined || status >= 500) return 'retry';
  return 'refused';
}

/** The X-Line-Retry-Key window: LINE answers a repeat with 409 for this long after the first use. */
export const retryKeyWindowMs: number = requestLimits.retryKeyWindowMs;

/**
 * Whether the key can no longer confirm a send: LINE forgets a retry key 24 hours after its first use,
 * and a repeat after that would be sent again. A margin keeps a retry from reaching LINE just after.
 */
export function retryWindowPassed(
  firstAttemptAt: number | null,
  now: number,
  marginMs = 10 * 60_000,
): boolean {
  return firstAttemptAt !== null && now - firstAttemptAt >= retryKeyWindowMs - marginMs;
}

/** LINE's GET /v2/bot/message/quota and quota/consumption. */
export interface QuotaReading {
  readonly type: 'none' | 'limited';
  /** The month's allowance when `type` is limited. */
  readonly value?: number;
  readonly totalUsage: number;
}

export type QuotaFit =
  { readonly fits: true } | { readonly fits: false; readonly remaining: number; readonly needed: number };

/** Whether a send costing `needed` messages fits what is left of the month. */
export function quotaFit(quota: QuotaReading, needed: number): QuotaFit {
  if (quota.type === 'none' || quota.value === undefined) return { fits: true };
  const remaining = Math.max(0, quota.value - quota.totalUsage);
  return needed <= remaining ? { fits: true } : { fits: false, remaining, needed };
}

/** The LINE request body an entry holds, as far as its cost needs it. */
interface CostedBody {
  readonly to?: unknown;
  readonly limit?: { readonly max?: number; readonly upToRemainingQuota?: boolean };
}

/**
 * Messages one request is expected to count (LINE counts recipients, not bubbles): a multicast its
 * IDs, a push one, a broadcast or narrowcast the campaign's planned reach, capped by `limit.max`.
 * A narrowcast with `upToRemainingQuota` is capped by LINE itself, so it always fits: 0.
 */
export function requestCost(
  kind: Exclude<OutboxEntryKind, AudienceEntryKind>,
  body: CostedBody,
  plannedRecipients: number,
): number {
  switch (kind) {
    case 'multicast':
      return Array.isArray(body.to) ? body.to.length : 0;
    case 'pushMessage':
      return 1;
    case 'broadcast':
      return Math.max(0, Math.round(plannedRecipients));
    case 'abTestWinner':
    case 'narrowcast': {
      if (body.limit?.upToRemainingQuota) return 0;
      const planned = Math.max(0, Math.round(plannedRecipients));
      return body.limit?.max === undefined ? planned : Math.min(planned, body.limit.max);
    }
    case 'richMenuPublish':
    case 'richMenuLink':
      return 0;
  }
}

/**
 * Where a campaign stands with LINE, from its outbox entries: not-queued (nothing for LINE yet),
 * queued (waiting to be sent), sending (a worker is on it, or a narrowcast is being delivered),
 * done (LINE accepted every request), failed (LINE refused one), needs-user (one may or may not have
 * gone out, and only the user can tell). A problem wins over progress, so a partly refused campaign
 * reads failed.
 */
export type CampaignSyncState = 'not-queued' | 'queued' | 'sending' | 'done' | 'failed' | 'needs-user';

export function campaignSyncState(entries: readonly Pick<OutboxEntry, 'state'>[]): CampaignSyncState {
  if (entries.length === 0) return 'not-queued';
  const states = new Set(entries.map((e) => e.state));
  if (states.has('needs-user')) return 'needs-user';
  if (states.has('failed')) return 'failed';
  if (states.has('running')) return 'sending';
  if (states.has('pending')) return entries.some((e) => e.state === 'done') ? 'sending' : 'queued';
  return 'done';
}

/** The variant an A/B winner's entry decided on (its recorded result), or null. */
export function decidedWinner(entry: OutboxEntry): number | null {
  if (entry.kind !== 'abTestWinner' || entry.result === null || typeof entry.result !== 'object') return null;
  const winner = (entry.result as { winner?: unknown }).winner;
  return typeof winner === 'number' && Number.isInteger(winner) && winner >= 0 ? winner : null;
}
