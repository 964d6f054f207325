// The channels' slice of the API contract: the LINE Official Accounts of this data folder with the
// bot each token was verified as, adding one (verified with LINE first), editing, verifying again
// and removing, and where this shell keeps tokens. Tokens go in (add, edit) and never come back out.
// Main implements it in electron/channels/handlers.ts.

import { z } from 'zod';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import { channelNameMaxLength } from '../domain/channel';
import type { ChannelConnection, ChannelDraft, ChannelPatch, LineBotInfo, SecretStoreInfo } from './model';
import { channelTokenMaxLength } from './rules';

export interface ChannelsApi {
  /** Every channel with its connection (the sandbox first); no token. */
  listChannelConnections(): Promise<readonly ChannelConnection[]>;
  /** Asks LINE which bot a token belongs to, without saving anything. */
  checkChannelToken(draft: ChannelDraft): Promise<LineBotInfo>;
  /** Verifies the token with LINE, then saves the channel with its token in this shell's store. */
  addChannel(draft: ChannelDraft): Promise<ChannelConnection>;
  /** Renames, or takes a new token or addresses (verified first). The sandbox cannot be edited. */
  updateChannel(channelId: number, patch: ChannelPatch): Promise<ChannelConnection>;
  /** Asks LINE again with the stored token and records what it answers. */
  verifyChannel(channelId: number): Promise<ChannelConnection>;
  /** Deletes the channel with everything planned for it, and its token. Not the sandbox. */
  removeChannel(channelId: number): Promise<void>;
  /** The store this shell saves new tokens in, for Settings to name and explain. */
  getSecretStoreInfo(): Promise<SecretStoreInfo>;
}

export interface ChannelsEvents {
  /** A channel was added, renamed, verified or removed. */
  channelsChanged: { readonly channelId: number };
}

export const channelsMethodNames = exhaustiveKeys<ChannelsApi>()([
  'listChannelConnections',
  'checkChannelToken',
  'addChannel',
  'updateChannel',
  'verifyChannel',
  'removeChannel',
  'getSecretStoreInfo',
]);

export const channelsEventNames = exhaustiveKeys<ChannelsEvents>()(['channelsChanged']);

// Shapes only: the rules (shared/channels/rules.ts) run in the handler, whose messages never quote
// a token. Lengths here bound what main reads at all.
const name = z.string().max(channelNameMaxLength * 4);
const token = z.string().max(channelTokenMaxLength * 4);
const url = z.string().max(2000);

const draftSchema = z
  .object({ name, token, apiBaseUrl: url.optional(), dataApiBaseUrl: url.optional() })
  .strict();
const patchSchema = z
  .object({
    name: name.optional(),
    token: token.optional(),
    apiBaseUrl: url.optional(),
    dataApiBaseUrl: url.optional(),
  })
  .strict();

export const channelsArgumentSchemas: ArgumentSchemas<ChannelsApi> = {
  listChannelConnections: z.tuple([]),
  checkChannelToken: z.tuple([draftSchema]),
  addChannel: z.tuple([draftSchema]),
  updateChannel: z.tuple([id, patchSchema]),
  verifyChannel: z.tuple([id]),
  removeChannel: z.tuple([id]),
  getSecretStoreInfo: z.tuple([]),
};
