// The account and its friends: bot info, follower IDs (paged) and profiles (state in state-bot.ts).

import { notFound } from './errors';
import { ok, type SandboxRoute } from './route';

export const botRoutes: readonly SandboxRoute[] = [
  {
    operationId: 'getBotInfo',
    method: 'GET',
    path: '/v2/bot/info',
    host: 'api',
    body: 'none',
    handle: ({ channel }) =>
      ok({
        userId: channel.record.botUserId,
        basicId: channel.record.basicId,
        displayName: channel.record.displayName,
        chatMode: 'bot',
        markAsReadMode: 'auto',
      }),
  },
  {
    operationId: 'getFollowers',
    method: 'GET',
    path: '/v2/bot/followers/ids',
    host: 'api',
    body: 'none',
    handle({ channel, query }) {
      const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 300) || 300));
      const startToken = query.get('start');
      const start = startToken
        ? Number.parseInt(Buffer.from(startToken, 'base64url').toString('utf8'), 10) || 0
        : 0;
      const reachable = channel.friends.reachable();
      const page = reachable.slice(start, start + limit).map((f) => f.userId);
      const next =
        start + limit < reachable.length
          ? Buffer.from(String(start + limit)).toString('base64url')
          : undefined;
      return ok({ userIds: page, ...(next ? { next } : {}) });
    },
  },
  {
    operationId: 'getProfile',
    method: 'GET',
    path: '/v2/bot/profile/{userId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const friend = channel.friends.byUserId(params.userId ?? '');
      if (!friend || friend.blocked) throw notFound();
      return ok({ displayName: friend.displayName, userId: friend.userId, language: friend.language });
    },
  },
];
