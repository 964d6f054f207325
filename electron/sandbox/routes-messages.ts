// Sending and counting: push, multicast, broadcast, narrowcast (with phases and quota reservation),
// their validate endpoints, narrowcast progress, quota, consumption and delivery counts (state in
// state-messages.ts).

import { lineErrorMessages, narrowcastErrorCodes } from '../../shared/line/errors';
import { isUserId, parseLineDate } from '../../shared/line/ids';
import { narrowcastLimits } from '../../shared/line/limits';
import { validateMessages, validateNarrowcast, validateUserIdList } from '../../shared/line/validate';
import type { AudienceRow } from './state-audiences';
import { narrowcastFailureDescription, type SendKind } from './state-messages';
import { LineApiError, badRequest, invalidBody, notFound } from './errors';
import { accepted, ok, type SandboxCall, type SandboxRoute } from './route';

type Json = Record<string, unknown>;
const bodyOf = (call: SandboxCall) => call.body as Json;

function checkMessages(call: SandboxCall, extra: ReturnType<typeof validateMessages> = []) {
  const details = [...validateMessages(bodyOf(call).messages), ...extra];
  if (details.length) throw invalidBody(details);
}

function aggregationUnit(call: SandboxCall): string | undefined {
  const units = bodyOf(call).customAggregationUnits;
  return Array.isArray(units) && typeof units[0] === 'string' ? units[0] : undefined;
}

function deliver(call: SandboxCall, kind: SendKind, recipients: number[]) {
  const { channel, now } = call;
  channel.quota.assertRoomFor(recipients.length, now);
  const messages = bodyOf(call).messages as unknown[];
  const sentMessages = channel.sends.makeSentMessages(messages.length);
  channel.sends.record({
    requestId: call.requestId,
    kind,
    now,
    recipients,
    messages,
    aggregationUnit: aggregationUnit(call),
    sentMessages,
  });
  return sentMessages;
}

const validateRoute = (
  operationId: string,
  path: string,
  extra?: (call: SandboxCall) => ReturnType<typeof validateMessages>,
): SandboxRoute => ({
  operationId,
  method: 'POST',
  path,
  host: 'api',
  body: 'json',
  handle(call) {
    checkMessages(call, extra?.(call) ?? []);
    return ok({});
  },
});

function narrowcast(call: SandboxCall) {
  const { channel, now, requestId } = call;
  const body = bodyOf(call);
  const checked = validateNarrowcast(body);
  if (checked.details.length) throw invalidBody(checked.details);
  const demographic = (body.filter as Json | undefined)?.demographic;
  const reach = channel.friends.targetReach();
  if (demographic !== undefined && reach < narrowcastLimits.attributeFilterMinTargetReach) {
    throw new LineApiError(403, { message: lineErrorMessages.notEnoughFriends });
  }
  const audiences: AudienceRow[] = [];
  const targeted = channel.targeting.evaluateRecipient(body.recipient, now, audiences);
  const matching = [...targeted].filter((i) => {
    const friend = channel.friends.at(i);
    return (
      friend !== undefined &&
      !friend.blocked &&
      channel.targeting.matchesDemographic(friend, demographic, now)
    );
  });
  const limit = (body.limit as Json | undefined) ?? {};
  const max = typeof limit.max === 'number' ? limit.max : Number.POSITIVE_INFINITY;
  const upToRemainingQuota = limit.upToRemainingQuota === true;
  const remaining = channel.quota.remaining(now);
  // LINE reserves the account's target reach, capped by `max` and (optionally) the remaining quota.
  const reservation = Math.min(reach, max, upToRemainingQuota ? remaining : Number.POSITIVE_INFINITY);
  if (!upToRemainingQuota && reservation > remaining)
    throw new LineApiError(429, { message: lineErrorMessages.monthlyLimit });
  const cap = Math.min(max, upToRemainingQuota ? remaining : Number.POSITIVE_INFINITY);

  let errorCode: number | undefined;
  let recipients = matching;
  if (matching.length > cap) {
    if (limit.forbidPartialDelivery === true) errorCode = narrowcastErrorCodes.partialDeliveryForbidden;
    else recipients = channel.targeting.sample(matching, cap, requestId);
  }
  // Upload audiences of this account are exempt from the 50-recipient minimum; attributes and
  // retargeting audiences are not.
  const needsMinimum = demographic !== undefined || audiences.some((a) => a.type !== 'UPLOAD');
  if (errorCode === undefined && needsMinimum) {
    const counted = audiences.filter((a) => a.type !== 'UPLOAD');
    if (
      audiences.length > 1 &&
      counted.some((a) => a.members.byteLength / 4 < narrowcastLimits.combinedAudienceMinMembers)
    ) {
      errorCode = narrowcastErrorCodes.audienceTooSmall;
    } else if (recipients.length < narrowcastLimits.minRecipients)
      errorCode = narrowcastErrorCodes.notEnoughRecipients;
  }
  const sendingAt = now + channel.timings.narrowcastWaitingMs;
  const failed = errorCode !== undefined;
  channel.sends.record({
    requestId,
    kind: 'narrowcast',
    now,
    recipients,
    messages: body.messages as unknown[],
    sentMessages: [],
    narrowcast: {
      sendingAt,
      completesAt: failed ? sendingAt : sendingAt + channel.timings.narrowcastSendingMs,
      targetCount: failed ? 0 : recipients.length,
      reserved: failed ? 0 : Math.max(reservation, recipients.length),
      ...(failed ? { errorCode, failedDescription: narrowcastFailureDescription(errorCode as number) } : {}),
    },
  });
  return accepted({});
}

const countRoute = (kind: SendKind, operationId: string): SandboxRoute => ({
  operationId,
  method: 'GET',
  path: `/v2/bot/message/delivery/${kind}`,
  host: 'api',
  body: 'none',
  handle({ query, channel, now }) {
    const date = query.get('date') ?? '';
    const day = parseLineDate(date);
    if (day === undefined)
      throw badRequest(`The value of date is invalid: ${date}`, [
        { message: 'must be yyyyMMdd (UTC+9)', property: 'date' },
      ]);
    if (day < Date.UTC(2018, 2, 31)) return ok({ status: 'out_of_service' });
    if (day + 86_400_000 > now) return ok({ status: 'unready' });
    return ok({
      status: 'ready',
      success:
        kind === 'broadcast' || kind === 'push' || kind === 'multicast'
          ? channel.sends.deliveredOn(kind, day, now)
          : 0,
    });
  },
});

export const messageRoutes: readonly SandboxRoute[] = [
  {
    operationId: 'pushMessage',
    method: 'POST',
    path: '/v2/bot/message/push',
    host: 'api',
    body: 'json',
    handle(call) {
      const to = String(bodyOf(call).to);
      checkMessages(call, isUserId(to) ? [] : [{ message: 'invalid user ID', property: 'to' }]);
      const friend = call.channel.friends.byUserId(to);
      const sentMessages = deliver(call, 'push', friend && !friend.blocked ? [friend.index] : []);
      return ok({ sentMessages });
    },
  },
  {
    operationId: 'multicast',
    method: 'POST',
    path: '/v2/bot/message/multicast',
    host: 'api',
    body: 'json',
    handle(call) {
      const to = bodyOf(call).to as string[];
      checkMessages(call, validateUserIdList(to));
      const recipients = new Set<number>();
      for (const id of to) {
        const friend = call.channel.friends.byUserId(id);
        if (friend && !friend.blocked) recipients.add(friend.index);
      }
      deliver(call, 'multicast', [...recipients]);
      return ok({});
    },
  },
  {
    operationId: 'broadcast',
    method: 'POST',
    path: '/v2/bot/message/broadcast',
    host: 'api',
    body: 'json',
    handle(call) {
      checkMessages(call);
      deliver(
        call,
        'broadcast',
        call.channel.friends.reachable().map((f) => f.index),
      );
      return ok({});
    },
  },
  {
    operationId: 'narrowcast',
    method: 'POST',
    path: '/v2/bot/message/narrowcast',
    host: 'api',
    body: 'json',
    handle: narrowcast,
  },
  validateRoute('validatePush', '/v2/bot/message/validate/push'),
  validateRoute('validateReply', '/v2/bot/message/validate/reply'),
  validateRoute('validateMulticast', '/v2/bot/message/validate/multicast'),
  validateRoute('validateBroadcast', '/v2/bot/message/validate/broadcast'),
  validateRoute('validateNarrowcast', '/v2/bot/message/validate/narrowcast'),
  {
    operationId: 'getNarrowcastProgress',
    method: 'GET',
    path: '/v2/bot/message/progress/narrowcast',
    host: 'api',
    body: 'none',
    handle({ query, channel, now }) {
      const send = channel.sends.get(query.get('requestId') ?? '');
      if (
        !send ||
        send.kind !== 'narrowcast' ||
        now - send.accepted_at >= narrowcastLimits.progressRetentionMs
      )
        throw notFound();
      const phase = channel.sends.narrowcastPhase(send, now);
      return ok({
        phase,
        ...(phase === 'waiting'
          ? {}
          : {
              successCount:
                phase === 'sending'
                  ? Math.floor(
                      send.success_count *
                        ((now - send.sending_at) / Math.max(1, send.completes_at - send.sending_at)),
                    )
                  : send.success_count,
              failureCount: send.failure_count,
              targetCount: send.target_count,
            }),
        ...(phase === 'failed'
          ? { failedDescription: send.failed_description ?? '', errorCode: send.error_code }
          : {}),
        acceptedTime: new Date(send.accepted_at).toISOString(),
        ...(phase === 'succeeded' || phase === 'failed'
          ? { completedTime: new Date(send.completes_at).toISOString() }
          : {}),
      });
    },
  },
  {
    operationId: 'getMessageQuota',
    method: 'GET',
    path: '/v2/bot/message/quota',
    host: 'api',
    body: 'none',
    handle: ({ channel }) => ok(channel.quota.get()),
  },
  {
    operationId: 'getMessageQuotaConsumption',
    method: 'GET',
    path: '/v2/bot/message/quota/consumption',
    host: 'api',
    body: 'none',
    handle: ({ channel, now }) => ok({ totalUsage: channel.quota.consumption(now) }),
  },
  countRoute('push', 'getNumberOfSentPushMessages'),
  countRoute('multicast', 'getNumberOfSentMulticastMessages'),
  countRoute('broadcast', 'getNumberOfSentBroadcastMessages'),
  {
    ...countRoute('push', 'getNumberOfSentReplyMessages'),
    path: '/v2/bot/message/delivery/reply',
    handle({ query, now }) {
      const day = parseLineDate(query.get('date') ?? '');
      if (day === undefined)
        throw badRequest('The value of date is invalid', [
          { message: 'must be yyyyMMdd (UTC+9)', property: 'date' },
        ]);
      return ok(day + 86_400_000 > now ? { status: 'unready' } : { status: 'ready', success: 0 });
    },
  },
  {
    operationId: 'getAggregationUnitUsage',
    method: 'GET',
    path: '/v2/bot/message/aggregation/info',
    host: 'api',
    body: 'none',
    handle: ({ channel, now }) =>
      ok({ numOfCustomAggregationUnits: channel.sends.aggregationUnitsInMonth(now).length }),
  },
  {
    operationId: 'getAggregationUnitNameList',
    method: 'GET',
    path: '/v2/bot/message/aggregation/list',
    host: 'api',
    body: 'none',
    handle({ channel, now, query }) {
      const all = channel.sends.aggregationUnitsInMonth(now);
      const start = Number(query.get('start') ?? 0) || 0;
      const limit = Math.min(100, Number(query.get('limit') ?? 100) || 100);
      const page = all.slice(start, start + limit);
      return ok({
        customAggregationUnits: page,
        ...(start + limit < all.length ? { next: String(start + limit) } : {}),
      });
    },
  },
];
