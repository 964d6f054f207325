// The outbox table and its lease in SQLite: rows ↔ OutboxEntry, the state changes the worker makes
// (each a single statement, so a crash leaves either the old state or the new one), and the lease
// that lets one worker at a time run a data folder's outbox, whichever shell it runs in.

import type { AudienceProgress } from '../../shared/sync/audiences';
import type {
  NarrowcastProgress,
  OutboxEntry,
  OutboxEntryKind,
  OutboxError,
  OutboxState,
} from '../../shared/sync/outbox';
import type { Statement } from 'better-sqlite3';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

interface OutboxRow {
  readonly id: number;
  readonly channel_id: number;
  readonly kind: OutboxEntryKind;
  readonly campaign_id: number | null;
  readonly part: number;
  readonly payload: string;
  readonly cost: number;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly last_error: string | null;
  readonly retry_key: string;
  readonly first_attempt_at: number | null;
  readonly request_id: string | null;
  readonly accepted_request_id: string | null;
  readonly progress: string | null;
  /** Added by 0010-outbox-jobs. */
  readonly result: string | null;
  readonly audience_id: number | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly finished_at: string | null;
}

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** Each statement prepared once per connection: the worker runs them for every entry. */
const prepared = new WeakMap<SqliteDatabase, Map<string, Statement>>();
function statement(db: SqliteDatabase, sql: string): Statement {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function toEntry(row: OutboxRow): OutboxEntry {
  return {
    id: row.id,
    channelId: row.channel_id,
    kind: row.kind,
    campaignId: row.campaign_id,
    part: row.part,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    cost: row.cost,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error === null ? null : (JSON.parse(row.last_error) as OutboxError),
    retryKey: row.retry_key,
    firstAttemptAt: row.first_attempt_at,
    requestId: row.request_id,
    acceptedRequestId: row.accepted_request_id,
    progress:
      row.progress === null ? null : (JSON.parse(row.progress) as NarrowcastProgress | AudienceProgress),
    audienceId: row.audience_id,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export interface NewOutboxEntry {
  readonly channelId: number;
  readonly kind: OutboxEntryKind;
  readonly campaignId: number | null;
  readonly part: number;
  readonly payload: unknown;
  readonly cost: number;
  /** A UUID made now, before any attempt: every attempt of this request is sent under it. */
  readonly retryKey: string;
  /** The local audience an audience entry changes. */
  readonly audienceId?: number | null;
}

export function insertOutboxEntry(db: SqliteDatabase, entry: NewOutboxEntry): number {
  return Number(
    statement(
      db,
      `INSERT INTO outbox (channel_id, kind, campaign_id, part, payload, cost, retry_key, audience_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.channelId,
      entry.kind,
      entry.campaignId,
      entry.part,
      JSON.stringify(entry.payload),
      entry.cost,
      entry.retryKey,
      entry.audienceId ?? null,
    ).lastInsertRowid,
  );
}

export function getOutboxEntry(db: SqliteDatabase, id: number): OutboxEntry | undefined {
  const row = statement(db, 'SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
  return row && toEntry(row);
}

/** Every entry (of a channel, or of all), oldest first. */
export function listOutbox(db: SqliteDatabase, channelId?: number): OutboxEntry[] {
  const rows = (
    channelId === undefined
      ? statement(db, 'SELECT * FROM outbox ORDER BY id').all()
      : statement(db, 'SELECT * FROM outbox WHERE channel_id = ? ORDER BY id').all(channelId)
  ) as OutboxRow[];
  return rows.map(toEntry);
}

/** Entries still to run: pending ones, and running ones a crashed worker left. Oldest first. */
export function openOutboxEntries(db: SqliteDatabase, channelId?: number): OutboxEntry[] {
  // finished_at IS NULL: pending or running (the outbox's CHECK), which the index outbox_open holds;
  // the outbox keeps every finished entry, so only the open ones are read.
  const rows = (
    channelId === undefined
      ? statement(db, 'SELECT * FROM outbox WHERE finished_at IS NULL ORDER BY id').all()
      : statement(db, 'SELECT * FROM outbox WHERE channel_id = ? AND finished_at IS NULL ORDER BY id').all(
          channelId,
        )
  ) as OutboxRow[];
  return rows.map(toEntry);
}

/**
 * Marks the entry running and counts the attempt, before the request leaves; the first attempt's
 * time starts the retry-key window. Written (and committed) before anything reaches LINE. false
 * when the entry is no longer open (discarded or finished from elsewhere): nothing may leave then.
 */
export function markAttempt(db: SqliteDatabase, id: number, at: number): boolean {
  return (
    statement(
      db,
      `UPDATE outbox SET state = 'running', attempts = attempts + 1,
       first_attempt_at = coalesce(first_attempt_at, ?), updated_at = ${now}
     WHERE id = ? AND state IN ('pending', 'running')`,
    ).run(at, id).changes === 1
  );
}

/**
 * Whether the entry is still running as this worker left it: not discarded, failed or finished from
 * elsewhere since its attempt was marked. Read, not written, before a send whose attempt was marked
 * with others (see sendGroup in worker.ts).
 */
export function stillRunning(db: SqliteDatabase, id: number): boolean {
  return statement(db, `SELECT 1 FROM outbox WHERE id = ? AND state = 'running'`).get(id) !== undefined;
}

/** LINE accepted the request (or answered 409: it had already). A narrowcast stays running for progress. */
export function markAccepted(
  db: SqliteDatabase,
  id: number,
  ids: { readonly requestId: string | null; readonly acceptedRequestId: string | null },
  finished: boolean,
): void {
  statement(
    db,
    `UPDATE outbox SET request_id = coalesce(?, request_id), accepted_request_id = coalesce(?, accepted_request_id),
       state = CASE WHEN ? THEN 'done' ELSE 'running' END,
       finished_at = CASE WHEN ? THEN ${now} ELSE NULL END, last_error = NULL, updated_at = ${now}
     WHERE id = ?`,
  ).run(ids.requestId, ids.acceptedRequestId, finished ? 1 : 0, finished ? 1 : 0, id);
}

/**
 * A narrowcast's progress as LINE reports it (to the worker following it, or to a pull): one that
 * succeeded is done, one LINE could not deliver is failed, saying why; else it stays running.
 */
export function recordProgress(db: SqliteDatabase, id: number, progress: NarrowcastProgress): void {
  const state = progress.phase === 'succeeded' ? 'done' : progress.phase === 'failed' ? 'failed' : null;
  const error: OutboxError | null =
    progress.phase === 'failed'
      ? {
          key: 'errors.sync.narrowcastFailed',
          params: { description: progress.failedDescription ?? '', code: progress.errorCode ?? 0 },
        }
      : null;
  statement(
    db,
    `UPDATE outbox SET progress = ?, updated_at = ${now}, state = coalesce(?, state),
       last_error = coalesce(?, last_error),
       finished_at = CASE WHEN ? IS NULL THEN finished_at ELSE ${now} END
     WHERE id = ?`,
  ).run(JSON.stringify(progress), state, error && JSON.stringify(error), state, id);
}

/** An attempt failed; `state` pending (try again later), failed or needs-user. */
export function markFailure(
  db: SqliteDatabase,
  id: number,
  state: 'pending' | 'failed' | 'needs-user',
  error: OutboxError,
): void {
  statement(
    db,
    `UPDATE outbox SET state = ?, last_error = ?, updated_at = ${now},
       finished_at = CASE WHEN ? = 'pending' THEN NULL ELSE ${now} END
     WHERE id = ? AND state != 'done'`,
  ).run(state, JSON.stringify(error), state, id);
}

/** Records what a job did (a rich-menu publish's report, an A/B winner's decision). */
export function recordResult(db: SqliteDatabase, id: number, result: unknown): void {
  statement(db, `UPDATE outbox SET result = ?, updated_at = ${now} WHERE id = ?`).run(
    JSON.stringify(result),
    id,
  );
}

/** A job's payload replaced (a rich-menu project published again before its publish ran). */
export function replacePayload(db: SqliteDatabase, id: number, payload: unknown): void {
  statement(db, `UPDATE outbox SET payload = ?, updated_at = ${now} WHERE id = ?`).run(
    JSON.stringify(payload),
    id,
  );
}

/** Notes an attempt's error without changing the state (p-retry tries again). */
export function noteError(db: SqliteDatabase, id: number, error: OutboxError): void {
  statement(db, `UPDATE outbox SET last_error = ?, updated_at = ${now} WHERE id = ?`).run(
    JSON.stringify(error),
    id,
  );
}

/** A campaign's entries, in order. */
export function campaignEntries(db: SqliteDatabase, campaignId: number): OutboxEntry[] {
  const rows = db
    .prepare('SELECT * FROM outbox WHERE campaign_id = ? ORDER BY part')
    .all(campaignId) as OutboxRow[];
  return rows.map(toEntry);
}

/**
 * Brings a sending campaign's status in line with its entries: failed once one of them failed; sent,
 * with its first request's ID, once all are done; otherwise still sending. Call it in the transaction
 * that finished an entry, so a crash cannot leave the entries finished and the campaign sending.
 */
export function settleCampaign(db: SqliteDatabase, campaignId: number, at: string): void {
  // Only what the status needs: the worker settles after every entry.
  const entries = statement(
    db,
    'SELECT state, request_id AS requestId, accepted_request_id AS acceptedRequestId FROM outbox WHERE campaign_id = ? ORDER BY part',
  ).all(campaignId) as Pick<OutboxEntry, 'state' | 'requestId' | 'acceptedRequestId'>[];
  if (entries.some((e) => e.state === 'failed')) {
    statement(
      db,
      `UPDATE campaigns SET status = 'failed', updated_at = ? WHERE id = ? AND status = 'sending'`,
    ).run(at, campaignId);
    return;
  }
  if (entries.length === 0 || !entries.every((e) => e.state === 'done')) return;
  const first = entries[0];
  const requestId = first?.acceptedRequestId ?? first?.requestId ?? null;
  statement(
    db,
    `UPDATE campaigns SET status = 'sent', request_id = ?, sent_at = ?, updated_at = ? WHERE id = ? AND status = 'sending'`,
  ).run(requestId, at, at, campaignId);
}

/** settleCampaign for every sending campaign with no open entry left. */
export function settleSendingCampaigns(db: SqliteDatabase, at: string): void {
  const ids = db
    .prepare(
      `SELECT c.id FROM campaigns c WHERE c.status = 'sending'
         AND EXISTS (SELECT 1 FROM outbox o WHERE o.campaign_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.campaign_id = c.id AND o.state IN ('pending', 'running'))`,
    )
    .pluck()
    .all() as number[];
  for (const id of ids) writeTransaction(db, () => settleCampaign(db, id, at));
}

// ---- The lease --------------------------------------------------------------------------------

export interface Lease {
  readonly holder: string;
  readonly acquiredAt: number;
  readonly expiresAt: number;
}

export function readLease(db: SqliteDatabase): Lease | undefined {
  const row = db
    .prepare(
      'SELECT holder, acquired_at AS acquiredAt, expires_at AS expiresAt FROM outbox_lease WHERE id = 1',
    )
    .get() as Lease | undefined;
  return row;
}

/**
 * Takes the lease for `holder` until `at + durationMs`, or extends it if held already. Another
 * holder's lease is taken over only once it has expired (its worker crashed or hung). Returns the
 * lease that holds afterwards: the caller holds it when its holder is the caller.
 */
export function acquireLease(db: SqliteDatabase, holder: string, at: number, durationMs: number): Lease {
  return writeTransaction(db, () => {
    const current = readLease(db);
    if (current && current.holder !== holder && current.expiresAt > at) return current;
    const acquiredAt = current?.holder === holder ? current.acquiredAt : at;
    const expiresAt = Math.max(at + durationMs, acquiredAt + 1);
    statement(
      db,
      `INSERT INTO outbox_lease (id, holder, acquired_at, expires_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at,
         expires_at = excluded.expires_at`,
    ).run(holder, acquiredAt, expiresAt);
    return { holder, acquiredAt, expiresAt };
  });
}

/** Gives the lease up, if `holder` still has it. */
export function releaseLease(db: SqliteDatabase, holder: string): void {
  statement(db, 'DELETE FROM outbox_lease WHERE id = 1 AND holder = ?').run(holder);
}

// ---- The user's decisions ---------------------------------------------------------------------

/**
 * The user sends a finished entry again (refused by LINE, or past the retry-key window after they
 * checked): a new retry key and a clean record, so it is validated and checked against the quota
 * again like a first send. Its campaign is sending again.
 */
export function resetEntryForRetry(db: SqliteDatabase, id: number, retryKey: string): void {
  statement(
    db,
    `UPDATE outbox SET state = 'pending', retry_key = ?, first_attempt_at = NULL, request_id = NULL,
       accepted_request_id = NULL, progress = NULL, finished_at = NULL, updated_at = ${now}
     WHERE id = ? AND state IN ('failed', 'needs-user')`,
  ).run(retryKey, id);
}

/** Removes entries that never reached LINE (their campaign is ready to be queued again). */
export function deleteOutboxEntries(db: SqliteDatabase, ids: readonly number[]): void {
  const remove = statement(db, `DELETE FROM outbox WHERE id = ? AND state != 'done'`);
  for (const id of ids) remove.run(id);
}

/**
 * Sync's own moves of a campaign that LINE's history locks for the user: failed → sending when the
 * user retries it, sending or failed → ready when nothing of it reached LINE, sending → failed when
 * the user gives the rest up. Returns whether it moved.
 */
export function moveCampaignStatus(
  db: SqliteDatabase,
  campaignId: number,
  from: readonly ('sending' | 'failed' | 'scheduled' | 'ready')[],
  to: 'sending' | 'failed' | 'ready',
): boolean {
  return (
    db
      .prepare(
        `UPDATE campaigns SET status = ?, updated_at = ${now}
         WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`,
      )
      .run(to, campaignId, ...from).changes > 0
  );
}
