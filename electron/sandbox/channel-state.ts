// One sandbox channel: its stored state, one part per resource as the routes are split
// (routes-X.ts answers from state-X.ts). Phases and statuses are derived from timestamps and the
// clock when read, so moving the clock is all a test needs. A new resource gets its own state-X.ts
// module and a field here.

import type { IdSource } from './ids';
import { Audiences } from './state-audiences';
import { Friends } from './state-bot';
import { Insight } from './state-insight';
import { NarrowcastTargeting, Quota, RetryKeys, Sends } from './state-messages';
import { RichMenus } from './state-richmenus';
import type { ChannelRecord, SandboxDb } from './store';
import type { SandboxTimings } from './timings';

export class ChannelState {
  /** The account's friends (bot info, followers, profiles). */
  readonly friends: Friends;
  /** The monthly message quota. */
  readonly quota: Quota;
  /** Messages sent, with narrowcast phases and delivery counts. */
  readonly sends: Sends;
  readonly retryKeys: RetryKeys;
  /** Narrowcast recipients and demographic filters. */
  readonly targeting: NarrowcastTargeting;
  readonly audiences: Audiences;
  readonly richMenus: RichMenus;
  readonly insight: Insight;

  constructor(
    db: SandboxDb,
    readonly record: ChannelRecord,
    readonly timings: SandboxTimings,
    ids: IdSource,
  ) {
    const stream = (kind: string) => ids(`channel ${String(record.id)} ${kind}`);
    this.friends = new Friends(db, record.id);
    this.quota = new Quota(db, record.id);
    this.sends = new Sends(db, record.id, stream('messages'));
    this.retryKeys = new RetryKeys(db, record.id);
    this.audiences = new Audiences(db, record.id, timings, stream('audiences'));
    this.targeting = new NarrowcastTargeting(this.friends, this.sends, this.audiences);
    this.richMenus = new RichMenus(db, record.id, this.friends, stream('rich menus'));
    this.insight = new Insight(this.friends, this.sends, timings);
  }

  get id(): number {
    return this.record.id;
  }
}
