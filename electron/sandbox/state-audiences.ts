// Audience groups of one channel: upload audiences and their jobs (QUEUED → WORKING → FINISHED),
// click and impression retargeting audiences, their statuses on the clock (IN_PROGRESS → READY,
// FAILED, EXPIRED), and the audience object of LINE's answers with its privacy rule.

import { audienceLimits, privacyThreshold } from '../../shared/line/limits';
import type { IdStream } from './ids';
import { packIndices, unpackIndices, type SandboxDb } from './store';
import type { SandboxTimings } from './timings';

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
  create_route: string;
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

export type AudienceStatus = 'IN_PROGRESS' | 'READY' | 'FAILED' | 'EXPIRED';

export type JobStatus = 'QUEUED' | 'WORKING' | 'FINISHED' | 'FAILED';

export interface NewAudience {
  readonly type: AudienceRow['type'];
  readonly description: string;
  readonly isIfa: boolean;
  readonly now: number;
  readonly requestId?: string;
  readonly clickUrl?: string;
  /** Friend indices. */
  readonly members: readonly number[];
  /** Members that are not friends (IFAs). */
  readonly extraCount?: number;
  readonly failedType?: string;
  /** How it was made: MESSAGING_API (the API's routes), or OA_MANAGER and the like (made elsewhere). */
  readonly createRoute?: string;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

export class Audiences {
  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
    private readonly timings: SandboxTimings,
    private readonly ids: IdStream,
  ) {}

  count(): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM audiences WHERE channel_id = ?').get(this.channelId) as {
        n: number;
      }
    ).n;
  }

  get(id: number): AudienceRow | undefined {
    return this.db
      .prepare('SELECT * FROM audiences WHERE id = ? AND channel_id = ?')
      .get(id, this.channelId) as AudienceRow | undefined;
  }

  /** Every audience, newest first, as the list endpoint pages them. */
  list(): AudienceRow[] {
    return this.db
      .prepare('SELECT * FROM audiences WHERE channel_id = ? ORDER BY created_at DESC, id DESC')
      .all(this.channelId) as AudienceRow[];
  }

  status(a: AudienceRow, now: number): AudienceStatus {
    if (now >= a.created_at + audienceLimits.retentionSeconds * 1000) return 'EXPIRED';
    if (a.ready_at === null || now < a.ready_at) return 'IN_PROGRESS';
    return a.failed_type ? 'FAILED' : 'READY';
  }

  /** Members (friend indices) of an audience. */
  members(a: AudienceRow): Uint32Array {
    return unpackIndices(a.members);
  }

  /** Whether a click or impression audience of this send (and URL) already exists. */
  hasRetargeting(type: 'CLICK' | 'IMP', requestId: string, clickUrl: string | undefined): boolean {
    return (
      this.db
        .prepare(
          "SELECT 1 FROM audiences WHERE channel_id = ? AND type = ? AND request_id = ? AND COALESCE(click_url, '') = ?",
        )
        .get(this.channelId, type, requestId, clickUrl ?? '') !== undefined
    );
  }

  private nextId(): number {
    // Audience group IDs are unique across channels, as on LINE.
    const row = this.db.prepare('SELECT MAX(id) AS m FROM audiences').get() as { m: number | null };
    return row.m === null
      ? 4_000_000_000_000 + Math.floor(this.ids.next() * 900_000_000_000)
      : row.m + 1 + Math.floor(this.ids.next() * 1000);
  }

  create(a: NewAudience): AudienceRow {
    const id = this.nextId();
    const empty = a.type === 'UPLOAD' && a.members.length === 0 && !a.extraCount;
    this.db
      .prepare(
        `INSERT INTO audiences (id, channel_id, type, description, created_at, is_ifa, request_id, click_url, ready_at, failed_type, members, extra_count, create_route)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        this.channelId,
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
        a.createRoute ?? 'MESSAGING_API',
      );
    return this.get(id) as AudienceRow;
  }

  rename(a: AudienceRow, description: string): void {
    this.db.prepare('UPDATE audiences SET description = ? WHERE id = ?').run(description, a.id);
  }

  delete(a: AudienceRow): void {
    this.db.prepare('DELETE FROM audiences WHERE id = ?').run(a.id);
  }

  /** Adds members through a job (create or add by JSON or file); returns the job. */
  addJob(
    audience: AudienceRow,
    job: { description: string; members: readonly number[]; extraCount: number; now: number },
  ): JobRow {
    const merged = new Set<number>(this.members(audience));
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

  /** The latest jobs of an audience, newest first (as many as LINE shows). */
  jobsOf(audienceId: number): JobRow[] {
    return this.db
      .prepare('SELECT * FROM audience_jobs WHERE audience_id = ? ORDER BY id DESC LIMIT ?')
      .all(audienceId, audienceLimits.jobsShown) as JobRow[];
  }

  /** Jobs still QUEUED or WORKING. */
  activeJobs(audienceId: number, now: number): number {
    return (
      this.db
        .prepare('SELECT COUNT(*) AS n FROM audience_jobs WHERE audience_id = ? AND finishes_at > ?')
        .get(audienceId, now) as { n: number }
    ).n;
  }

  jobStatus(job: JobRow, now: number): JobStatus {
    if (now < job.working_at) return 'QUEUED';
    if (now < job.finishes_at) return 'WORKING';
    return job.failed_type ? 'FAILED' : 'FINISHED';
  }

  /** The audience object of LINE's responses. */
  json(a: AudienceRow, now: number): Record<string, unknown> {
    const status = this.status(a, now);
    const members = a.members.byteLength / 4 + a.extra_count;
    let count = 0;
    if (a.type === 'UPLOAD') {
      const finished = this.jobsOf(a.id)
        .filter((j) => this.jobStatus(j, now) === 'FINISHED')
        .reduce((s, j) => s + j.audience_count, 0);
      count = Math.min(members, finished);
    } else if (status === 'READY' || status === 'FAILED' || status === 'EXPIRED') {
      // Click and impression audiences below the privacy threshold count 0; uploads show every member.
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
      createRoute: a.create_route,
    };
  }
}
