// The outbox's audience entries, run through @line/bot-sdk's audience clients: create (an upload
// audience by file, its members read from the database now, never from the entry; a chat-tag
// audience from its friends; click and impression audiences from a sent campaign's request ID),
// add the members of a range, rename and delete. A send naming an audience that was not on LINE
// when it was queued waits here until LINE has the audience READY, then gets LINE's id.
//
// LINE's audience endpoints take no retry key. Each audience's marker ends its description, and any
// creation that may have reached LINE before (an earlier attempt whose answer was lost, a crash
// after LINE's answer) first reads LINE's list filtered by that marker: what is found is the
// audience, so none is made twice. Every call spends the channel's audience budget (60 a minute,
// shared with the pull); a spent budget, LINE's 10 running jobs on an audience and an audience still
// processing make the entry wait, saying why and until when.

import { randomUUID } from 'node:crypto';
import { HTTPFetchError, manageAudience } from '@line/bot-sdk';
import { AbortError } from 'p-retry';
import { formatPackedId } from '../../shared/audiences/ids';
import type { AudienceSummary } from '../../shared/audiences/audience';
import { lineErrorMessages } from '../../shared/line/errors';
import { audienceLimits } from '../../shared/line/limits';
import {
  activeJobs,
  fillAudienceGroupIds,
  jobSlotFree,
  markedAudienceDescription,
  audienceMarkerOf,
  pendingAudienceIds,
  uploadJobDescription,
  type AudienceAddPayload,
  type AudienceCreatePayload,
  type AudienceDeletePayload,
  type AudienceHold,
  type AudienceProgress,
  type AudienceRenamePayload,
} from '../../shared/sync/audiences';
import type { OutboxEntry, OutboxError } from '../../shared/sync/outbox';
import { audienceExpiresAt, apiCreateRoute } from '../../shared/sync/pull';
import { getCampaignBroadcast } from '../campaigns/broadcasts';
import { chatTagAudienceMembers, getAudience, memberBlocks } from '../audiences/repository';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';
import { hasOpenAudienceUpload } from './audience-queue';
import { insertOutboxEntry, markAttempt } from './outbox-store';
import { Withdrawn } from './stops';
import { spendBudgetCall } from './pull';

export interface AudienceRunContext {
  readonly db: SqliteDatabase;
  readonly now: () => number;
  readonly connect: (channelId: number) => Promise<ChannelConnection>;
  /** The worker's call with backoff (5xx, 429, timeouts and lost connections retried; refusals thrown). */
  readonly withRetries: <T>(entryId: number, call: () => Promise<T>) => Promise<T>;
  /** Renews the worker's lease (throws once another worker has it). */
  readonly renew: () => void;
  /** Called when LINE has made a change and before that is recorded (crash tests stop there). */
  readonly afterAccepted?: (entry: OutboxEntry) => void | Promise<void>;
  /** How long a send waits before LINE is asked again whether its audience is ready (ms). */
  readonly pollIntervalMs: number;
}

export type AudienceOutcome =
  | { readonly state: 'done' }
  | { readonly state: 'failed'; readonly error: OutboxError }
  | { readonly state: 'waiting'; readonly hold: AudienceHold };

export type SendReadiness =
  { readonly state: 'ready'; readonly entry: OutboxEntry } | Exclude<AudienceOutcome, { state: 'done' }>;

/** Thrown (inside AbortError, so p-retry stops) when the entry must wait: the budget, LINE's job limit. */
class AudienceWait extends Error {
  constructor(readonly hold: AudienceHold) {
    super(hold.error.key);
  }
}

interface Clients {
  readonly api: manageAudience.ManageAudienceClient;
  readonly blob: manageAudience.ManageAudienceBlobClient;
}

const clientCache = new WeakMap<AudienceRunContext, Map<number, Clients>>();

async function clientsFor(ctx: AudienceRunContext, channelId: number): Promise<Clients> {
  let cache = clientCache.get(ctx);
  if (!cache) clientCache.set(ctx, (cache = new Map()));
  let clients = cache.get(channelId);
  if (!clients) {
    const connection = await ctx.connect(channelId);
    clients = {
      api: new manageAudience.ManageAudienceClient({
        channelAccessToken: connection.token,
        baseURL: connection.apiBaseUrl,
      }),
      blob: new manageAudience.ManageAudienceBlobClient({
        channelAccessToken: connection.token,
        baseURL: connection.dataApiBaseUrl,
      }),
    };
    cache.set(channelId, clients);
  }
  return clients;
}

/** Spends one audience call of the channel's budget, or makes the entry wait until one is allowed. */
function spend(ctx: AudienceRunContext, channelId: number): void {
  const at = ctx.now();
  const result = spendBudgetCall(ctx.db, channelId, 'audiences', at);
  if (result.spent) return;
  throw new AbortError(
    new AudienceWait({
      error: {
        key: 'errors.sync.audienceBudgetSpent',
        params: { limit: 60, at: new Date(result.nextAllowedAt).toISOString() },
      },
      retryAt: result.nextAllowedAt,
    }),
  );
}

const isLineError = (error: unknown, status: number, text: string): boolean =>
  error instanceof HTTPFetchError && error.status === status && error.body.includes(text);

// ---- Member files ----------------------------------------------------------------------------------

/** Four hex digits of each 16-bit value, as the four bytes of a little-endian 32-bit store. */
const hexQuads = (() => {
  const digits = '0123456789abcdef';
  const table = new Uint32Array(1 << 16);
  for (let v = 0; v < 1 << 16; v++) {
    table[v] =
      (digits.charCodeAt(v >>> 12) |
        (digits.charCodeAt((v >>> 8) & 15) << 8) |
        (digits.charCodeAt((v >>> 4) & 15) << 16) |
        (digits.charCodeAt(v & 15) << 24)) >>>
      0;
  }
  return table;
})();

/**
 * Members [from, to) as LINE's ID file: one ID a line, user IDs as `U` and 32 hex digits. The
 * members come as stored (blocks of packed little-endian words, see memberBlocks) or as one packed
 * array. Lines are written four digits per store into one small buffer, copied into the file a
 * part at a time (`linesPerPart`): no second copy of the whole file in fresh memory, so 1.5
 * million IDs take a few tens of milliseconds.
 */
export function memberFile(
  members: Uint32Array | readonly Uint8Array[],
  idKind: 'userId' | 'ifa',
  from: number,
  to: number,
  linesPerPart = 16_384,
): Blob {
  const parts =
    members instanceof Uint32Array
      ? [new Uint8Array(members.buffer, members.byteOffset, members.byteLength)]
      : members;
  const count = Math.max(0, to - from);
  if (idKind === 'ifa') {
    const lines: string[] = [];
    const words = new Uint32Array(4);
    forEachMember(parts, from, to, (view, at) => {
      for (let w = 0; w < 4; w++) words[w] = view.getUint32(at + w * 4, true);
      lines.push(formatPackedId('ifa', words, 0));
    });
    return new Blob([lines.join('\n')], { type: 'text/plain' });
  }
  const out = Buffer.allocUnsafe(Math.max(1, Math.min(count, linesPerPart)) * 34);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const q = hexQuads;
  const fileParts: Blob[] = [];
  let o = 0;
  let first = 0;
  for (const part of parts) {
    const n = part.byteLength / 16;
    const start = Math.max(from, first) - first;
    const end = Math.min(to, first + n) - first;
    first += n;
    if (start >= end) continue;
    // Stored blocks are their own buffers, aligned for 32-bit words; anything else is copied.
    const words =
      part.byteOffset % 4 === 0
        ? new Uint32Array(part.buffer, part.byteOffset + start * 16, (end - start) * 4)
        : new Uint32Array(Uint8Array.prototype.slice.call(part, start * 16, end * 16).buffer);
    for (let i = 0; i < words.length; i += 4) {
      const a = words[i] as number;
      const b = words[i + 1] as number;
      const c = words[i + 2] as number;
      const d = words[i + 3] as number;
      out[o] = 0x55; // U
      dv.setUint32(o + 1, q[a >>> 16] as number, true);
      dv.setUint32(o + 5, q[a & 0xffff] as number, true);
      dv.setUint32(o + 9, q[b >>> 16] as number, true);
      dv.setUint32(o + 13, q[b & 0xffff] as number, true);
      dv.setUint32(o + 17, q[c >>> 16] as number, true);
      dv.setUint32(o + 21, q[c & 0xffff] as number, true);
      dv.setUint32(o + 25, q[d >>> 16] as number, true);
      dv.setUint32(o + 29, q[d & 0xffff] as number, true);
      out[o + 33] = 0x0a;
      o += 34;
      if (o === out.length) {
        fileParts.push(new Blob([out]));
        o = 0;
      }
    }
  }
  if (o > 0) fileParts.push(new Blob([out.subarray(0, o)]));
  return new Blob(fileParts, { type: 'text/plain' });
}

/** Calls `each` with a view and byte offset of every member [from, to) of the packed parts. */
function forEachMember(
  parts: readonly Uint8Array[],
  from: number,
  to: number,
  each: (view: DataView, at: number) => void,
): void {
  let first = 0;
  for (const part of parts) {
    const n = part.byteLength / 16;
    const start = Math.max(from, first);
    const end = Math.min(to, first + n);
    if (start < end) {
      const view = new DataView(part.buffer, part.byteOffset, part.byteLength);
      for (let i = start - first, stop = end - first; i < stop; i++) each(view, i * 16);
    }
    first += n;
    if (first >= to) break;
  }
}

// ---- Records -----------------------------------------------------------------------------------------

function finishEntry(
  db: SqliteDatabase,
  entryId: number,
  requestId: string | null,
  progress: AudienceProgress,
): void {
  db.prepare(
    `UPDATE outbox SET state = 'done', request_id = coalesce(?, request_id), progress = ?, last_error = NULL,
       finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ?`,
  ).run(requestId, JSON.stringify(progress), entryId);
}

/** LINE made the audience: its id goes on the local audience (and a read-only copy a pull made goes). */
function recordCreated(
  db: SqliteDatabase,
  audience: AudienceSummary,
  group: { readonly id: string; readonly created: number; readonly type: string },
): void {
  db.prepare(
    `DELETE FROM audiences WHERE channel_id = ? AND kind = 'line' AND line_audience_group_id = ?`,
  ).run(audience.channelId, group.id);
  db.prepare(
    `UPDATE audiences SET line_audience_group_id = ?, line_type = ?, status = 'IN_PROGRESS', failure = NULL,
       line_created_at = ?, line_expires_at = ?, line_create_route = ?,
       line_synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(
    group.id,
    group.type,
    new Date(group.created * 1000).toISOString(),
    audienceExpiresAt(group.created),
    apiCreateRoute,
    audience.id,
  );
}

interface EntryJob {
  readonly id: number;
  readonly progress: AudienceProgress | null;
}

/** This audience's create and add entries LINE has taken, with their jobs as last read. */
function takenJobs(db: SqliteDatabase, audienceId: number): EntryJob[] {
  return (
    db
      .prepare(
        `SELECT id, progress FROM outbox WHERE audience_id = ? AND kind IN ('audienceCreate', 'audienceAdd')
         AND state = 'done' ORDER BY id`,
      )
      .all(audienceId) as { id: number; progress: string | null }[]
  ).map((r) => ({
    id: r.id,
    progress: r.progress === null ? null : (JSON.parse(r.progress) as AudienceProgress),
  }));
}

const settledJob = (jobStatus: string | undefined): boolean =>
  jobStatus === 'FINISHED' || jobStatus === 'FAILED' || jobStatus === 'NONE';
const jobSettled = (job: EntryJob): boolean => settledJob(job.progress?.jobStatus);

interface AudienceReading {
  readonly status: string;
  readonly audienceCount: number;
  readonly running: number;
  readonly unsettled: number;
  readonly failedType: string | null;
}

/** Reads the audience on LINE (one budgeted call) and records its status and its jobs' on the entries. */
async function readAudience(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
  audience: AudienceSummary,
): Promise<AudienceReading> {
  const { api } = await clientsFor(ctx, audience.channelId);
  const groupId = Number(audience.lineAudienceGroupId);
  const answer = await ctx.withRetries(entry.id, () => {
    ctx.renew();
    spend(ctx, audience.channelId);
    return api.getAudienceData(groupId);
  });
  const group = answer.audienceGroup;
  const status = group?.status ?? 'IN_PROGRESS';
  const jobs = answer.jobs ?? [];
  const byDescription = new Map(jobs.map((j) => [j.description ?? '', j]));
  return writeTransaction(ctx.db, () => {
    const local = status === 'READY' || status === 'FAILED' || status === 'EXPIRED' ? status : 'IN_PROGRESS';
    const failure =
      local === 'FAILED'
        ? group?.failedType === 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT'
          ? 'too-few-members'
          : 'internal'
        : null;
    ctx.db
      .prepare(
        `UPDATE audiences SET status = ?, failure = ?, line_synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
      )
      .run(local, failure, audience.id);
    let unsettled = 0;
    for (const taken of takenJobs(ctx.db, audience.id)) {
      const job = byDescription.get(uploadJobDescription(taken.id));
      // Click and impression audiences have no jobs (LINE's status is all there is); LINE lists only
      // the latest 50, so a job no longer listed among 50 finished long ago.
      const jobStatus =
        job?.jobStatus ??
        (jobs.length === 0 ? 'NONE' : jobs.length >= audienceLimits.jobsShown ? 'FINISHED' : 'QUEUED');
      const progress: AudienceProgress = {
        ...(taken.progress ?? { phase: 'processing' }),
        phase:
          local === 'FAILED' || jobStatus === 'FAILED'
            ? 'failed'
            : settledJob(jobStatus) && local === 'READY'
              ? 'ready'
              : 'processing',
        status,
        audienceCount: group?.audienceCount ?? 0,
        jobStatus,
      };
      ctx.db.prepare('UPDATE outbox SET progress = ? WHERE id = ?').run(JSON.stringify(progress), taken.id);
      if (!settledJob(jobStatus)) unsettled++;
    }
    return {
      status,
      audienceCount: group?.audienceCount ?? 0,
      running: activeJobs(jobs),
      unsettled,
      failedType: group?.failedType ?? null,
    };
  });
}

/** The audience LINE holds with this marker in its description, if any. */
async function findByMarker(
  ctx: AudienceRunContext,
  channelId: number,
  marker: string,
): Promise<{ id: string; created: number; type: string } | null> {
  const { api } = await clientsFor(ctx, channelId);
  for (let page = 1; ; page++) {
    spend(ctx, channelId);
    const answer = await api.getAudienceGroups(page, marker, undefined, audienceLimits.listPageSizeMax);
    const found = (answer.audienceGroups ?? []).find((g) => audienceMarkerOf(g.description ?? '') === marker);
    if (found?.audienceGroupId !== undefined)
      return {
        id: String(found.audienceGroupId),
        created: found.created ?? Math.floor(ctx.now() / 1000),
        type: found.type ?? 'UPLOAD',
      };
    if (!answer.hasNextPage) return null;
  }
}

// ---- The kinds ---------------------------------------------------------------------------------------

const gone = (name: string): AudienceOutcome => ({
  state: 'failed',
  error: { key: 'errors.sync.audienceDeleted', params: { name } },
});

async function runCreate(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
  payload: AudienceCreatePayload,
): Promise<AudienceOutcome> {
  const { db } = ctx;
  const audience = getAudience(db, payload.audienceId);
  if (!audience) return gone(`#${String(payload.audienceId)}`);
  if (audience.lineAudienceGroupId !== null && audience.lineAudienceGroupId !== payload.replaces) {
    finishEntry(db, entry.id, null, { phase: 'processing' });
    return { state: 'done' };
  }
  const description = markedAudienceDescription(audience.name, payload.marker);
  const { api, blob } = await clientsFor(ctx, entry.channelId);

  // What the creation sends, read now: the members never sit in the outbox.
  let make: () => Promise<{ body: manageAudience.CreateAudienceGroupResponse; httpResponse: Response }>;
  let members = 0;
  switch (audience.kind) {
    case 'upload': {
      const to = payload.to ?? audience.size ?? 0;
      const file = memberFile(memberBlocks(db, audience.id), audience.idKind ?? 'userId', 0, to);
      members = to;
      make = () =>
        blob.createAudienceForUploadingUserIdsWithHttpInfo(
          file,
          description,
          audience.idKind === 'ifa',
          uploadJobDescription(entry.id),
        );
      break;
    }
    case 'chatTag': {
      const ids = chatTagAudienceMembers(db, audience.id, audience.tagMatch ?? 'any').slice(
        0,
        audienceLimits.idsPerFile,
      );
      if (ids.length === 0)
        return {
          state: 'failed',
          error: { key: 'errors.sync.audienceEmpty', params: { name: audience.name } },
        };
      members = ids.length;
      const file = new Blob([ids.join('\n')], { type: 'text/plain' });
      make = () =>
        blob.createAudienceForUploadingUserIdsWithHttpInfo(
          file,
          description,
          false,
          uploadJobDescription(entry.id),
        );
      break;
    }
    case 'click':
    case 'impression': {
      const source = audience.retargeting
        ? getCampaignBroadcast(db, audience.retargeting.broadcastId)
        : undefined;
      if (!source?.requestId)
        return {
          state: 'failed',
          error: { key: 'errors.sync.audienceSourceNotSent', params: { name: audience.name } },
        };
      const requestId = source.requestId;
      const clickUrl = audience.retargeting?.clickUrl ?? undefined;
      make = () =>
        audience.kind === 'click'
          ? api.createClickBasedAudienceGroupWithHttpInfo({
              description,
              requestId,
              ...(clickUrl ? { clickUrl } : {}),
            })
          : api.createImpBasedAudienceGroupWithHttpInfo({ description, requestId });
      break;
    }
    case 'line':
      finishEntry(db, entry.id, null, { phase: 'ready' });
      return { state: 'done' };
  }

  // Any attempt after the first (in this run or an earlier one) looks on LINE first.
  let mayExist = entry.firstAttemptAt !== null;
  const created = await ctx.withRetries(entry.id, async () => {
    ctx.renew();
    if (mayExist) {
      const found = await findByMarker(ctx, entry.channelId, payload.marker);
      if (found) return { ...found, requestId: null };
    }
    mayExist = true;
    if (!markAttempt(db, entry.id, ctx.now())) throw new Withdrawn();
    spend(ctx, entry.channelId);
    const answer = await make();
    return {
      id: String(answer.body.audienceGroupId),
      created: answer.body.created ?? Math.floor(ctx.now() / 1000),
      type: answer.body.type ?? 'UPLOAD',
      requestId: answer.httpResponse.headers.get('x-line-request-id'),
    };
  });
  await ctx.afterAccepted?.(entry);
  writeTransaction(db, () => {
    recordCreated(db, audience, created);
    // A refresh: LINE's old audience goes once the new one is there.
    if (payload.replaces !== undefined)
      insertOutboxEntry(db, {
        channelId: entry.channelId,
        kind: 'audienceDelete',
        campaignId: null,
        part: 0,
        payload: {
          audienceGroupId: payload.replaces,
          marker: null,
          name: audience.name,
        } satisfies AudienceDeletePayload,
        cost: 0,
        retryKey: randomUUID(),
        audienceId: null,
      });
    finishEntry(db, entry.id, created.requestId, {
      phase: 'processing',
      status: 'IN_PROGRESS',
      ...(members > 0 ? { members } : {}),
    });
  });
  return { state: 'done' };
}

const notOnLineYet = (ctx: AudienceRunContext, name: string): AudienceOutcome => ({
  state: 'waiting',
  hold: {
    error: { key: 'errors.sync.audienceNotCreatedYet', params: { name } },
    retryAt: ctx.now() + ctx.pollIntervalMs,
  },
});

async function runAdd(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
  payload: AudienceAddPayload,
): Promise<AudienceOutcome> {
  const { db } = ctx;
  const audience = getAudience(db, payload.audienceId);
  if (!audience) return gone(`#${String(payload.audienceId)}`);
  if (audience.lineAudienceGroupId === null) return notOnLineYet(ctx, audience.name);
  const groupId = Number(audience.lineAudienceGroupId);
  const busy = (): AudienceHold => ({
    error: {
      key: 'errors.sync.audienceJobsBusy',
      params: { name: audience.name, limit: audienceLimits.concurrentJobsPerAudience },
    },
    retryAt: ctx.now() + ctx.pollIntervalMs,
  });
  // LINE runs at most 10 uploads on an audience at once: past that many unsettled ones, look.
  const unsettled = takenJobs(db, audience.id).filter((j) => !jobSettled(j)).length;
  if (!jobSlotFree(unsettled)) {
    const reading = await readAudience(ctx, entry, audience);
    if (!jobSlotFree(reading.running)) return { state: 'waiting', hold: busy() };
  }
  const { blob } = await clientsFor(ctx, entry.channelId);
  const file = memberFile(
    memberBlocks(db, audience.id),
    audience.idKind ?? 'userId',
    payload.from,
    payload.to,
  );
  const requestId = await ctx.withRetries(entry.id, async () => {
    ctx.renew();
    if (!markAttempt(db, entry.id, ctx.now())) throw new Withdrawn();
    spend(ctx, entry.channelId);
    try {
      // Adding IDs LINE has already is harmless: a retry after a lost answer adds nothing new.
      const answer = await blob.addUserIdsToAudienceWithHttpInfo(
        file,
        groupId,
        uploadJobDescription(entry.id),
      );
      return answer.httpResponse.headers.get('x-line-request-id');
    } catch (error) {
      if (isLineError(error, 429, lineErrorMessages.tooManyConcurrentJobs))
        throw new AbortError(new AudienceWait(busy()));
      throw error;
    }
  });
  await ctx.afterAccepted?.(entry);
  finishEntry(db, entry.id, requestId, {
    phase: 'processing',
    members: payload.to - payload.from,
  });
  return { state: 'done' };
}

async function runRename(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
  payload: AudienceRenamePayload,
): Promise<AudienceOutcome> {
  const audience = getAudience(ctx.db, payload.audienceId);
  if (!audience) return gone(payload.name);
  if (audience.lineAudienceGroupId === null) return notOnLineYet(ctx, audience.name);
  const groupId = Number(audience.lineAudienceGroupId);
  const { api } = await clientsFor(ctx, entry.channelId);
  const description = markedAudienceDescription(payload.name, payload.marker);
  await ctx.withRetries(entry.id, () => {
    ctx.renew();
    if (!markAttempt(ctx.db, entry.id, ctx.now())) throw new Withdrawn();
    spend(ctx, entry.channelId);
    return api.updateAudienceGroupDescription(groupId, { description });
  });
  await ctx.afterAccepted?.(entry);
  finishEntry(ctx.db, entry.id, null, { phase: 'ready' });
  return { state: 'done' };
}

async function runDelete(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
  payload: AudienceDeletePayload,
): Promise<AudienceOutcome> {
  const { api } = await clientsFor(ctx, entry.channelId);
  let groupId = payload.audienceGroupId;
  if (groupId === null && payload.marker !== null) {
    const marker = payload.marker;
    groupId = (await ctx.withRetries(entry.id, () => findByMarker(ctx, entry.channelId, marker)))?.id ?? null;
  }
  if (groupId !== null) {
    const id = Number(groupId);
    await ctx.withRetries(entry.id, async () => {
      ctx.renew();
      if (!markAttempt(ctx.db, entry.id, ctx.now())) throw new Withdrawn();
      spend(ctx, entry.channelId);
      try {
        return await api.deleteAudienceGroup(id);
      } catch (error) {
        // Gone already (an earlier attempt whose answer was lost, or deleted in OA Manager).
        if (isLineError(error, 400, 'AUDIENCE_GROUP_NOT_FOUND')) return {};
        throw error;
      }
    });
    await ctx.afterAccepted?.(entry);
  }
  finishEntry(ctx.db, entry.id, null, { phase: 'ready' });
  return { state: 'done' };
}

const waitOutcome = (error: unknown): AudienceOutcome | undefined =>
  error instanceof AudienceWait ? { state: 'waiting', hold: error.hold } : undefined;

/** Runs one audience entry; what waits says why. LINE's refusals and lost answers throw as for sends. */
export async function runAudienceEntry(
  ctx: AudienceRunContext,
  entry: OutboxEntry,
): Promise<AudienceOutcome> {
  try {
    switch (entry.kind) {
      case 'audienceCreate':
        return await runCreate(ctx, entry, entry.payload as unknown as AudienceCreatePayload);
      case 'audienceAdd':
        return await runAdd(ctx, entry, entry.payload as unknown as AudienceAddPayload);
      case 'audienceRename':
        return await runRename(ctx, entry, entry.payload as unknown as AudienceRenamePayload);
      case 'audienceDelete':
        return await runDelete(ctx, entry, entry.payload as unknown as AudienceDeletePayload);
      case 'broadcast':
      case 'narrowcast':
      case 'multicast':
      case 'pushMessage':
      case 'richMenuPublish':
      case 'richMenuLink':
      case 'abTestWinner':
        throw new Error(`runAudienceEntry: ${entry.kind} is not an audience entry`);
    }
  } catch (error) {
    const outcome = waitOutcome(error);
    if (outcome) return outcome;
    throw error;
  }
}

/**
 * A send whose audiences were not on LINE when it was queued: each must be on LINE and READY, its
 * uploads finished, before the send leaves. Until then it waits (LINE is asked again after the poll
 * interval, within the budget); once all are, the payload gets LINE's ids, stored before the first
 * attempt so every attempt sends the same body.
 */
export async function audiencesForSend(ctx: AudienceRunContext, entry: OutboxEntry): Promise<SendReadiness> {
  const pending = pendingAudienceIds(entry.payload);
  if (pending.length === 0) return { state: 'ready', entry };
  const ids = new Map<number, number>();
  try {
    for (const audienceId of pending) {
      const audience = getAudience(ctx.db, audienceId);
      if (!audience) return gone(`#${String(audienceId)}`) as SendReadiness;
      if (audience.lineAudienceGroupId === null) return notOnLineYet(ctx, audience.name) as SendReadiness;
      // Members added to it and still queued (waiting for the budget or LINE's job limit) go first.
      if (hasOpenAudienceUpload(ctx.db, audience.id, entry.id))
        return {
          state: 'waiting',
          hold: {
            error: { key: 'errors.sync.waitingForAudienceMembers', params: { name: audience.name } },
            retryAt: ctx.now() + ctx.pollIntervalMs,
          },
        };
      const unsettled = takenJobs(ctx.db, audience.id).some((j) => !jobSettled(j));
      if (audience.status !== 'READY' || unsettled) {
        const reading = await readAudience(ctx, entry, audience);
        if (reading.status === 'FAILED' || reading.status === 'EXPIRED')
          return {
            state: 'failed',
            error: {
              key: 'errors.sync.audienceUnusable',
              params: { name: audience.name, status: reading.status, reason: reading.failedType ?? '' },
            },
          };
        if (reading.status !== 'READY' || reading.unsettled > 0)
          return {
            state: 'waiting',
            hold: {
              error: {
                key: 'errors.sync.waitingForAudience',
                params: {
                  name: audience.name,
                  status: reading.status,
                  count: reading.audienceCount,
                  members: audience.size ?? 0,
                },
              },
              retryAt: ctx.now() + ctx.pollIntervalMs,
            },
          };
      }
      ids.set(audienceId, Number(audience.lineAudienceGroupId));
    }
  } catch (error) {
    const outcome = waitOutcome(error);
    if (outcome) return outcome as SendReadiness;
    throw error;
  }
  const payload = fillAudienceGroupIds(entry.payload, ids);
  ctx.db.prepare('UPDATE outbox SET payload = ? WHERE id = ?').run(JSON.stringify(payload), entry.id);
  return { state: 'ready', entry: { ...entry, payload } };
}
