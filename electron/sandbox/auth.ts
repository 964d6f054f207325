// Authentication as LINE does it: `Authorization: Bearer <channel access token>`, answered 401 with
// "no token" or "invalid token" before anything else is looked at.

import { lineErrorMessages } from '../../shared/line/errors';
import type { ChannelState } from './channel-state';
import { LineApiError } from './errors';

/** The token of an `Authorization: Bearer …` header, or undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/** The channel a request's Authorization header opens; LINE's 401 otherwise. */
export function authenticate(
  authorization: string | undefined,
  channelForToken: (token: string) => ChannelState | undefined,
): ChannelState {
  const token = bearerToken(authorization);
  const channel = token === undefined ? undefined : channelForToken(token);
  if (!channel)
    throw new LineApiError(401, {
      message: token === undefined ? lineErrorMessages.noToken : lineErrorMessages.invalidToken,
    });
  return channel;
}
