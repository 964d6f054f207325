// The sandbox's channels by access token: those it was started with, and any other stored in its
// database file (created earlier, or by another sandbox on the same file). Tokens are compared in
// constant time.

import { timingSafeEqual } from 'node:crypto';
import type { Clock } from './clock';
import { ChannelState } from './channel-state';
import type { IdSource } from './ids';
import {
  ensureChannel,
  findChannelByToken,
  listChannelRecords,
  type ChannelSetup,
  type SandboxDb,
} from './store';
import type { SandboxTimings } from './timings';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class ChannelRegistry {
  private readonly channels = new Map<string, ChannelState>();

  constructor(
    private readonly db: SandboxDb,
    private readonly timings: SandboxTimings,
    private readonly ids: IdSource,
    private readonly clock: Clock,
  ) {}

  /** The channel with this token, created with a generated population the first time. */
  add(setup: ChannelSetup): ChannelState {
    const existing = this.channels.get(setup.token);
    if (existing) return existing;
    const state = new ChannelState(
      this.db,
      ensureChannel(this.db, setup, this.clock.now()),
      this.timings,
      this.ids,
    );
    this.channels.set(setup.token, state);
    return state;
  }

  /** Opens every channel stored in the database, so they answer too. */
  openStored(): void {
    for (const record of listChannelRecords(this.db))
      if (!this.channels.has(record.token))
        this.channels.set(record.token, new ChannelState(this.db, record, this.timings, this.ids));
  }

  /** The channel a bearer token opens, looked up in the database when it is not open yet. */
  forToken(token: string): ChannelState | undefined {
    const direct = this.channels.get(token);
    if (direct) return direct;
    for (const [known, state] of this.channels) if (sameToken(known, token)) return state;
    const record = findChannelByToken(this.db, token);
    if (!record) return undefined;
    const state = new ChannelState(this.db, record, this.timings, this.ids);
    this.channels.set(record.token, state);
    return state;
  }

  /** An open channel by its exact token. */
  get(token: string): ChannelState | undefined {
    return this.channels.get(token);
  }
}
