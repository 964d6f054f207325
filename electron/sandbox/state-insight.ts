// Insight of one channel, derived from its friends and the sends made to them: followers, friends'
// demographics, deliveries, and who opened and clicked each broadcast or narrowcast, decided per
// recipient by a hash of the send's request ID (so a send's figures never change, and the click
// and impression audiences built from it agree with them), with LINE's privacy threshold applied.

import { hashUnit } from '../../shared/domain/random';
import { privacyThreshold } from '../../shared/line/limits';
import { ageBucketOf, type Friend } from './population';
import type { Friends } from './state-bot';
import type { SendRow, Sends } from './state-messages';
import type { SandboxTimings } from './timings';

const dayMs = 86_400_000;

// ── engagement ───────────────────────────────────────────────────────────────────────────────────

/** Whether this recipient opened the send. */
export function openedSend(send: SendRow, userId: string, timings: SandboxTimings): boolean {
  return hashUnit(`${send.request_id}:${userId}:imp`) < timings.impressionRate;
}

/** Whether a recipient who opened the send clicked `url` in it. */
export function clickedInSend(send: SendRow, userId: string, url: string, timings: SandboxTimings): boolean {
  return hashUnit(`${send.request_id}:${userId}:${url}`) < timings.clickRate / timings.impressionRate;
}

/** Whether a clicker clicked the link a second time (clicks, as against unique clicks). */
const clickedAgain = (userId: string, url: string) => hashUnit(`${userId}:${url}:again`) < 0.2;

/** A figure LINE shows only from the privacy threshold on (null below it). */
export const shownFromThreshold = (n: number): number | null => (n < privacyThreshold ? null : n);

// ── demographics tiles ───────────────────────────────────────────────────────────────────────────

function tiles<K extends string>(friends: readonly Friend[], keyOf: (f: Friend) => K, order?: readonly K[]) {
  const counts = new Map<K, number>();
  for (const f of friends) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  const keys = order ? order.filter((k) => counts.has(k)) : [...counts.keys()].sort();
  return keys.map((key) => ({
    key,
    percentage: Math.round(((counts.get(key) ?? 0) / friends.length) * 1000) / 10,
  }));
}

function ageTile(age: number | null): string {
  if (age === null) return 'unknown';
  if (age < 15) return 'from0to14';
  if (age < 20) return 'from15to19';
  if (age >= 70) return 'from70';
  const bucket = ageBucketOf(age) as number;
  return `from${String(bucket)}to${String(bucket + 4)}`;
}

function periodTile(days: number): string {
  if (days < 7) return 'within7days';
  if (days < 30) return 'within30days';
  if (days < 90) return 'within90days';
  if (days < 180) return 'within180days';
  if (days < 365) return 'within365days';
  return 'over365days';
}

const areaNames: Record<string, string> = {
  tw_01: '台北市',
  tw_02: '新北市',
  tw_03: '桃園市',
  tw_04: '台中市',
  tw_05: '台南市',
  tw_06: '高雄市',
  jp_13: '東京都',
  jp_27: '大阪府',
  jp_01: '北海道',
  jp_14: '神奈川県',
  th_01: 'Bangkok',
  th_02: 'Pattaya',
};
const areaName = (code: string | null) => (code === null ? 'unknown' : (areaNames[code] ?? code));

export class Insight {
  constructor(
    private readonly friends: Friends,
    private readonly sends: Sends,
    private readonly timings: SandboxTimings,
  ) {}

  /**
   * Recipients who opened the send (IMP), or clicked `clickUrl` in it, or any of its links when no
   * URL is given (CLICK): the very people its message-event statistics count.
   */
  engagedRecipients(send: SendRow, kind: 'IMP' | 'CLICK', clickUrl?: string): number[] {
    const urls = this.sends.urlsOf(send);
    if (kind === 'CLICK' && clickUrl !== undefined && !urls.includes(clickUrl)) return [];
    const clickable = clickUrl === undefined ? urls : [clickUrl];
    const out: number[] = [];
    for (const index of this.sends.recipientsOf(send)) {
      const friend = this.friends.at(index);
      if (!friend) continue;
      if (!openedSend(send, friend.userId, this.timings)) continue;
      if (kind === 'CLICK' && !clickable.some((url) => clickedInSend(send, friend.userId, url, this.timings)))
        continue;
      out.push(index);
    }
    return out;
  }

  /** Followers up to the end of a day: everyone who had added the account, those blocking it, those targetable. */
  followersUntil(end: number): { followers: number; targetedReaches: number; blocks: number } {
    const followed = this.friends.all.filter((f) => f.followedAt < end);
    const blocks = followed.filter((f) => f.blocked).length;
    const targetedReaches = followed.filter(
      (f) => !f.blocked && f.age !== null && f.gender !== 'unknown' && f.area !== null,
    ).length;
    return { followers: followed.length, targetedReaches, blocks };
  }

  /** The friends' demographics as LINE answers them; not available below the privacy threshold. */
  demographics(now: number): Record<string, unknown> {
    const friends = this.friends.reachable();
    if (friends.length < privacyThreshold)
      return { available: false, genders: [], ages: [], areas: [], appTypes: [], subscriptionPeriods: [] };
    return {
      available: true,
      genders: tiles(friends, (f) => f.gender, ['male', 'female', 'unknown']).map((t) => ({
        gender: t.key,
        percentage: t.percentage,
      })),
      ages: tiles(friends, (f) => ageTile(f.age)).map((t) => ({ age: t.key, percentage: t.percentage })),
      areas: tiles(friends, (f) => areaName(f.area)).map((t) => ({ area: t.key, percentage: t.percentage })),
      appTypes: tiles(friends, (f) => f.appType, ['ios', 'android', 'others']).map((t) => ({
        appType: t.key,
        percentage: t.percentage,
      })),
      subscriptionPeriods: tiles(friends, (f) => periodTile((now - f.followedAt) / dayMs)).map((t) => ({
        subscriptionPeriod: t.key,
        percentage: t.percentage,
      })),
    };
  }

  /** Messages delivered through the API on a UTC+9 day, by kind. */
  deliveriesOn(day: number, now: number): Record<string, number> {
    return {
      apiBroadcast: this.sends.deliveredOn('broadcast', day, now),
      apiPush: this.sends.deliveredOn('push', day, now),
      apiMulticast: this.sends.deliveredOn('multicast', day, now),
      apiNarrowcast: this.sends.deliveredOn('narrowcast', day, now),
      apiReply: 0,
    };
  }

  /** Opens, clicks and plays of one send (the message event statistics). */
  messageEvent(send: SendRow, now: number) {
    const recipients = this.sends.recipientsOf(send);
    const urls = this.sends.urlsOf(send);
    let opened = 0;
    const clicks = urls.map(() => ({ click: 0, unique: 0 }));
    const clickers = new Set<number>();
    for (const index of recipients) {
      const user = this.friends.at(index)?.userId ?? String(index);
      if (!openedSend(send, user, this.timings)) continue;
      opened++;
      urls.forEach((url, i) => {
        if (clickedInSend(send, user, url, this.timings)) {
          const c = clicks[i] as { click: number; unique: number };
          c.unique++;
          c.click += 1 + (clickedAgain(user, url) ? 1 : 0);
          clickers.add(index);
        }
      });
    }
    const complete = now >= send.completes_at;
    return {
      overview: {
        requestId: send.request_id,
        timestamp: Math.floor(send.accepted_at / 1000),
        delivered: complete ? send.success_count : 0,
        uniqueImpression: shownFromThreshold(opened),
        uniqueClick: shownFromThreshold(clickers.size),
        uniqueMediaPlayed: null,
        uniqueMediaPlayed100Percent: null,
      },
      messages: Array.from({ length: send.message_count }, (_, i) => ({
        seq: i + 1,
        impression: shownFromThreshold(Math.round(opened * (1 - i * 0.08))),
        mediaPlayed: null,
        mediaPlayed25Percent: null,
        mediaPlayed50Percent: null,
        mediaPlayed75Percent: null,
        mediaPlayed100Percent: null,
        uniqueMediaPlayed: null,
        uniqueMediaPlayed25Percent: null,
        uniqueMediaPlayed50Percent: null,
        uniqueMediaPlayed75Percent: null,
        uniqueMediaPlayed100Percent: null,
      })),
      clicks: urls.map((url, i) => {
        const c = clicks[i] as { click: number; unique: number };
        // A URL's clicks are hidden when its unique clickers are below the threshold.
        const shown = shownFromThreshold(c.unique) !== null;
        return {
          seq: 1,
          url,
          click: shown ? c.click : null,
          uniqueClick: shown ? c.unique : null,
          uniqueClickOfRequest: shown ? c.unique : null,
        };
      }),
    };
  }

  /** The statistics of a custom aggregation unit over sends accepted from `from` until `until`. */
  statisticsPerUnit(unit: string, from: number, until: number, now: number) {
    let opened = 0;
    let clicked = 0;
    for (const send of this.sends.inAggregationUnit(unit, from, until)) {
      const event = this.messageEvent(send, now);
      opened += event.overview.uniqueImpression ?? 0;
      clicked += event.overview.uniqueClick ?? 0;
    }
    return {
      overview: {
        uniqueImpression: shownFromThreshold(opened),
        uniqueClick: shownFromThreshold(clicked),
        uniqueMediaPlayed: null,
        uniqueMediaPlayed100Percent: null,
      },
      messages: [],
      clicks: [],
    };
  }
}
