// One sandbox channel's behaviour over its stored state: friends and reach, quota and consumption,
// sends and narrowcast phases, retry keys, audiences and their jobs, rich menus. Phases and statuses
// are derived from timestamps and the clock when read, so moving the clock is all a test needs.

import { lineErrorMessages, narrowcastErrorCodes, type LineSentMessage } from '../../shared/line/errors';
import { lineMonthStart, lineNextMonthStart } from '../../shared/line/ids';
import { audienceLimits, narrowcastLimits, privacyThreshold, requestLimits } from '../../shared/line/limits';
import { LineApiError } from './errors';
import type { Friend } from './population';
import { hashUnit, seededRandom } from '../../shared/domain/random';
import type { IdSource, IdStream } from './ids';
import { loadFriends, packIndices, unpackIndices, type ChannelRecord, type SandboxDb } from './store';

export interface SandboxTimings {
  /** How long a new audience stays IN_PROGRESS (default 3 s). */
  audienceReadyMs: number;
  /** How long an upload job stays QUEUED, then WORKING until audienceReadyMs. */
  audienceJobQueuedMs: number;
  /** Narrowcast `waiting` phase (default 1 s) and `sending` phase (default 2 s). */
  narrowcastWaitingMs: number;
  narrowcastSendingMs: number;
  /** Share of recipients who open a broadcast/narrowcast, and who click a link in it. */
  impressionRate: number;
  clickRate: number;
}

export const defaultTimings: SandboxTimings = {
  audienceReadyMs: 3000,
  audienceJobQueuedMs: 500,
  narrowcastWaitingMs: 1000,
  narrowcastSendingMs: 2000,
  impressionRate: 0.45,
  clickRate: 0.12,
};

export type SendKind = 'push' | 'multicast' | 'broadcast' | 'narrowcast';

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

export interface AudienceRow {
  id: number;
  channel_id: number;
  type: 'UPLOAD' | 'CLICK' | 'IMP';
  description: string;
  created_at: number;
  is_ifa: number;
  request_id: string | null;
  click_url: string | null;
  ready_at: number | null;
  failed_type: string | null;
  members: Buffer;
  extra_count: number;
}

export interface JobRow {
  id: number;
  audience_id: number;
  description: string;
  created_at: number;
  working_at: number;
  finishes_at: number;
  audience_count: number;
  failed_type: string | null;
}

export interface RichMenuRow {
  id: string;
  channel_id: number;
  body: string;
  image: Buffer | null;
  image_type: string | null;
  created_at: number;
}

export type AudienceStatus = 'IN_PROGRESS' | 'READY' | 'FAILED' | 'EXPIRED';

const seconds = (ms: number) => Math.floor(ms / 1000);

export class ChannelState {
  readonly friends: Friend[];
  readonly friendIndexByUserId = new Map<string, number>();
  private readonly messageIds: IdStream;
  private readonly audienceIds: IdStream;
  private readonly richMenuIds: IdStream;
  private messageCounter: bigint;

  constructor(
    readonly db: SandboxDb,
    readonly record: ChannelRecord,
    readonly timings: SandboxTimings,
    ids: IdSource,
  ) {
    this.friends = loadFriends(db, record.id);
    for (const f of this.friends) this.friendIndexByUserId.set(f.userId, f.index);
    this.messageIds = ids(`channel ${String(record.id)} messages`);
    this.audienceIds = ids(`channel ${String(record.id)} audiences`);
    this.richMenuIds = ids(`channel ${String(record.id)} rich menus`);
    // 18 digits, like LINE's message IDs.
    this.messageCounter = 400_000_000_000_000_000n + BigInt(Math.floor(this.messageIds.next() * 2 ** 48));
  }

  get id(): number {
    return this.record.id;
  }

  // ── friends and reach ──────────────────────────────────────────────────────────────────────────

  /** Friends who can receive messages (not blocking the account). */
  reachable(): Friend[] {
    return this.friends.filter((f) => !f.blocked);
  }

  /** LINE's "target reach": friends reachable by targeted messages. */
  targetReach(): number {
    let n = 0;
    for (const f of this.friends) if (!f.blocked) n++;
    return n;
  }

  friendByUserId(userId: string): Friend | undefined {
    const index = this.friendIndexByUserId.get(userId);
    return index === undefined ? undefined : this.friends[index];
  }

  setBlocked(userId: string, blocked: boolean): void {
    const friend = this.friendByUserId(userId);
    if (!friend) throw new Error(`${userId} is not a friend of this sandbox channel`);
    this.db
      .prepare('UPDATE friends SET blocked = ? WHERE channel_id = ? AND idx = ?')
      .run(blocked ? 1 : 0, this.id, friend.index);
    this.friends[friend.index] = { ...friend, blocked };
  }

  // ── quota ──────────────────────────────────────────────────────────────────────────────────────

  quota(): { type: 'limited'; value: number } | { type: 'none' } {
    const row = this.db.prepare('SELECT quota_type, quota_limit FROM channels WHERE id = ?').get(this.id) as {
      quota_type: string;
      quota_limit: number;
    };
    return row.quota_type === 'none' ? { type: 'none' } : { type: 'limited', value: row.quota_limit };
  }

  setQuota(quota: { type: 'limited'; value: number } | { type: 'none' }): void {
    this.db
      .prepare('UPDATE channels SET quota_type = ?, quota_limit = ? WHERE id = ?')
      .run(quota.type, quota.type === 'limited' ? quota.value : 0, this.id);
  }

  /** Messages delivered this UTC+9 month (narrowcasts count when they complete). */
  consumption(now: number): number {
    const row = this.db
      .prepare(
        'SELECT COALESCE(SUM(success_count), 0) AS n FROM sends WHERE channel_id = ? AND completes_at <= ? AND completes_at >= ? AND completes_at < ?',
      )
      .get(this.id, now, lineMonthStart(now), lineNextMonthStart(now)) as { n: number };
    return row.n;
  }

  /** Quota held by narrowcasts still in progress. */
  reserved(now: number): number {
    const row = this.db
      .prepare(
        'SELECT COALESCE(SUM(reserved), 0) AS n FROM sends WHERE channel_id = ? AND accepted_at <= ? AND completes_at > ?',
      )
      .get(this.id, now, now) as { n: number };
    return row.n;
  }

  /** What can still be sent this month; Infinity without a limit. */
  remaining(now: number): number {
    const quota = this.quota();
    if (quota.type === 'none') return Number.POSITIVE_INFINITY;
    return Math.max(0, quota.value - this.consumption(now) - this.reserved(now));
  }

  assertQuota(count: number, now: number): void {
    if (count > this.remaining(now)) throw new LineApiError(429, { message: lineErrorMessages.monthlyLimit });
  }

  // ── sends ──────────────────────────────────────────────────────────────────────────────────────

  nextMessageId(): string {
    this.messageCounter += BigInt(1 + Math.floor(this.messageIds.next() * 50));
    return this.messageCounter.toString().slice(-18).padStart(18, '5');
  }

  makeSentMessages(count: number): LineSentMessage[] {
    return Array.from({ length: count }, () => ({
      id: this.nextMessageId(),
      quoteToken: this.messageIds.hex(40),
    }));
  }

  recordSend(send: {
    requestId: string;
    kind: SendKind;
    now: number;
    recipients: readonly number[];
    messages: readonly unknown[];
    aggregationUnit?: string;
    sentMessages: readonly LineSentMessage[];
    narrowcast?: {
      sendingAt: number;
      completesAt: number;
      targetCount: number;
      reserved: number;
      errorCode?: number;
      failedDescription?: string;
    };
  }): void {
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
        this.id,
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

  getSend(requestId: string): SendRow | undefined {
    return this.db
      .prepare('SELECT * FROM sends WHERE request_id = ? AND channel_id = ?')
      .get(requestId, this.id) as SendRow | undefined;
  }

  recipientsOf(send: SendRow): Uint32Array {
    return unpackIndices(send.recipients);
  }

  narrowcastPhase(send: SendRow, now: number): 'waiting' | 'sending' | 'succeeded' | 'failed' {
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
      .get(this.id, kind, dayStart, dayStart + 86_400_000, now) as { n: number };
    return row.n;
  }

  aggregationUnitsInMonth(now: number): string[] {
    const rows = this.db
      .prepare(
        'SELECT DISTINCT aggregation_unit AS u FROM sends WHERE channel_id = ? AND aggregation_unit IS NOT NULL AND accepted_at >= ? AND accepted_at < ? ORDER BY u',
      )
      .all(this.id, lineMonthStart(now), lineNextMonthStart(now)) as { u: string }[];
    return rows.map((r) => r.u);
  }

  // ── retry keys ─────────────────────────────────────────────────────────────────────────────────

  private readonly retryKeysInFlight = new Set<string>();

  /** The request that accepted this key within the last 24 hours, if any. */
  acceptedRetryKey(key: string, now: number): { requestId: string; operation: string } | undefined {
    const row = this.db
      .prepare(
        'SELECT request_id, operation, accepted_at FROM retry_keys WHERE channel_id = ? AND retry_key = ?',
      )
      .get(this.id, key.toLowerCase()) as
      { request_id: string; operation: string; accepted_at: number } | undefined;
    if (!row || now - row.accepted_at >= requestLimits.retryKeyWindowMs) return undefined;
    return { requestId: row.request_id, operation: row.operation };
  }

  /** Marks a key as being processed, so a concurrent duplicate is refused too; false if it already is. */
  claimRetryKey(key: string): boolean {
    const k = key.toLowerCase();
    if (this.retryKeysInFlight.has(k)) return false;
    this.retryKeysInFlight.add(k);
    return true;
  }

  releaseRetryKey(key: string): void {
    this.retryKeysInFlight.delete(key.toLowerCase());
  }

  recordRetryKey(key: string, operation: string, requestId: string, now: number): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO retry_keys (channel_id, retry_key, operation, request_id, accepted_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(this.id, key.toLowerCase(), operation, requestId, now);
  }

  // ── audiences ──────────────────────────────────────────────────────────────────────────────────

  audienceCount(): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM audiences WHERE channel_id = ?').get(this.id) as {
        n: number;
      }
    ).n;
  }

  getAudience(id: number): AudienceRow | undefined {
    return this.db.prepare('SELECT * FROM audiences WHERE id = ? AND channel_id = ?').get(id, this.id) as
      AudienceRow | undefined;
  }

  audienceStatus(a: AudienceRow, now: number): AudienceStatus {
    if (now >= a.created_at + audienceLimits.retentionSeconds * 1000) return 'EXPIRED';
    if (a.ready_at === null || now < a.ready_at) return 'IN_PROGRESS';
    return a.failed_type ? 'FAILED' : 'READY';
  }

  /** Members (friend indices) of an audience. */
  audienceMembers(a: AudienceRow): Uint32Array {
    return unpackIndices(a.members);
  }

  private nextAudienceId(): number {
    const row = this.db.prepare('SELECT MAX(id) AS m FROM audiences').get() as { m: number | null };
    return row.m === null
      ? 4_000_000_000_000 + Math.floor(this.audienceIds.next() * 900_000_000_000)
      : row.m + 1 + Math.floor(this.audienceIds.next() * 1000);
  }

  createAudience(a: {
    type: AudienceRow['type'];
    description: string;
    isIfa: boolean;
    now: number;
    requestId?: string;
    clickUrl?: string;
    members: readonly number[];
    extraCount?: number;
    failedType?: string;
  }): AudienceRow {
    const id = this.nextAudienceId();
    const empty = a.type === 'UPLOAD' && a.members.length === 0 && !a.extraCount;
    this.db
      .prepare(
        `INSERT INTO audiences (id, channel_id, type, description, created_at, is_ifa, request_id, click_url, ready_at, failed_type, members, extra_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        this.id,
        a.type,
        a.description,
        a.now,
        a.isIfa ? 1 : 0,
        a.requestId ?? null,
        a.clickUrl ?? null,
        empty ? null : a.now + this.timings.audienceReadyMs,
        a.failedType ?? null,
        packIndices([...new Set(a.members)].sort((x, y) => x - y)),
        a.extraCount ?? 0,
      );
    return this.getAudience(id) as AudienceRow;
  }

  /** Adds members through a job (create or add by JSON or file); returns the job. */
  addAudienceJob(
    audience: AudienceRow,
    job: { description: string; members: readonly number[]; extraCount: number; now: number },
  ): JobRow {
    const existing = this.audienceMembers(audience);
    const merged = new Set<number>(existing);
    let added = 0;
    for (const m of job.members) {
      if (!merged.has(m)) {
        merged.add(m);
        added++;
      }
    }
    added += job.extraCount;
    const workingAt = job.now + Math.min(this.timings.audienceJobQueuedMs, this.timings.audienceReadyMs);
    const finishesAt = job.now + this.timings.audienceReadyMs;
    const wasEmpty = audience.ready_at === null;
    this.db
      .prepare('UPDATE audiences SET members = ?, extra_count = extra_count + ?, ready_at = ? WHERE id = ?')
      .run(
        packIndices([...merged].sort((x, y) => x - y)),
        job.extraCount,
        wasEmpty ? (added > 0 ? finishesAt : null) : audience.ready_at,
        audience.id,
      );
    const info = this.db
      .prepare(
        'INSERT INTO audience_jobs (audience_id, description, created_at, working_at, finishes_at, audience_count) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(audience.id, job.description, job.now, workingAt, finishesAt, added);
    return this.db
      .prepare('SELECT * FROM audience_jobs WHERE id = ?')
      .get(Number(info.lastInsertRowid)) as JobRow;
  }

  jobsOf(audienceId: number): JobRow[] {
    return this.db
      .prepare('SELECT * FROM audience_jobs WHERE audience_id = ? ORDER BY id DESC LIMIT ?')
      .all(audienceId, audienceLimits.jobsShown) as JobRow[];
  }

  activeJobs(audienceId: number, now: number): number {
    return (
      this.db
        .prepare('SELECT COUNT(*) AS n FROM audience_jobs WHERE audience_id = ? AND finishes_at > ?')
        .get(audienceId, now) as {
        n: number;
      }
    ).n;
  }

  jobStatus(job: JobRow, now: number): 'QUEUED' | 'WORKING' | 'FINISHED' | 'FAILED' {
    if (now < job.working_at) return 'QUEUED';
    if (now < job.finishes_at) return 'WORKING';
    return job.failed_type ? 'FAILED' : 'FINISHED';
  }

  /** The audience object of LINE's responses. */
  audienceJson(a: AudienceRow, now: number): Record<string, unknown> {
    const status = this.audienceStatus(a, now);
    const members = a.members.byteLength / 4 + a.extra_count;
    let count = 0;
    if (a.type === 'UPLOAD') {
      const jobs = this.jobsOf(a.id);
      const finished = jobs
        .filter((j) => this.jobStatus(j, now) === 'FINISHED')
        .reduce((s, j) => s + j.audience_count, 0);
      count = Math.min(members, finished);
    } else if (status === 'READY' || status === 'FAILED' || status === 'EXPIRED') {
      count = members < privacyThreshold ? 0 : members;
    }
    return {
      audienceGroupId: a.id,
      type: a.type,
      description: a.description,
      status,
      ...(status === 'FAILED' && a.failed_type ? { failedType: a.failed_type } : {}),
      audienceCount: count,
      created: seconds(a.created_at),
      ...(a.request_id !== null ? { requestId: a.request_id } : {}),
      ...(a.click_url !== null ? { clickUrl: a.click_url } : {}),
      isIfaAudience: a.is_ifa === 1,
      permission: 'READ_WRITE',
      createRoute: 'MESSAGING_API',
    };
  }

  /** Friends who opened (imp) or clicked (click) a broadcast/narrowcast, decided per user by hash. */
  engagedRecipients(send: SendRow, kind: 'IMP' | 'CLICK', clickUrl?: string): number[] {
    const urls = JSON.parse(send.urls) as string[];
    if (kind === 'CLICK' && (urls.length === 0 || (clickUrl !== undefined && !urls.includes(clickUrl))))
      return [];
    const rate = kind === 'IMP' ? this.timings.impressionRate : this.timings.clickRate;
    const out: number[] = [];
    for (const index of this.recipientsOf(send)) {
      const friend = this.friends[index];
      if (!friend) continue;
      if (hashUnit(`${send.request_id}:${friend.userId}:imp`) >= this.timings.impressionRate) continue;
      if (
        kind === 'CLICK' &&
        hashUnit(`${send.request_id}:${friend.userId}:${clickUrl ?? '*'}`) >=
          rate / this.timings.impressionRate
      )
        continue;
      out.push(index);
    }
    return out;
  }

  // ── rich menus ─────────────────────────────────────────────────────────────────────────────────

  richMenuCount(): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM rich_menus WHERE channel_id = ?').get(this.id) as {
        n: number;
      }
    ).n;
  }

  getRichMenu(id: string): RichMenuRow | undefined {
    return this.db.prepare('SELECT * FROM rich_menus WHERE id = ? AND channel_id = ?').get(id, this.id) as
      RichMenuRow | undefined;
  }

  richMenuJson(row: RichMenuRow): Record<string, unknown> {
    return { richMenuId: row.id, ...(JSON.parse(row.body) as Record<string, unknown>) };
  }

  createRichMenu(body: Record<string, unknown>, now: number): string {
    const id = `richmenu-${this.richMenuIds.hex(32)}`;
    const stored = {
      size: body.size,
      selected: body.selected,
      name: body.name,
      chatBarText: body.chatBarText,
      areas: body.areas,
    };
    this.db
      .prepare('INSERT INTO rich_menus (id, channel_id, body, created_at) VALUES (?, ?, ?, ?)')
      .run(id, this.id, JSON.stringify(stored), now);
    return id;
  }

  defaultRichMenuId(): string | null {
    return (
      this.db.prepare('SELECT default_rich_menu_id AS d FROM channels WHERE id = ?').get(this.id) as {
        d: string | null;
      }
    ).d;
  }

  setDefaultRichMenu(id: string | null): void {
    this.db.prepare('UPDATE channels SET default_rich_menu_id = ? WHERE id = ?').run(id, this.id);
  }

  // ── narrowcast targeting ───────────────────────────────────────────────────────────────────────

  /** Evaluates a recipient object to a set of reachable friend indices; errors are LINE's 400s. */
  evaluateRecipient(node: unknown, now: number, audiences: AudienceRow[]): Set<number> {
    const universe = () => new Set(this.reachable().map((f) => f.index));
    if (node === undefined || node === null) return universe();
    const n = node as Record<string, unknown>;
    switch (n.type) {
      case 'audience': {
        const audience = this.getAudience(Number(n.audienceGroupId));
        if (!audience)
          throw new LineApiError(400, {
            message: 'The audience group does not exist',
            details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND', property: 'recipient' }],
          });
        if (this.audienceStatus(audience, now) !== 'READY')
          throw new LineApiError(400, {
            message: `The audience group ${String(audience.id)} is not ready`,
            details: [{ message: 'audience group status must be READY', property: 'recipient' }],
          });
        audiences.push(audience);
        const out = new Set<number>();
        for (const i of this.audienceMembers(audience)) if (!this.friends[i]?.blocked) out.add(i);
        return out;
      }
      case 'redelivery': {
        const send = this.getSend(String(n.requestId));
        if (
          !send ||
          send.kind !== 'narrowcast' ||
          this.narrowcastPhase(send, now) !== 'succeeded' ||
          now - send.accepted_at >= narrowcastLimits.redeliveryMaxAgeMs
        )
          throw new LineApiError(400, {
            message: 'The request ID for redelivery is invalid',
            details: [{ message: 'invalid requestId', property: 'recipient' }],
          });
        const out = new Set<number>();
        for (const i of this.recipientsOf(send)) if (!this.friends[i]?.blocked) out.add(i);
        return out;
      }
      case 'operator': {
        if (Array.isArray(n.and)) {
          const sets = n.and.map((c) => this.evaluateRecipient(c, now, audiences));
          const [first, ...rest] = sets;
          return new Set([...(first ?? [])].filter((i) => rest.every((s) => s.has(i))));
        }
        if (Array.isArray(n.or)) {
          const out = new Set<number>();
          for (const c of n.or) for (const i of this.evaluateRecipient(c, now, audiences)) out.add(i);
          return out;
        }
        const excluded = this.evaluateRecipient(n.not, now, audiences);
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
        const days = (now - friend.followedAt) / 86_400_000;
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

  narrowcastFailure(code: number): string {
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
