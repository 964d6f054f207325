// The outbox worker: one per data folder at a time (the lease), it runs each open entry through LINE
// with @line/bot-sdk. A send is validated first (no quota spent) and checked against the month's
// quota, then sent under the retry key stored with the entry, reused on every attempt: LINE answers a
// repeat with 409 and the accepted request's ID, so nothing is sent twice, whether the repeat comes
// from p-retry after a 5xx, a timeout or a dropped connection, or from a new worker after a crash.
// Refusals (4xx) are recorded with LINE's message and details and not retried. Past LINE's 24-hour
// retry-key window, a send whose fate is unknown waits for the user.

import { randomUUID } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import pRetry, { AbortError } from 'p-retry';
import { ApiError } from '../../shared/api/result';
import { englishText } from '../../shared/i18n/text';
import { isAudienceEntryKind } from '../../shared/sync/audiences';
import {
  failureHandling,
  isRichMenuEntryKind,
  quotaFit,
  retryWindowPassed,
  sendEntryKinds,
  type NarrowcastProgress,
  type OutboxEntry,
  type OutboxError,
  type SendEntryKind,
} from '../../shared/sync/outbox';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';
import { lineFailure, LineTimeoutError, type LineFailure } from './line-errors';
import {
  acquireLease,
  getOutboxEntry,
  markAccepted,
  markAttempt,
  markFailure,
  noteError,
  openOutboxEntries,
  recordProgress,
  recordResult,
  releaseLease,
  settleCampaign,
  settleSendingCampaigns,
  stillRunning,
} from './outbox-store';
import { AbTestWait, JobRefused, prepareAbTestWinner } from './run-abtest';
import { checkImagemapHosting, type ImageFetch } from './run-imagemaps';
import { runRichMenuEntry, type RichMenuHooks } from './run-richmenus';
import { audiencesForSend, runAudienceEntry, type AudienceOutcome } from './run-audiences';
import { LeaseLost, Stop, WindowPassed, Withdrawn } from './stops';

/** Runs something later; the sandbox's manual clock is one, so tests decide when a timeout strikes. */
export interface Timer {
  schedule(ms: number, run: () => void): () => void;
}

/** Real timers that do not keep the process alive (a scheduler or a connection check waiting). */
export const unrefTimer: Timer = {
  schedule(ms, run) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

const systemTimer: Timer = {
  schedule(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface RetryTimings {
  /** Further attempts after the first, within one run (default 5). */
  readonly retries?: number;
  /** Backoff before the first retry, ms (default 1,000; tests use 0). */
  readonly minTimeout?: number;
  readonly maxTimeout?: number;
  readonly factor?: number;
  /** Jitter: each wait multiplied by a random 1–2 (default true). */
  readonly randomize?: boolean;
}

export interface OutboxWorkerOptions {
  readonly db: SqliteDatabase;
  /** The channel's connection (channelConnection, with its sources). */
  readonly connect: (channelId: number) => Promise<ChannelConnection>;
  /** Only this channel's entries (default: every channel's). */
  readonly channelId?: number;
  /** Who holds the lease (default: this process and a random suffix). */
  readonly holder?: string;
  /** Epoch ms; the lease and the 24-hour retry-key window run on it (default Date.now). */
  readonly now?: () => number;
  /** How long the lease lasts without renewal (default 2 minutes). */
  readonly leaseMs?: number;
  readonly retry?: RetryTimings;
  /** An answer that takes longer counts as lost (default 30 s). */
  readonly requestTimeoutMs?: number;
  readonly timer?: Timer;
  /** Waits between narrowcast progress polls (default a real timer; tests advance the sandbox). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly progressIntervalMs?: number;
  /** Polls of one narrowcast per run before leaving it for the next run (default 720). */
  readonly maxProgressPolls?: number;
  /** Called when LINE has accepted a request and before that is recorded (crash tests stop there). */
  readonly afterAccepted?: (entry: OutboxEntry) => void | Promise<void>;
  /** Told after an entry's state or progress was recorded (a Sync view reloads). */
  readonly changed?: (entry: OutboxEntry) => void;
  /** Only these entries (default: every open one of the channel). */
  readonly only?: readonly number[];
  readonly richMenuHooks?: RichMenuHooks;
  /** How long an imagemap's host may take to answer (default 10 s). */
  readonly imagemapTimeoutMs?: number;
  /** The GET of an imagemap's image (default fetch). */
  readonly imagemapFetch?: ImageFetch;
  /** How long a send waits before LINE is asked again whether its audience is ready (default 30 s). */
  readonly audiencePollIntervalMs?: number;
}

export interface DrainReport {
  /** false when another worker holds the lease: nothing was run. */
  readonly leased: boolean;
  /** The lease's holder when it was not this worker. */
  readonly heldBy?: string;
  readonly done: readonly number[];
  readonly failed: readonly number[];
  readonly needsUser: readonly number[];
  /** Entries left to a later run (LINE unreachable, a narrowcast still going). */
  readonly waiting: readonly number[];
  /** Another worker took the lease over while this one was stalled; this one stopped. */
  readonly lostLease?: boolean;
  /** Epoch ms when an entry that waits (an audience on LINE, the audience budget) can go on. */
  readonly nextRunAt?: number;
  /** Epoch ms when an A/B test's winner that waits (the test's wait, the insight budget) can be decided. */
  readonly nextWinnerAt?: number;
}

type Client = messagingApi.MessagingApiClient;
/** An entry that is one send under its retry key (an A/B winner once decided is a narrowcast). */
type SendEntry = OutboxEntry & { readonly kind: SendEntryKind };
type HttpAnswer = { readonly httpResponse: Response };
type AcceptedIds = { readonly requestId: string | null; readonly acceptedRequestId: string | null };
const sendKinds: ReadonlySet<OutboxEntry['kind']> = new Set(sendEntryKinds);
const groupKinds: ReadonlySet<OutboxEntry['kind']> = new Set(['broadcast', 'multicast', 'pushMessage']);
/** The most sends whose first attempts share one commit (see `group` in drainOutbox). */
const maxGroupSize = 10;

/** Stops p-retry at once: a refusal that trying again cannot change. */
class Refused extends Error {
  constructor(readonly failure: LineFailure) {
    super(failure.error.lineMessage ?? failure.error.key);
  }
}

/** An ApiError as the entry's error, its details as LINE-style details. */
const outboxText = (error: ApiError): OutboxError => ({
  key: error.key,
  ...(error.params ? { params: error.params } : {}),
  ...(error.details.length ? { details: error.details.map((d) => ({ message: englishText(d) })) } : {}),
});

const windowError: OutboxError = { key: 'errors.sync.retryWindowPassed', params: {} };

export async function drainOutbox(options: OutboxWorkerOptions): Promise<DrainReport> {
  const { db } = options;
  const now = options.now ?? Date.now;
  const holder = options.holder ?? `${String(process.pid)}-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? 120_000;
  const timer = options.timer ?? systemTimer;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const report = {
    done: [] as number[],
    failed: [] as number[],
    needsUser: [] as number[],
    waiting: [] as number[],
  };

  const lease = acquireLease(db, holder, now(), leaseMs);
  if (lease.holder !== holder) return { leased: false, heldBy: lease.holder, ...report };

  let leaseExpires = lease.expiresAt;
  /**
   * Extends the lease once half of it has passed (before that, no other worker can have taken it);
   * throws LeaseLost once another worker has it, or had it in between (it took the lease over and
   * let it go again: this one's lease starts anew then, and what it was doing may be done).
   */
  const renew = (): void => {
    if (now() < leaseExpires - leaseMs / 2) return;
    const renewed = acquireLease(db, holder, now(), leaseMs);
    if (renewed.holder !== holder || renewed.acquiredAt !== lease.acquiredAt) throw new LeaseLost();
    leaseExpires = renewed.expiresAt;
  };

  /**
   * Sends LINE accepted whose records wait for the worker's next write: they are committed in the
   * same transaction as the next group's attempts (or whatever the worker writes next, at the latest
   * when the run ends), so sends share commits instead of costing two each. A crash before that
   * leaves each entry running with its retry key and its attempt on record: the next run sends it
   * again under that key, LINE answers 409 with the accepted request's ID, and that is recorded.
   * Nothing is sent twice.
   */
  let unrecorded: { entry: OutboxEntry; ids: AcceptedIds; at: string }[] = [];
  /** Runs `work` in a transaction that first records the unrecorded acceptances, if there are any. */
  const recordingAccepted = <T>(work: () => T): T => {
    const pending = unrecorded;
    if (pending.length === 0) return writeTransaction(db, work);
    const result = writeTransaction(db, () => {
      // Each campaign is settled once, after all of its entries here, as of the last of them.
      const settled = new Map<number, string>();
      for (const { entry, ids, at } of pending) {
        markAccepted(db, entry.id, ids, true);
        if (entry.campaignId !== null) settled.set(entry.campaignId, at);
      }
      for (const [campaignId, at] of settled) settleCampaign(db, campaignId, at);
      return work();
    });
    unrecorded = unrecorded.filter((u) => !pending.includes(u));
    for (const { entry } of pending) options.changed?.(entry);
    return result;
  };
  const recordAccepted = (): void => {
    if (unrecorded.length > 0) recordingAccepted(() => undefined);
  };

  const clients = new Map<number, Client>();
  const clientFor = async (channelId: number): Promise<Client> => {
    let client = clients.get(channelId);
    if (!client) {
      const connection = await options.connect(channelId);
      client = new messagingApi.MessagingApiClient({
        channelAccessToken: connection.token,
        baseURL: connection.apiBaseUrl,
      });
      clients.set(channelId, client);
    }
    return client;
  };

  /** The call, or a LineTimeoutError once `timeoutMs` pass on the timer; the late answer is dropped. */
  const timed = <T>(call: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const cancel = timer.schedule(timeoutMs, () => reject(new LineTimeoutError(timeoutMs)));
      // A call that throws before its promise (a lost lease, a withdrawn entry) rejects like one.
      (async () => call())().then(
        (value) => {
          cancel();
          resolve(value);
        },
        (error: unknown) => {
          cancel();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });

  /** One attempt of a call: refusals become p-retry's AbortError, other failures are noted. */
  const attemptOnce = async <T>(entryId: number, call: () => Promise<T>): Promise<T> => {
    try {
      return await timed(call);
    } catch (error) {
      if (error instanceof Stop || error instanceof AbortError) throw error;
      const failure = lineFailure(error);
      if (failureHandling(failure.status, failure.error.lineMessage) === 'refused')
        throw new AbortError(new Refused(failure));
      recordAccepted();
      noteError(db, entryId, failure.error);
      throw error instanceof Error ? error : new Error(String(error));
    }
  };

  const retryOptions = {
    retries: options.retry?.retries ?? 5,
    minTimeout: options.retry?.minTimeout ?? 1000,
    maxTimeout: options.retry?.maxTimeout ?? 60_000,
    factor: options.retry?.factor ?? 2,
    randomize: options.retry?.randomize ?? true,
    shouldRetry: (error: Error) => !(error instanceof Stop),
  };

  /**
   * One call with backoff: retried on 5xx, 429, timeouts and lost connections; refusals stop it. The
   * first attempt is made here, and only a failed one brings p-retry in: it handles that failure
   * (its checks, backoff and jitter) exactly as if it had made the attempt itself.
   */
  const withRetries = async <T>(entryId: number, call: (attempt: number) => Promise<T>): Promise<T> => {
    let first: Error;
    try {
      return await attemptOnce(entryId, () => call(1));
    } catch (error) {
      first = error instanceof Error ? error : new Error(String(error));
    }
    return pRetry(
      (attempt) => (attempt === 1 ? Promise.reject(first) : attemptOnce(entryId, () => call(attempt))),
      retryOptions,
    );
  };

  /** The campaign follows its entries, in the transaction that finished one of them. */
  const finishCampaign = (campaignId: number | null): void => {
    if (campaignId !== null) settleCampaign(db, campaignId, new Date(now()).toISOString());
  };

  const fail = (entry: OutboxEntry, state: 'failed' | 'needs-user' | 'pending', error: OutboxError): void => {
    recordingAccepted(() => {
      markFailure(db, entry.id, state, error);
      finishCampaign(entry.campaignId);
    });
    if (state === 'failed') report.failed.push(entry.id);
    else if (state === 'needs-user') report.needsUser.push(entry.id);
    else report.waiting.push(entry.id);
  };

  /**
   * Validation and the quota check, before the first attempt only (see runEntry). `reserved`: what
   * sends checked already but not yet made will count on the same channel.
   */
  const preflight = async (
    client: Client,
    entry: SendEntry,
    reserved = 0,
  ): Promise<OutboxError | undefined> => {
    const hosting = await checkImagemapHosting(entry.payload, {
      timer,
      timeoutMs: options.imagemapTimeoutMs ?? 10_000,
      ...(options.imagemapFetch ? { fetch: options.imagemapFetch } : {}),
    });
    if (hosting) return hosting;
    const body = { messages: entry.payload.messages } as messagingApi.ValidateMessageRequest;
    await withRetries(entry.id, () => {
      switch (entry.kind) {
        case 'broadcast':
          return client.validateBroadcastWithHttpInfo(body);
        case 'narrowcast':
          return client.validateNarrowcastWithHttpInfo(body);
        case 'multicast':
          return client.validateMulticastWithHttpInfo(body);
        case 'pushMessage':
          return client.validatePushWithHttpInfo(body);
      }
    });
    const quota = await withRetries(entry.id, () => client.getMessageQuota());
    const consumption = await withRetries(entry.id, () => client.getMessageQuotaConsumption());
    const fit = quotaFit(
      { type: quota.type, value: quota.value, totalUsage: consumption.totalUsage + reserved },
      entry.cost,
    );
    if (fit.fits) return undefined;
    return { key: 'errors.sync.quotaExceeded', params: { needed: fit.needed, remaining: fit.remaining } };
  };

  const send = (client: Client, entry: SendEntry): Promise<HttpAnswer> => {
    const body = entry.payload;
    switch (entry.kind) {
      case 'broadcast':
        return client.broadcastWithHttpInfo(body as unknown as messagingApi.BroadcastRequest, entry.retryKey);
      case 'narrowcast':
        return client.narrowcastWithHttpInfo(
          body as unknown as messagingApi.NarrowcastRequest,
          entry.retryKey,
        );
      case 'multicast':
        return client.multicastWithHttpInfo(body as unknown as messagingApi.MulticastRequest, entry.retryKey);
      case 'pushMessage':
        return client.pushMessageWithHttpInfo(
          body as unknown as messagingApi.PushMessageRequest,
          entry.retryKey,
        );
    }
  };

  /**
   * Sends under the entry's retry key; the IDs LINE gave, whether it accepted now or before (409).
   * `marked`: the first attempt is on record already (with its group, see sendGroup).
   */
  const sendOnce = async (client: Client, entry: SendEntry, marked = false): Promise<AcceptedIds> => {
    let firstAttemptAt = entry.firstAttemptAt;
    return withRetries(entry.id, async (attempt) => {
      // Each attempt is on record before it leaves, and none leaves once the key may be forgotten.
      if (retryWindowPassed(firstAttemptAt, now())) throw new WindowPassed();
      renew();
      if (!marked || attempt > 1) {
        const at = now();
        // In the transaction that records the earlier sends' acceptances, if those wait.
        if (!recordingAccepted(() => markAttempt(db, entry.id, at))) throw new Withdrawn();
        firstAttemptAt ??= at;
      } else if (!stillRunning(db, entry.id)) {
        // Marked with its group, then discarded or failed from elsewhere while the sends before it left.
        throw new Withdrawn();
      }
      try {
        const answer = await send(client, entry);
        return { requestId: answer.httpResponse.headers.get('x-line-request-id'), acceptedRequestId: null };
      } catch (error) {
        if (error instanceof HTTPFetchError && error.status === 409) {
          const accepted = error.headers.get('x-line-accepted-request-id');
          if (accepted)
            return { requestId: error.headers.get('x-line-request-id'), acceptedRequestId: accepted };
        }
        throw error;
      }
    });
  };

  /** Follows a narrowcast's progress until LINE reports it finished (or this run's polls run out). */
  const followProgress = async (client: Client, entry: OutboxEntry, requestId: string): Promise<void> => {
    const polls = options.maxProgressPolls ?? 720;
    for (let poll = 0; poll < polls; poll++) {
      if (poll > 0) await sleep(options.progressIntervalMs ?? 5000);
      renew();
      const progress = await withRetries(entry.id, () => client.getNarrowcastProgress(requestId));
      const reading: NarrowcastProgress = {
        phase: progress.phase,
        ...(progress.successCount === undefined ? {} : { successCount: progress.successCount }),
        ...(progress.failureCount === undefined ? {} : { failureCount: progress.failureCount }),
        ...(progress.targetCount === undefined ? {} : { targetCount: progress.targetCount }),
        ...(progress.errorCode === undefined ? {} : { errorCode: progress.errorCode }),
        ...(progress.failedDescription === undefined
          ? {}
          : { failedDescription: progress.failedDescription }),
      };
      const finished = reading.phase === 'succeeded' || reading.phase === 'failed';
      // Done once it succeeded, failed (saying why) once LINE could not deliver it.
      writeTransaction(db, () => {
        recordProgress(db, entry.id, reading);
        if (finished) finishCampaign(entry.campaignId);
      });
      options.changed?.(entry);
      if (finished) {
        (reading.phase === 'succeeded' ? report.done : report.failed).push(entry.id);
        return;
      }
    }
    report.waiting.push(entry.id);
  };

  // Audience entries (run-audiences.ts), and sends waiting for their audiences on LINE.
  let nextRunAt: number | undefined;
  const audiences = {
    db,
    now,
    connect: options.connect,
    withRetries: <T>(entryId: number, call: () => Promise<T>) => withRetries(entryId, call),
    renew,
    ...(options.afterAccepted ? { afterAccepted: options.afterAccepted } : {}),
    pollIntervalMs: options.audiencePollIntervalMs ?? 30_000,
  };
  const settleAudience = (entry: OutboxEntry, outcome: Exclude<AudienceOutcome, { state: 'done' }>): void => {
    if (outcome.state === 'failed') return fail(entry, 'failed', outcome.error);
    fail(entry, 'pending', { ...outcome.hold.error, waiting: true });
    nextRunAt = Math.min(nextRunAt ?? Infinity, outcome.hold.retryAt);
  };

  const runEntry = async (queued: OutboxEntry): Promise<void> => {
    // Only a plain send's attempt takes a waiting acceptance along; anything else records it first.
    if (!sendKinds.has(queued.kind) || queued.acceptedRequestId !== null || queued.requestId !== null)
      recordAccepted();
    if (isAudienceEntryKind(queued.kind)) {
      const outcome = await runAudienceEntry(audiences, queued);
      if (outcome.state === 'done') report.done.push(queued.id);
      else settleAudience(queued, outcome);
      return;
    }
    if (isRichMenuEntryKind(queued.kind)) {
      if (!markAttempt(db, queued.id, now())) throw new Withdrawn();
      const outcome = await runRichMenuEntry(
        {
          db,
          now,
          connection: await options.connect(queued.channelId),
          withRetries: (call) => withRetries(queued.id, call),
          renew,
          ...(options.richMenuHooks ? { hooks: options.richMenuHooks } : {}),
        },
        queued,
      );
      writeTransaction(db, () => {
        markAccepted(db, queued.id, { requestId: outcome.requestId, acceptedRequestId: null }, true);
        recordResult(db, queued.id, outcome.result);
      });
      report.done.push(queued.id);
      return;
    }
    // An A/B test's winner: decided once its wait is over (then sent as a narrowcast), else it waits.
    let entry: SendEntry =
      queued.kind === 'abTestWinner'
        ? await prepareAbTestWinner(
            { db, now, withRetries: (call) => withRetries(queued.id, call), connect: options.connect },
            queued,
          )
        : (queued as SendEntry);
    const client = await clientFor(entry.channelId);
    const accepted = entry.acceptedRequestId ?? entry.requestId;
    if (accepted !== null) {
      // LINE took it in an earlier run; only a narrowcast's progress is left to follow.
      await followProgress(client, entry, accepted);
      return;
    }
    if (retryWindowPassed(entry.firstAttemptAt, now())) {
      fail(entry, 'needs-user', windowError);
      return;
    }
    const readiness = await audiencesForSend(audiences, entry);
    if (readiness.state !== 'ready') return settleAudience(entry, readiness);
    entry = readiness.entry as SendEntry;
    // An entry tried before may have reached LINE, which counted it: validating and checking the
    // quota again could refuse what was already sent. Only its retry key can tell, so it goes
    // straight to the send.
    if (entry.firstAttemptAt === null) {
      const refusal = await preflight(client, entry);
      if (refusal) {
        fail(entry, 'failed', refusal);
        return;
      }
    }
    const ids = await sendOnce(client, entry);
    await options.afterAccepted?.(entry);
    if (entry.kind !== 'narrowcast') {
      // Recorded with the next write (see `unrecorded`); a narrowcast's is recorded now, to follow it.
      unrecorded.push({ entry, ids, at: new Date(now()).toISOString() });
      report.done.push(entry.id);
      return;
    }
    writeTransaction(db, () => markAccepted(db, entry.id, ids, false));
    await followProgress(client, entry, ids.acceptedRequestId ?? ids.requestId ?? '');
  };

  let lostLease = false;
  let nextWinnerAt: number | undefined;

  /** An entry's step failed: recorded as that entry's outcome (most wait for the next run). */
  const recordFailure = (entry: OutboxEntry, error: unknown): void => {
    // Discarded or retried from elsewhere before it left: whoever did that recorded it.
    if (error instanceof Withdrawn) return;
    const latest = getOutboxEntry(db, entry.id) ?? entry;
    if (error instanceof WindowPassed) fail(entry, 'needs-user', windowError);
    else if (error instanceof Refused) fail(entry, 'failed', error.failure.error);
    else if (error instanceof JobRefused) fail(entry, 'failed', outboxText(error));
    else if (error instanceof AbTestWait) {
      fail(entry, 'pending', { ...outboxText(error), waiting: true });
      nextWinnerAt = Math.min(nextWinnerAt ?? Infinity, error.retryAt);
    } else if (
      error instanceof HTTPFetchError ||
      error instanceof LineTimeoutError ||
      error instanceof TypeError
    )
      // Out of retries for this run: it waits, under its key, for the next run.
      fail(entry, 'pending', latest.lastError ?? lineFailure(error).error);
    // No connection to the channel (yet): it waits, saying why.
    else if (error instanceof ApiError)
      fail(entry, 'pending', { key: error.key, ...(error.params ? { params: error.params } : {}) });
    else fail(entry, 'pending', { key: 'errors.sync.internal', params: { detail: String(error) } });
  };

  /**
   * Sends that go as a group: broadcasts, multicasts and pushes never tried before. Each is
   * validated and checked against the quota as it joins (the members before it counted as spent),
   * then one commit puts every member's first attempt on record, then they leave one after another.
   * Their acceptances are recorded with the next group's commit (see `unrecorded`). So each send
   * still leaves only after its own checks and with its attempt on record, and a crash leaves every
   * member to be sent under its key without the checks it passed; but up to ten sends share a
   * commit. The first group of a run is one send, and each group after it twice as big as the one
   * before, up to ten: the first send leaves as soon as it is checked, and a worker stopped often
   * (a laptop closed, a crash) still gets sends out.
   */
  let group: { entry: SendEntry; client: Client }[] = [];
  let groupSize = 1;
  const groupable = (entry: OutboxEntry): entry is SendEntry =>
    groupKinds.has(entry.kind) &&
    entry.firstAttemptAt === null &&
    entry.requestId === null &&
    entry.acceptedRequestId === null;
  /** Told now unless its record is still to come (in the group, or its acceptance not yet written). */
  const toldLater = (entry: OutboxEntry): boolean =>
    group.some((m) => m.entry.id === entry.id) || unrecorded.some((u) => u.entry.id === entry.id);

  /** One entry's step: its failure recorded as its own; a lost lease stops the whole run. */
  const guarded = async (entry: OutboxEntry, step: () => Promise<void>): Promise<void> => {
    try {
      // Renewed before each entry and each attempt; a worker that lost it (stalled past its
      // expiry) stops, leaving the entry as it is to the worker that took over.
      renew();
      await step();
    } catch (error) {
      if (error instanceof LeaseLost) {
        lostLease = true;
        throw error;
      }
      recordFailure(entry, error);
    } finally {
      if (!lostLease && !toldLater(entry)) options.changed?.(entry);
    }
  };

  const joinGroup = async (queued: SendEntry): Promise<void> => {
    const client = await clientFor(queued.channelId);
    const readiness = await audiencesForSend(audiences, queued);
    if (readiness.state !== 'ready') return settleAudience(queued, readiness);
    const entry = readiness.entry as SendEntry;
    const reserved = group.reduce(
      (sum, m) => sum + (m.entry.channelId === entry.channelId ? m.entry.cost : 0),
      0,
    );
    const refusal = await preflight(client, entry, reserved);
    if (refusal) return fail(entry, 'failed', refusal);
    group.push({ entry, client });
  };

  const sendGroup = async (): Promise<void> => {
    const members = group;
    group = [];
    if (members.length === 0) return;
    groupSize = Math.min(maxGroupSize, groupSize * 2);
    const at = now();
    let marked: ReadonlySet<number>;
    try {
      renew();
      marked = recordingAccepted(
        () => new Set(members.filter((m) => markAttempt(db, m.entry.id, at)).map((m) => m.entry.id)),
      );
    } catch (error) {
      // None of the group left.
      for (const m of members) await guarded(m.entry, () => Promise.reject(error));
      return;
    }
    for (const { entry, client } of members) {
      // Discarded or retried from elsewhere since it joined: it stays as they left it.
      if (!marked.has(entry.id)) {
        options.changed?.(entry);
        continue;
      }
      const tried: SendEntry = { ...entry, state: 'running', firstAttemptAt: at };
      await guarded(tried, async () => {
        const ids = await sendOnce(client, tried, true);
        await options.afterAccepted?.(tried);
        unrecorded.push({ entry: tried, ids, at: new Date(now()).toISOString() });
        report.done.push(tried.id);
      });
    }
  };

  try {
    // A campaign whose last entry finished in a version that recorded the two apart is settled now.
    settleSendingCampaigns(db, new Date(now()).toISOString());
    const only = options.only && new Set(options.only);
    try {
      for (const entry of openOutboxEntries(db, options.channelId)) {
        if (only && !only.has(entry.id)) continue;
        if (groupable(entry)) {
          await guarded(entry, () => joinGroup(entry));
          if (group.length >= groupSize) await sendGroup();
        } else {
          // In order: the group goes first.
          await sendGroup();
          await guarded(entry, () => runEntry(entry));
        }
      }
      await sendGroup();
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error;
    }
  } finally {
    try {
      // Also when the run stops on an error or a lost lease: LINE accepted it.
      recordAccepted();
    } finally {
      releaseLease(db, holder);
    }
  }
  return {
    leased: true,
    ...report,
    ...(lostLease ? { lostLease } : {}),
    ...(nextRunAt === undefined ? {} : { nextRunAt }),
    ...(nextWinnerAt === undefined ? {} : { nextWinnerAt }),
  };
}
