// LINE's audience lifecycle computed offline: expiry 180 days after LINE created it, the countdown,
// when a chat-tag audience needs its refresh upload, and whether a send planned at a given time can
// use the audience (new audiences take hours to become READY).

import { assertNever } from '../domain/assert';
import type { AudienceStatus, AudienceSummary } from './audience';
import {
  audienceReadyLeadHours,
  audienceRetentionDays,
  chatTagRefreshMarginDays,
  dayMs,
  maxAudiencesPerChannel,
} from './limits';

/** When the audience expires on LINE, or null (not on LINE yet, or a kind LINE keeps). */
export function audienceExpiresAt(audience: AudienceSummary): Date | null {
  if (audience.lineCreatedAt === null) return null;
  switch (audience.kind) {
    case 'upload':
    case 'click':
    case 'impression':
    case 'chatTag': // synced as an upload audience, so it expires like one
      return new Date(Date.parse(audience.lineCreatedAt) + audienceRetentionDays * dayMs);
    case 'line':
      // Made in OA Manager: chat-tag and friend-path audiences do not expire; others report EXPIRED.
      return null;
    default:
      return assertNever(audience.kind, 'audienceExpiresAt');
  }
}

/** Whole days left before expiry (0 on the last day), or null when it does not expire. */
export function daysUntilExpiry(audience: AudienceSummary, now: Date): number | null {
  const expires = audienceExpiresAt(audience);
  if (!expires) return null;
  return Math.max(0, Math.floor((expires.getTime() - now.getTime()) / dayMs));
}

/** The status as of `now`: LINE's last known status, turned EXPIRED once the 180 days are over. */
export function effectiveStatus(audience: AudienceSummary, now: Date): AudienceStatus {
  const expires = audienceExpiresAt(audience);
  if (expires && now.getTime() >= expires.getTime()) return 'EXPIRED';
  return audience.status;
}

/**
 * Chat-tag audiences are uploaded to LINE as upload audiences, which expire; the seed says chat-tag
 * audiences do not, so the upload is refreshed before expiry. Null until the first sync.
 */
export function chatTagRefreshDueAt(audience: AudienceSummary): Date | null {
  if (audience.kind !== 'chatTag') return null;
  const expires = audienceExpiresAt(audience);
  return expires ? new Date(expires.getTime() - chatTagRefreshMarginDays * dayMs) : null;
}

export type ReadinessWarning =
  | 'not-synced' // will be uploaded at sync, then takes hours
  | 'likely-not-ready' // on LINE but IN_PROGRESS and the send is soon
  | 'failed'
  | 'expired'
  | 'expires-before-send';

/**
 * Whether an audience can be used by a send planned at `sendAt`. Null means fine. LINE processes
 * new audiences for hours, so anything not READY needs `audienceReadyLeadHours` before the send.
 */
export function readinessWarning(
  audience: AudienceSummary,
  sendAt: Date,
  now: Date,
): ReadinessWarning | null {
  const status = effectiveStatus(audience, now);
  const expires = audienceExpiresAt(audience);
  if (status === 'EXPIRED') return 'expired';
  if (status === 'FAILED') return 'failed';
  if (expires && sendAt.getTime() >= expires.getTime()) return 'expires-before-send';
  const leadMs = audienceReadyLeadHours * 60 * 60 * 1000;
  if (status === 'local') return sendAt.getTime() - now.getTime() < leadMs ? 'not-synced' : null;
  if (status === 'IN_PROGRESS') {
    const created = audience.lineCreatedAt ? Date.parse(audience.lineCreatedAt) : now.getTime();
    return sendAt.getTime() - created < leadMs ? 'likely-not-ready' : null;
  }
  return null;
}

/** AUDIENCE_GROUP_COUNT_MAX_OVER, checked before a new audience is made. */
export function canAddAudience(existingCount: number): boolean {
  return existingCount < maxAudiencesPerChannel;
}
