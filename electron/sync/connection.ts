// Where sync reaches a channel's LINE API: its API and data-API origins and its channel access
// token. The only place that knows where tokens come from; the token stays in the main process and
// never goes into an outbox entry, an error or a log.

import { ApiError } from '../../shared/api/result';
import type { ChannelManager } from '../channels/manager';
import type { SandboxService } from '../sandbox/service';
import { getChannel } from '../storage/channels';
import type { SqliteDatabase } from '../storage/database';

export interface ChannelConnection {
  /** Origin of api.line.me (or the sandbox): the SDK drops any path. */
  readonly apiBaseUrl: string;
  /** Origin of api-data.line.me (or the sandbox). */
  readonly dataApiBaseUrl: string;
  readonly token: string;
}

/**
 * What a connection may come from: the Sandbox channel's emulator, and the channels' manager for a
 * LINE channel (its token from the store it was saved in, its origins as entered).
 */
export interface ConnectionSources {
  readonly sandbox: Pick<SandboxService, 'connection'>;
  readonly channels?: Pick<ChannelManager, 'clientConfig'>;
}

export async function channelConnection(
  db: SqliteDatabase,
  channelId: number,
  sources: ConnectionSources,
): Promise<ChannelConnection> {
  const channel = getChannel(db, channelId);
  if (!channel)
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
  if (channel.kind === 'sandbox') {
    const { origin, token } = await sources.sandbox.connection();
    return { apiBaseUrl: origin, dataApiBaseUrl: origin, token };
  }
  if (!sources.channels)
    throw new ApiError('unavailable', {
      key: 'errors.sync.channelNotConnected',
      params: { name: channel.name },
    });
  const config = await sources.channels.clientConfig(channelId);
  return {
    apiBaseUrl: config.apiBaseURL,
    dataApiBaseUrl: config.dataApiBaseURL,
    token: config.channelAccessToken,
  };
}
