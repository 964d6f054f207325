// Insight: followers, friend demographics, daily deliveries and message event statistics. The
// figures come from state-insight.ts; here are the dates, the ranges and LINE's answer statuses.

import { parseLineDate } from '../../shared/line/ids';
import { badRequest } from './errors';
import { ok, type SandboxRoute } from './route';

const dayMs = 86_400_000;

function dateParam(value: string | null): number {
  const day = parseLineDate(value ?? '');
  if (day === undefined)
    throw badRequest(`The value of date is invalid: ${value ?? ''}`, [
      { message: 'must be yyyyMMdd (UTC+9)', property: 'date' },
    ]);
  return day;
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
      return ok({ status: 'ready', ...channel.insight.followersUntil(day + dayMs) });
    },
  },
  {
    operationId: 'getFriendsDemographics',
    method: 'GET',
    path: '/v2/bot/insight/demographic',
    host: 'api',
    body: 'none',
    handle: ({ channel, now }) => ok(channel.insight.demographics(now)),
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
      return ok({ status: 'ready', ...channel.insight.deliveriesOn(day, now) });
    },
  },
  {
    operationId: 'getMessageEvent',
    method: 'GET',
    path: '/v2/bot/insight/message/event',
    host: 'api',
    body: 'none',
    handle({ channel, query, now }) {
      const send = channel.sends.getBroadcastOrNarrowcast(query.get('requestId') ?? '');
      if (!send)
        throw badRequest('The request ID is invalid', [
          { message: 'not a broadcast or narrowcast request ID', property: 'requestId' },
        ]);
      return ok(channel.insight.messageEvent(send, now));
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
      return ok(channel.insight.statisticsPerUnit(unit, from, to + dayMs, now));
    },
  },
];
