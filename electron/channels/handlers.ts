// The channels' slice of the API handler table (shared/channels/contract.ts), over the channel
// manager: every change emits `channelsChanged`. Tokens come in with add and edit; nothing returned
// holds one.

import type { EventEmitterFn } from '../../shared/api/contract';
import type { HandlersOf } from '../../shared/api/slice';
import type { ChannelsApi } from '../../shared/channels/contract';
import type { ChannelManager } from './manager';

export interface ChannelHandlerContext {
  readonly channels: ChannelManager;
  readonly emit: EventEmitterFn;
}

export function createChannelHandlers(context: ChannelHandlerContext): HandlersOf<ChannelsApi> {
  const { channels } = context;
  return {
    listChannelConnections: () => channels.list(),
    checkChannelToken: (draft) => channels.check(draft),
    addChannel: (draft) => channels.add(draft),
    updateChannel: (channelId, patch) => channels.update(channelId, patch),
    verifyChannel: (channelId) => channels.verify(channelId),
    removeChannel: async (channelId) => {
      await channels.remove(channelId);
    },
    getSecretStoreInfo: () => channels.secretStoreInfo(),
  };
}
