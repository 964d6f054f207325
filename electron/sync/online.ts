// Sync when online: when the app starts, each LINE channel is pulled and its queued changes sent;
// then its connection is checked now and then, and when a check that failed succeeds again (LINE can
// be reached once more), the channel is pulled again and its outbox drained. A drain that left
// entries waiting for LINE (no answer, a narrowcast still going) is tried again at the next check
// that succeeds. The desktop app, browser mode and `oa-planner sync --watch` share it; the lease keeps
// their workers apart.

import { messagingApi } from '@line/bot-sdk';
import { listChannels } from '../storage/channels';
import { channelConnection } from './connection';
import type { SyncEngine } from './handlers';
import { LineTimeoutError } from './line-errors';
import { pullChannel } from './pull';
import { unrefTimer, type Timer } from './worker';

export interface OnlineSyncOptions {
  /** The channels to watch (asked again at each round, so channels added meanwhile are included). */
  readonly channels: () => readonly number[];
  /** Resolves true when LINE answers the channel's connection check. */
  readonly check: (channelId: number) => Promise<boolean>;
  /** Pulls the channel's state; throws when LINE cannot be reached. */
  readonly pull: (channelId: number) => Promise<void>;
  /** Drains the channel's outbox; resolves true when entries were left waiting for LINE. */
  readonly drain: (channelId: number) => Promise<boolean>;
  /** Default: real timers that do not keep the process alive. */
  readonly timer?: Timer;
  /** Time between connection checks (default 30 s). */
  readonly intervalMs?: number;
  /** Told what a round did, per channel (the CLI prints it). */
  readonly report?: (event: OnlineSyncEvent) => void;
  /** The caller has just pulled and pushed: no first round, and the channels count as online. */
  readonly initiallyOnline?: boolean;
}

export type OnlineSyncEvent =
  | { readonly channelId: number; readonly type: 'offline'; readonly error: unknown }
  | { readonly channelId: number; readonly type: 'online' }
  | { readonly channelId: number; readonly type: 'pulled' }
  | { readonly channelId: number; readonly type: 'drained'; readonly waiting: boolean };

export interface OnlineSync {
  /** The first round: a pull then a drain of each channel. Resolves when it has finished. */
  readonly started: Promise<void>;
  /** Whether the channel answered its last check (undefined before the first). */
  online(channelId: number): boolean | undefined;
  /** Runs a round of checks now; resolves when it (and what it started) has finished. */
  checkNow(): Promise<void>;
  /** Resolves once no round is running. */
  idle(): Promise<void>;
  stop(): void;
}

export function startOnlineSync(options: OnlineSyncOptions): OnlineSync {
  const timer = options.timer ?? unrefTimer;
  const intervalMs = options.intervalMs ?? 30_000;
  /** Per channel: online at the last check; `retry` when its last drain left entries waiting. */
  const states = new Map<number, { online: boolean; retry: boolean }>();
  let stopped = false;
  let cancel: (() => void) | undefined;
  let running: Promise<void> = Promise.resolve();

  const tell = (event: OnlineSyncEvent): void => {
    try {
      options.report?.(event);
    } catch {
      // A listener's failure is not sync's.
    }
  };

  const drain = async (channelId: number): Promise<void> => {
    const waiting = await options.drain(channelId);
    tell({ channelId, type: 'drained', waiting });
    states.set(channelId, { online: true, retry: waiting });
  };

  /** Pull then drain; offline (a failed pull) leaves both for the next check that succeeds. */
  const pullAndDrain = async (channelId: number): Promise<void> => {
    try {
      await options.pull(channelId);
    } catch (error) {
      states.set(channelId, { online: false, retry: false });
      tell({ channelId, type: 'offline', error });
      return;
    }
    tell({ channelId, type: 'pulled' });
    states.set(channelId, { online: true, retry: false });
    if (stopped) return;
    await drain(channelId);
  };

  const first = async (): Promise<void> => {
    for (const channelId of options.channels()) {
      if (stopped) return;
      await pullAndDrain(channelId);
    }
  };

  const round = async (): Promise<void> => {
    for (const channelId of options.channels()) {
      if (stopped) return;
      const before = states.get(channelId);
      let answered: boolean;
      try {
        answered = await options.check(channelId);
      } catch {
        answered = false;
      }
      if (stopped) return;
      if (!answered) {
        if (before?.online !== false) tell({ channelId, type: 'offline', error: undefined });
        states.set(channelId, { online: false, retry: before?.retry ?? false });
        continue;
      }
      if (before === undefined || !before.online) {
        // Reached again after a failed check (or never pulled): pull, then send what waited.
        tell({ channelId, type: 'online' });
        await pullAndDrain(channelId);
      } else if (before.retry) await drain(channelId);
    }
  };

  const arm = (): void => {
    cancel?.();
    cancel = undefined;
    if (stopped) return;
    cancel = timer.schedule(intervalMs, () => void checkNow());
  };

  /** Rounds never overlap; a failed one (the database closing) leaves the next to the timer. */
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    running = running
      .then(work)
      .catch(() => undefined)
      .finally(arm);
    return running;
  };

  const checkNow = (): Promise<void> => enqueue(round);

  if (options.initiallyOnline)
    for (const channelId of options.channels()) states.set(channelId, { online: true, retry: false });
  const started = options.initiallyOnline ? enqueue(() => Promise.resolve()) : enqueue(first);
  return {
    started,
    online: (channelId) => states.get(channelId)?.online,
    checkNow,
    idle: () => running,
    stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
    },
  };
}

export interface EngineOnlineSyncOptions {
  /** Default: every LINE channel (the Sandbox channel's emulator runs in the app: never offline). */
  readonly channels?: () => readonly number[];
  readonly timer?: Timer;
  readonly intervalMs?: number;
  /** How long LINE may take to answer a connection check (default 10 s, on `timer`). */
  readonly checkTimeoutMs?: number;
  readonly report?: (event: OnlineSyncEvent) => void;
  readonly initiallyOnline?: boolean;
}

/** Sync when online for a sync engine: its database, its sources, its runs and its events. */
export function startEngineOnlineSync(engine: SyncEngine, options: EngineOnlineSyncOptions = {}): OnlineSync {
  const { database, sources, emit } = engine.options;
  const db = () => database.db;
  const timer = options.timer ?? unrefTimer;
  const checkTimeoutMs = options.checkTimeoutMs ?? 10_000;
  const connect = (channelId: number) => channelConnection(db(), channelId, sources);
  return startOnlineSync({
    channels:
      options.channels ??
      (() =>
        listChannels(db())
          .filter((c) => c.kind !== 'sandbox')
          .map((c) => c.id)),
    async check(channelId) {
      const connection = await connect(channelId);
      const client = new messagingApi.MessagingApiClient({
        channelAccessToken: connection.token,
        baseURL: connection.apiBaseUrl,
      });
      let cancel: (() => void) | undefined;
      const timeout = new Promise<never>((_, reject) => {
        cancel = timer.schedule(checkTimeoutMs, () => reject(new LineTimeoutError(checkTimeoutMs)));
      });
      try {
        await Promise.race([client.getMessageQuota(), timeout]);
        return true;
      } finally {
        cancel?.();
      }
    },
    async pull(channelId) {
      await pullChannel({
        db: db(),
        channelId,
        connect,
        ...(engine.options.now ? { now: engine.options.now } : {}),
      });
      emit('planningChanged', { channelId });
      emit('audiencesChanged', { channelId });
      emit('campaignsChanged', { channelId });
      emit('outboxChanged', { channelId });
    },
    async drain(channelId) {
      const result = await engine.run(channelId);
      return result.leased && result.waiting.length > 0;
    },
    ...(options.timer ? { timer: options.timer } : {}),
    ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
    ...(options.report ? { report: options.report } : {}),
    ...(options.initiallyOnline ? { initiallyOnline: true } : {}),
  });
}
