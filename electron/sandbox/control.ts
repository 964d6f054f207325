// The test-only control endpoints under /__sandbox/ (same token as the API): the request log,
// faults, rate limits, and a look at a channel's state and friends. They are not LINE's, so they
// are never logged and draw their request IDs from a stream of their own.

import { lineErrorMessages } from '../../shared/line/errors';
import type { ChannelState } from './channel-state';
import type { Clock } from './clock';
import type { FaultInjector, FaultRule } from './faults';
import type { RateLimiter } from './rate-limits';
import type { RequestLog } from './request-log';
import type { SandboxResponse } from './route';

export const controlPrefix = '/__sandbox/';

export interface SandboxControls {
  readonly log: RequestLog;
  readonly faults: FaultInjector;
  readonly rateLimits: RateLimiter;
  readonly clock: Clock;
}

export interface ControlRequest {
  readonly method: string;
  /** The path after `/__sandbox`, such as `/faults`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** The parsed JSON body of a PUT or POST, if any. */
  readonly json: unknown;
}

export function answerControl(
  request: ControlRequest,
  channel: ChannelState,
  controls: SandboxControls,
): SandboxResponse {
  const { log, faults, rateLimits, clock } = controls;
  const { method, path, json } = request;
  if (method === 'GET' && path === '/requests')
    return { status: 200, body: { requests: log.list(request.query.get('operationId') ?? undefined) } };
  if (method === 'DELETE' && path === '/requests') {
    log.clear();
    return { status: 200, body: {} };
  }
  if (method === 'GET' && path === '/faults') return { status: 200, body: { faults: faults.list() } };
  if (method === 'PUT' && path === '/faults') {
    faults.set(Array.isArray(json) ? (json as FaultRule[]) : []);
    return { status: 200, body: { faults: faults.list() } };
  }
  if (method === 'PUT' && path === '/rate-limits') {
    rateLimits.setEnabled((json as { enabled?: unknown } | undefined)?.enabled !== false);
    return { status: 200, body: { enabled: rateLimits.settings.enabled } };
  }
  if (method === 'GET' && path === '/state') {
    const now = clock.now();
    return {
      status: 200,
      body: {
        friends: channel.friends.count,
        targetReach: channel.friends.targetReach(),
        quota: channel.quota.get(),
        consumption: channel.quota.consumption(now),
        reserved: channel.quota.reserved(now),
        now: new Date(now).toISOString(),
      },
    };
  }
  if (method === 'GET' && path === '/friends') return { status: 200, body: { friends: channel.friends.all } };
  return { status: 404, body: { message: lineErrorMessages.notFound } };
}
