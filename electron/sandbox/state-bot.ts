// The account's friends, behind bot info, followers and profiles, and counted by every send,
// audience and statistic: the generated population, held in memory, with blocking kept in the database.

import type { Friend } from './population';
import { loadFriends, setFriendBlocked, type SandboxDb } from './store';

export class Friends {
  private readonly list: Friend[];
  private readonly indexByUserId = new Map<string, number>();

  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
  ) {
    this.list = loadFriends(db, channelId);
    for (const f of this.list) this.indexByUserId.set(f.userId, f.index);
  }

  /** Every friend, by index (blocking ones included). */
  get all(): readonly Friend[] {
    return this.list;
  }

  get count(): number {
    return this.list.length;
  }

  at(index: number): Friend | undefined {
    return this.list[index];
  }

  /** Friends who can receive messages (not blocking the account). */
  reachable(): Friend[] {
    return this.list.filter((f) => !f.blocked);
  }

  /** Whether the friend at this index can receive messages. */
  isReachable(index: number): boolean {
    const friend = this.list[index];
    return friend !== undefined && !friend.blocked;
  }

  /** LINE's "target reach": friends reachable by targeted messages. */
  targetReach(): number {
    let n = 0;
    for (const f of this.list) if (!f.blocked) n++;
    return n;
  }

  indexOf(userId: string): number | undefined {
    return this.indexByUserId.get(userId);
  }

  byUserId(userId: string): Friend | undefined {
    const index = this.indexByUserId.get(userId);
    return index === undefined ? undefined : this.list[index];
  }

  setBlocked(userId: string, blocked: boolean): void {
    const friend = this.byUserId(userId);
    if (!friend) throw new Error(`${userId} is not a friend of this sandbox channel`);
    setFriendBlocked(this.db, this.channelId, friend.index, blocked);
    this.list[friend.index] = { ...friend, blocked };
  }
}
