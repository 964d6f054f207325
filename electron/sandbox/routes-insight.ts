// Insight: followers, friend demographics, daily deliveries and message event statistics, derived
// from the generated friends and the sends made to them, with LINE's privacy thresholds.

import { parseLineDate } from '../../shared/line/ids';
import { privacyThreshold } from '../../shared/line/limits';
import { ageBucketOf, type Friend } from './population';
import type { ChannelState, SendRow } from './channel-state';
import { badRequest } from './errors';
import { hashUnit } from '../../shared/domain/random';
import { ok, type SandboxRoute } from './route';

const dayMs = 86_400_000;
const privacy = (n: number): number | null => (n < privacyThreshold ? null : n);

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

function dateParam(value: string | null): number {
  const day = parseLineDate(value ?? '');
  if (day === undefined)
    throw badRequest(`The value of date is invalid: ${value ?? ''}`, [
      { message: 'must be yyyyMMdd (UTC+9)', property: 'date' },
    ]);
  return day;
}

/** Opens, clicks and plays of one send, decided per recipient by hash so they never change. */
function messageEvent(channel: ChannelState, send: SendRow, now: number) {
  const recipients = channel.recipientsOf(send);
  const urls = JSON.parse(send.urls) as string[];
  let opened = 0;
  const clicks = urls.map(() => ({ click: 0, unique: 0 }));
  const clickers = new Set<number>();
  for (const index of recipients) {
    const user = channel.friends[index]?.userId ?? String(index);
    if (hashUnit(`${send.request_id}:${user}:imp`) >= channel.timings.impressionRate) continue;
    opened++;
    urls.forEach((url, i) => {
      if (
        hashUnit(`${send.request_id}:${user}:${url}`) <
        channel.timings.clickRate / channel.timings.impressionRate
      ) {
        const c = clicks[i] as { click: number; unique: number };
        c.unique++;
        c.click += 1 + (hashUnit(`${user}:${url}:again`) < 0.2 ? 1 : 0);
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
      uniqueImpression: privacy(opened),
      uniqueClick: privacy(clickers.size),
      uniqueMediaPlayed: null,
      uniqueMediaPlayed100Percent: null,
    },
    messages: Array.from({ length: send.message_count }, (_, i) => ({
      seq: i + 1,
      impression: privacy(Math.round(opened * (1 - i * 0.08))),
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
      const shown = c.unique >= privacyThreshold;
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

export const insightRoutes: readonly SandboxRoute[] = [
  {
    operationId: 'getNumberOfFollowers',
    method: 'GET',
    path: '/v2/bot/insight/followers',
    host: 'api',
    body: 'none',
    handle({ channel, query, now }) {
      const raw = query.get('date');
      const day = raw === null ? now - dayMs : dateParam(raw);
      if (day < Date.UTC(2016, 10, 1) - 9 * 3600_000) return ok({ status: 'out_of_service' });
      if (day + dayMs > now) return ok({ status: 'unready' });
      const end = day + dayMs;
      const followed = channel.friends.filter((f) => f.followedAt < end);
      const blocks = followed.filter((f) => f.blocked).length;
      const targeted = followed.filter(
        (f) => !f.blocked && f.age !== null && f.gender !== 'unknown' && f.area !== null,
      ).length;
      return ok({ status: 'ready', followers: followed.length, targetedReaches: targeted, blocks });
    },
  },
  {
    operationId: 'getFriendsDemographics',
    method: 'GET',
    path: '/v2/bot/insight/demographic',
    host: 'api',
    body: 'none',
    handle({ channel, now }) {
      const friends = channel.reachable();
      if (friends.length < privacyThreshold)
        return ok({
          available: false,
          genders: [],
          ages: [],
          areas: [],
          appTypes: [],
          subscriptionPeriods: [],
        });
      return ok({
        available: true,
        genders: tiles(friends, (f) => f.gender, ['male', 'female', 'unknown']).map((t) => ({
          gender: t.key,
          percentage: t.percentage,
        })),
        ages: tiles(friends, (f) => ageTile(f.age)).map((t) => ({ age: t.key, percentage: t.percentage })),
        areas: tiles(friends, (f) => areaName(f.area)).map((t) => ({
          area: t.key,
          percentage: t.percentage,
        })),
        appTypes: tiles(friends, (f) => f.appType, ['ios', 'android', 'others']).map((t) => ({
          appType: t.key,
          percentage: t.percentage,
        })),
        subscriptionPeriods: tiles(friends, (f) => periodTile((now - f.followedAt) / dayMs)).map((t) => ({
          subscriptionPeriod: t.key,
          percentage: t.percentage,
        })),
      });
    },
  },
  {
    operationId: 'getNumberOfMessageDeliveries',
    method: 'GET',
    path: '/v2/bot/insight/message/delivery',
    host: 'api',
    body: 'none',
    handle({ channel, query, now }) {
      const day = dateParam(query.get('date'));
      if (day < Date.UTC(2017, 2, 1) - 9 * 3600_000) return ok({ status: 'out_of_service' });
      if (day + dayMs > now) return ok({ status: 'unready' });
      return ok({
        status: 'ready',
        apiBroadcast: channel.deliveredOn('broadcast', day, now),
        apiPush: channel.deliveredOn('push', day, now),
        apiMulticast: channel.deliveredOn('multicast', day, now),
        apiNarrowcast: channel.deliveredOn('narrowcast', day, now),
        apiReply: 0,
      });
    },
  },
  {
    operationId: 'getMessageEvent',
    method: 'GET',
    path: '/v2/bot/insight/message/event',
    host: 'api',
    body: 'none',
    handle({ channel, query, now }) {
      const send = channel.getSend(query.get('requestId') ?? '');
      if (!send || (send.kind !== 'broadcast' && send.kind !== 'narrowcast'))
        throw badRequest('The request ID is invalid', [
          { message: 'not a broadcast or narrowcast request ID', property: 'requestId' },
        ]);
      return ok(messageEvent(channel, send, now));
    },
  },
  {
    operationId: 'getStatisticsPerUnit',
    method: 'GET',
    path: '/v2/bot/insight/message/event/aggregation',
    host: 'api',
    body: 'none',
    handle({ channel, query, now }) {
      const unit = query.get('customAggregationUnit') ?? '';
      const from = dateParam(query.get('from'));
      const to = dateParam(query.get('to'));
      if (to < from || to - from > 30 * dayMs)
        throw badRequest('to must be within 30 days after from', [
          { message: 'invalid range', property: 'to' },
        ]);
      const sends = channel.db
        .prepare(
          'SELECT * FROM sends WHERE channel_id = ? AND aggregation_unit = ? AND accepted_at >= ? AND accepted_at < ?',
        )
        .all(channel.id, unit, from, to + dayMs) as SendRow[];
      let opened = 0;
      let clicked = 0;
      for (const send of sends) {
        const event = messageEvent(channel, send, now);
        opened += event.overview.uniqueImpression ?? 0;
        clicked += event.overview.uniqueClick ?? 0;
      }
      return ok({
        overview: {
          uniqueImpression: privacy(opened),
          uniqueClick: privacy(clicked),
          uniqueMediaPlayed: null,
          uniqueMediaPlayed100Percent: null,
        },
        messages: [],
        clicks: [],
      });
    },
  },
];
