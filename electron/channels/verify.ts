// Which bot a channel access token belongs to, asked of LINE (or the sandbox) through the real
// @line/bot-sdk: `GET /v2/bot/info`. Every failure becomes a catalogue sentence of our own, so no
// error the user, a log or the command line sees can carry the token.

import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { ApiError } from '../../shared/api/result';
import type { LineBotInfo } from '../../shared/channels/model';

/** How long LINE may take to answer before the check gives up. */
export const verifyTimeoutMs = 30_000;

export interface VerifyTarget {
  readonly token: string;
  /** An origin (the SDK drops any path). */
  readonly apiOrigin: string;
}

export type BotInfoFetcher = (target: VerifyTarget) => Promise<LineBotInfo>;

/** LINE's own message from an error body (`{"message": …}`), with any trace of the token removed. */
function lineMessage(body: string, token: string): string {
  let message = '';
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // Not LINE's error shape: say nothing rather than echo an unknown body.
  }
  return message.split(token).join('…').slice(0, 300);
}

export const fetchBotInfo: BotInfoFetcher = async ({ token, apiOrigin }) => {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken: token, baseURL: apiOrigin });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ApiError('unavailable', { key: 'errors.channels.timeout', params: { origin: apiOrigin } }),
        ),
      verifyTimeoutMs,
    );
    timer.unref();
  });
  try {
    const info = await Promise.race([client.getBotInfo(), timeout]);
    return {
      userId: info.userId,
      basicId: info.basicId,
      displayName: info.displayName,
      pictureUrl:
        typeof info.pictureUrl === 'string' && info.pictureUrl.startsWith('https://')
          ? info.pictureUrl
          : null,
    };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof HTTPFetchError) {
      const message = lineMessage(error.body, token) || `HTTP ${String(error.status)}`;
      if (error.status === 401)
        throw new ApiError('unauthorized', {
          key: 'errors.channels.tokenRejected',
          params: { origin: apiOrigin, message },
        });
      throw new ApiError('unavailable', {
        key: 'errors.channels.verifyFailed',
        params: { origin: apiOrigin, status: error.status, message },
      });
    }
    // fetch's own failure (no such host, refused, TLS): its text names the host, never the token.
    throw new ApiError('unavailable', { key: 'errors.channels.unreachable', params: { origin: apiOrigin } });
  } finally {
    clearTimeout(timer);
  }
};
