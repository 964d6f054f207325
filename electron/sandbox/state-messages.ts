// Messages and quota of one channel: the monthly quota and what is used or held of it, the sends
// (push, multicast, broadcast, narrowcast with its phases) and their counts, the retry keys that
// make a repeated send a 409, and narrowcast targeting (recipient expressions, demographic filters).

import { lineErrorMessages, narrowcastErrorCodes, type LineSentMessage } from '../../shared/line/errors';
import { lineMonthStart, lineNextMonthStart } from '../../shared/line/ids';
import { narrowcastLimits, requestLimits } from '../../shared/line/limits';
import { hashUnit, seededRandom } from '../../shared/domain/random';
import { LineApiError } from './errors';
import type { IdStream } from './ids';
import type { Friend } from './population';
import type { AudienceRow, Audiences } from './state-audiences';
import type { Friends } from './state-bot';
import { packIndices, unpackIndices, type SandboxDb } from './store';

const dayMs = 86_400_000;

export type SendKind = 'push' | 'multicast' | 'broadcast' | 'narrowcast';

export type NarrowcastPhase = 'waiting' | 'sending' | 'succeeded' | 'failed';

export interface SendRow {
  request_id: string;
  channel_id: number;
  kind: SendKind;
  accepted_at: number;
  sending_at: number;
  completes_at: number;
  target_count: number;
  success_count: number;
  failure_count: number;
  reserved: number;
  error_code: number | null;
  failed_description: string | null;
  message_count: number;
  urls: string;
  aggregation_unit: string | null;
  sent_messages: string;
  recipients: Buffer;
}

export type QuotaSetting = { type: 'limited'; value: number } | { type: 'none' };

/** The monthly message quota: its setting, what was delivered this UTC+9 month, what narrowcasts hold. */
export class Quota {
  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
  ) {}

  get(): QuotaSetting {
    const row = this.db
      .prepare('SELECT quota_type, quota_limit FROM channels WHERE id = ?')
      .get(this.channelId) as { quota_type: string; quota_limit: number };
    return row.quota_type === 'none' ? { type: 'none' } : { type: 'limited', value: row.quota_limit };
  }

  set(quota: QuotaSetting): void {
    this.db
      .prepare('UPDATE channels SET quota_type = ?, quota_limit = ? WHERE id = ?')
      .run(quota.type, quota.type === 'limited' ? quota.value : 0, this.channelId);
  }

  /** Messages delivered this UTC+9 month (narrowcasts count when they complete). */
  consumption(now: number): number {
    const row = this.db
      .prepare(
        'SELECT COALESCE(SUM(success_count), 0) AS n FROM sends WHERE channel_id = ? AND completes_at <= ? AND completes_at >= ? AND completes_at < ?',
      )
      .get(this.channelId, now, lineMonthStart(now), lineNextMonthStart(now)) as { n: number };
    return row.n;
  }

  /** Quota held by narrowcasts still in progress. */
  reserved(now: number): number {
    const row = this.db
      .prepare(
        'SELECT COALESCE(SUM(reserved), 0) AS n FROM sends WHERE channel_id = ? AND accepted_at <= ? AND completes_at > ?',
      )
      .get(this.channelId, now, now) as { n: number };
    return row.n;
  }

  /** What can still be sent this month; Infinity without a limit. */
  remaining(now: number): number {
    const quota = this.get();
    if (quota.type === 'none') return Number.POSITIVE_INFINITY;
    return Math.max(0, quota.value - this.consumption(now) - this.reserved(now));
  }

  /** LINE's 429 when `count` more messages do not fit. */
  assertRoomFor(count: number, now: number): void {
    if (count > this.remaining(now)) throw new LineApiError(429, { message: lineErrorMessages.monthlyLimit });
  }
}

export interface NewSend {
  readonly requestId: string;
  readonly kind: SendKind;
  readonly now: number;
  readonly recipients: readonly number[];
  readonly messages: readonly unknown[];
  readonly aggregationUnit?: string;
  readonly sentMessages: readonly LineSentMessage[];
  readonly narrowcast?: {
    readonly sendingAt: number;
    readonly completesAt: number;
    readonly targetCount: number;
    readonly reserved: number;
    readonly errorCode?: number;
    readonly failedDescription?: string;
  };
}

/** Every message sent, by request ID, with its recipients (friend indices) and the URLs it holds. */
export class Sends {
  private messageCounter: bigint;

  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
    private readonly messageIds: IdStream,
  ) {
    // 18 digits, like LINE's message IDs.
    this.messageCounter = 400_000_000_000_000_000n + BigInt(Math.floor(messageIds.next() * 2 ** 48));
  }

  private nextMessageId(): string {
    this.messageCounter += BigInt(1 + Math.floor(this.messageIds.next() * 50));
    return this.messageCounter.toString().slice(-18).padStart(18, '5');
  }

  /** The `sentMessages` of a push or multicast answer: an ID and a quote token per message. */
  makeSentMessages(count: number): LineSentMessage[] {
    return Array.from({ length: count }, () => ({
      id: this.nextMessageId(),
      quoteToken: this.messageIds.hex(40),
    }));
  }

  record(send: NewSend): void {
    const failed = send.narrowcast?.errorCode !== undefined;
    const delivered = failed ? 0 : send.recipients.length;
    this.db
      .prepare(
        `INSERT INTO sends (request_id, channel_id, kind, accepted_at, sending_at, completes_at, target_count, success_count,
           failure_count, reserved, error_code, failed_description, message_count, urls, aggregation_unit, sent_messages, recipients)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        send.requestId,
        this.channelId,
        send.kind,
        send.now,
        send.narrowcast?.sendingAt ?? send.now,
        send.narrowcast?.completesAt ?? send.now,
        send.narrowcast?.targetCount ?? send.recipients.length,
        delivered,
        send.narrowcast?.reserved ?? 0,
        send.narrowcast?.errorCode ?? null,
        send.narrowcast?.failedDescription ?? null,
        send.messages.length,
        JSON.stringify(messageUrls(send.messages)),
        send.aggregationUnit ?? null,
        JSON.stringify(send.sentMessages),
        packIndices(failed ? [] : send.recipients),
      );
  }

  get(requestId: string): SendRow | undefined {
    return this.db
      .prepare('SELECT * FROM sends WHERE request_id = ? AND channel_id = ?')
      .get(requestId, this.channelId) as SendRow | undefined;
  }

  /** A broadcast or narrowcast: the sends that retargeting and message-event statistics refer to. */
  getBroadcastOrNarrowcast(requestId: string): SendRow | undefined {
    const send = this.get(requestId);
    return send && (send.kind === 'broadcast' || send.kind === 'narrowcast') ? send : undefined;
  }

  recipientsOf(send: SendRow): Uint32Array {
    return unpackIndices(send.recipients);
  }

  urlsOf(send: SendRow): string[] {
    return JSON.parse(send.urls) as string[];
  }

  narrowcastPhase(send: SendRow, now: number): NarrowcastPhase {
    if (now < send.sending_at) return 'waiting';
    if (send.error_code !== null) return 'failed';
    if (now < send.completes_at) return 'sending';
    return 'succeeded';
  }

  /** Sum of deliveries of one kind on a UTC+9 day. */
  deliveredOn(kind: SendKind, dayStart: number, now: number): number {
    const row = this.db
      .prepare(
        'SELECT COALESCE(SUM(success_count), 0) AS n FROM sends WHERE channel_id = ? AND kind = ? AND completes_at >= ? AND completes_at < ? AND completes_at <= ?',
      )
      .get(this.channelId, kind, dayStart, dayStart + dayMs, now) as { n: number };
    return row.n;
  }

  aggregationUnitsInMonth(now: number): string[] {
    const rows = this.db
      .prepare(
        'SELECT DISTINCT aggregation_unit AS u FROM sends WHERE channel_id = ? AND aggregation_unit IS NOT NULL AND accepted_at >= ? AND accepted_at < ? ORDER BY u',
      )
      .all(this.channelId, lineMonthStart(now), lineNextMonthStart(now)) as { u: string }[];
    return rows.map((r) => r.u);
  }

  /** Sends of a custom aggregation unit accepted from `from` up to (not including) `until`. */
  inAggregationUnit(unit: string, from: number, until: number): SendRow[] {
    return this.db
      .prepare(
        'SELECT * FROM sends WHERE channel_id = ? AND aggregation_unit = ? AND accepted_at >= ? AND accepted_at < ?',
      )
      .all(this.channelId, unit, from, until) as SendRow[];
  }
}

/** `X-Line-Retry-Key`s: the request that accepted each (24 hours), and the ones being processed now. */
export class RetryKeys {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
  ) {}

  /** The request that accepted this key within the retry-key window, if any. */
  accepted(key: string, now: number): { requestId: string; operation: string } | undefined {
    const row = this.db
      .prepare(
        'SELECT request_id, operation, accepted_at FROM retry_keys WHERE channel_id = ? AND retry_key = ?',
      )
      .get(this.channelId, key.toLowerCase()) as
      { request_id: string; operation: string; accepted_at: number } | undefined;
    if (!row || now - row.accepted_at >= requestLimits.retryKeyWindowMs) return undefined;
    return { requestId: row.request_id, operation: row.operation };
  }

  /** Marks a key as being processed, so a concurrent duplicate is refused too; false if it already is. */
  claim(key: string): boolean {
    const k = key.toLowerCase();
    if (this.inFlight.has(k)) return false;
    this.inFlight.add(k);
    return true;
  }

  release(key: string): void {
    this.inFlight.delete(key.toLowerCase());
  }

  record(key: string, operation: string, requestId: string, now: number): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO retry_keys (channel_id, retry_key, operation, request_id, accepted_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(this.channelId, key.toLowerCase(), operation, requestId, now);
  }
}

/** Who a narrowcast reaches: its recipient expression over audiences and redeliveries, its filter. */
export class NarrowcastTargeting {
  constructor(
    private readonly friends: Friends,
    private readonly sends: Sends,
    private readonly audiences: Audiences,
  ) {}

  /** Evaluates a recipient object to a set of reachable friend indices; errors are LINE's 400s. */
  evaluateRecipient(node: unknown, now: number, used: AudienceRow[]): Set<number> {
    const universe = () => new Set(this.friends.reachable().map((f) => f.index));
    if (node === undefined || node === null) return universe();
    const n = node as Record<string, unknown>;
    switch (n.type) {
      case 'audience': {
        const audience = this.audiences.get(Number(n.audienceGroupId));
        if (!audience)
          throw new LineApiError(400, {
            message: 'The audience group does not exist',
            details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND', property: 'recipient' }],
          });
        if (this.audiences.status(audience, now) !== 'READY')
          throw new LineApiError(400, {
            message: `The audience group ${String(audience.id)} is not ready`,
            details: [{ message: 'audience group status must be READY', property: 'recipient' }],
          });
        used.push(audience);
        const out = new Set<number>();
        for (const i of this.audiences.members(audience)) if (this.friends.isReachable(i)) out.add(i);
        return out;
      }
      case 'redelivery': {
        const send = this.sends.get(String(n.requestId));
        if (
          !send ||
          send.kind !== 'narrowcast' ||
          this.sends.narrowcastPhase(send, now) !== 'succeeded' ||
          now - send.accepted_at >= narrowcastLimits.redeliveryMaxAgeMs
        )
          throw new LineApiError(400, {
            message: 'The request ID for redelivery is invalid',
            details: [{ message: 'invalid requestId', property: 'recipient' }],
          });
        const out = new Set<number>();
        for (const i of this.sends.recipientsOf(send)) if (this.friends.isReachable(i)) out.add(i);
        return out;
      }
      case 'operator': {
        if (Array.isArray(n.and)) {
          const sets = n.and.map((c) => this.evaluateRecipient(c, now, used));
          const [first, ...rest] = sets;
          return new Set([...(first ?? [])].filter((i) => rest.every((s) => s.has(i))));
        }
        if (Array.isArray(n.or)) {
          const out = new Set<number>();
          for (const c of n.or) for (const i of this.evaluateRecipient(c, now, used)) out.add(i);
          return out;
        }
        const excluded = this.evaluateRecipient(n.not, now, used);
        return new Set([...universe()].filter((i) => !excluded.has(i)));
      }
      default:
        return universe();
    }
  }

  /** Whether a friend passes a demographic filter (unknown attributes never match a condition). */
  matchesDemographic(friend: Friend, node: unknown, now: number): boolean {
    if (node === undefined || node === null) return true;
    const n = node as Record<string, unknown>;
    const oneOf = Array.isArray(n.oneOf) ? (n.oneOf as string[]) : [];
    switch (n.type) {
      case 'operator':
        if (Array.isArray(n.and)) return n.and.every((c) => this.matchesDemographic(friend, c, now));
        if (Array.isArray(n.or)) return n.or.some((c) => this.matchesDemographic(friend, c, now));
        return !this.matchesDemographic(friend, n.not, now);
      case 'gender':
        return oneOf.includes(friend.gender);
      case 'appType':
        return oneOf.includes(friend.appType);
      case 'area':
        return friend.area !== null && oneOf.includes(friend.area);
      case 'age': {
        if (friend.age === null) return false;
        const gte = typeof n.gte === 'string' ? Number(n.gte.slice(4)) : 0;
        const lt = typeof n.lt === 'string' ? Number(n.lt.slice(4)) : 200;
        // Thai users under 20 are excluded whenever conditions are used.
        if (friend.language === 'th' && friend.age < 20) return false;
        return friend.age >= gte && friend.age < lt;
      }
      case 'subscriptionPeriod': {
        const days = (now - friend.followedAt) / dayMs;
        const gte = typeof n.gte === 'string' ? Number(n.gte.slice(4)) : 0;
        const lt = typeof n.lt === 'string' ? Number(n.lt.slice(4)) : Number.POSITIVE_INFINITY;
        return days >= gte && days < lt;
      }
      default:
        return true;
    }
  }

  /** Picks `count` of `indices` at random, reproducibly for a request. */
  sample(indices: readonly number[], count: number, requestId: string): number[] {
    if (count >= indices.length) return [...indices];
    const random = seededRandom(Math.floor(hashUnit(requestId) * 2 ** 32));
    const copy = [...indices];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
    }
    return copy.slice(0, count).sort((a, b) => a - b);
  }
}

/** The `failedDescription` of a narrowcast that failed with this error code. */
export function narrowcastFailureDescription(code: number): string {
  switch (code) {
    case narrowcastErrorCodes.notEnoughRecipients:
      return `There were not enough recipients (at least ${String(narrowcastLimits.minRecipients)} are needed when attributes or audiences are used).`;
    case narrowcastErrorCodes.audienceTooSmall:
      return `An audience with fewer than ${String(narrowcastLimits.combinedAudienceMinMembers)} recipients was used.`;
    case narrowcastErrorCodes.partialDeliveryForbidden:
      return 'Delivery was cancelled to avoid sending to only part of the target (forbidPartialDelivery).';
    default:
      return 'An internal error occurred.';
  }
}

/** URLs in a message list (uri actions anywhere), for click statistics and click audiences. */
export function messageUrls(messages: readonly unknown[]): string[] {
  const urls = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'uri' && typeof o.uri === 'string') urls.add(o.uri);
      if (o.type === 'uri' && typeof o.linkUri === 'string') urls.add(o.linkUri);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(messages);
  // Links typed into text messages are tappable too.
  for (const message of messages) {
    const m = message as { type?: unknown; text?: unknown };
    if (m.type === 'text' && typeof m.text === 'string')
      for (const url of m.text.match(/https?:\/\/\S+/g) ?? []) urls.add(url);
  }
  return [...urls];
}
