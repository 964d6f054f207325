// Adding, editing, verifying and removing channels, for the API handlers and the command line alike.
// A token is verified with LINE before anything is saved; it is kept by this shell's secret store
// and read back only here, for the request that needs it. Whatever goes wrong is an ApiError with a
// catalogue sentence that never quotes the token.

import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/result';
import type {
  ChannelConnection,
  ChannelDraft,
  ChannelPatch,
  LineBotInfo,
  SecretStoreInfo,
  SecretStoreKind,
} from '../../shared/channels/model';
import {
  checkApiOrigin,
  checkChannelName,
  checkChannelToken,
  lineApiOrigin,
  lineDataApiOrigin,
  sameChannelName,
} from '../../shared/channels/rules';
import type { LocalizedText } from '../../shared/i18n/text';
import type { SandboxService } from '../sandbox/service';
import type { SqliteDatabase } from '../storage/database';
import {
  deleteLineChannel,
  getChannelRecord,
  insertLineChannel,
  listChannelRecords,
  recordVerification,
  storedSecret,
  updateLineChannel,
  type ChannelRecord,
  type ConnectionWrite,
} from './repository';
import { SecretUnreadableError, type SecretStores } from './secrets';
import { fetchBotInfo, type BotInfoFetcher } from './verify';

/** What @line/bot-sdk clients of one channel are made with (main process only). */
export interface ChannelClientConfig {
  readonly channelAccessToken: string;
  readonly apiBaseURL: string;
  readonly dataApiBaseURL: string;
}

export interface ChannelManagerOptions {
  readonly db: () => SqliteDatabase;
  readonly secrets: SecretStores;
  readonly sandbox?: SandboxService;
  readonly fetchBotInfo?: BotInfoFetcher;
  readonly now?: () => Date;
  /** Called after every change. */
  readonly changed?: (channelId: number) => void;
}

export interface ChannelManager {
  list(): Promise<ChannelConnection[]>;
  check(draft: ChannelDraft): Promise<LineBotInfo>;
  add(draft: ChannelDraft): Promise<ChannelConnection>;
  update(channelId: number, patch: ChannelPatch): Promise<ChannelConnection>;
  verify(channelId: number): Promise<ChannelConnection>;
  remove(channelId: number): Promise<ChannelRecord>;
  secretStoreInfo(): Promise<SecretStoreInfo>;
  /** The token and origins sync makes its clients with; the sandbox's from its emulator. */
  clientConfig(channelId: number): Promise<ChannelClientConfig>;
}

const storeName = (kind: SecretStoreKind): LocalizedText => ({ key: `channels.store.${kind}.name` });

const invalid = (problem: LocalizedText) => new ApiError('invalid-argument', problem);

interface Origins {
  readonly api: string;
  readonly data: string;
}

/**
 * The two origins of a draft: LINE's hosts when both are left empty; a data API left empty next to
 * a given API origin is that origin (the sandbox, and mock servers, answer both on one).
 */
function resolveOrigins(apiBaseUrl: string | undefined, dataApiBaseUrl: string | undefined): Origins {
  const origin = (field: 'apiBaseUrl' | 'dataApiBaseUrl', value: string | undefined): string | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const checked = checkApiOrigin(field, value);
    if (!checked.ok) throw invalid(checked.problem);
    return checked.origin;
  };
  const api = origin('apiBaseUrl', apiBaseUrl);
  const data = origin('dataApiBaseUrl', dataApiBaseUrl);
  return { api: api ?? lineApiOrigin, data: data ?? api ?? lineDataApiOrigin };
}

function checkedName(name: string): string {
  const problem = checkChannelName(name);
  if (problem) throw invalid(problem);
  return name.trim();
}

function checkedToken(token: string): string {
  const checked = checkChannelToken(token);
  if (!checked.ok) throw invalid(checked.problem);
  return checked.token;
}

function uniqueName(records: readonly ChannelRecord[], name: string, except?: number): void {
  const clash = records.find((record) => record.channelId !== except && sameChannelName(record.name, name));
  if (clash)
    throw new ApiError('conflict', { key: 'errors.channels.nameTaken', params: { name: clash.name } });
}

export function createChannelManager(options: ChannelManagerOptions): ChannelManager {
  const db = options.db;
  const fetch = options.fetchBotInfo ?? fetchBotInfo;
  const now = options.now ?? (() => new Date());
  const changed = options.changed ?? (() => undefined);

  const requireRecord = (channelId: number): ChannelRecord => {
    const record = getChannelRecord(db(), channelId);
    if (!record)
      throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
    return record;
  };
  const requireLine = (channelId: number): ChannelRecord => {
    const record = requireRecord(channelId);
    if (record.kind === 'sandbox')
      throw new ApiError('conflict', { key: 'errors.channels.sandboxFixed', params: { name: record.name } });
    return record;
  };

  /** The stored token, or the sentence asking for it again. */
  const readToken = async (record: ChannelRecord): Promise<string> => {
    const secret = storedSecret(db(), record.channelId);
    if (!secret)
      throw new ApiError('not-found', { key: 'errors.channels.noToken', params: { name: record.name } });
    const store = options.secrets.open(secret.store);
    try {
      if (!store) throw new SecretUnreadableError(secret.store);
      return await store.read(secret.ref, secret.ciphertext);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      throw new ApiError('unavailable', {
        key: 'errors.channels.tokenUnreadable',
        params: { name: record.name, store: storeName(secret.store) },
      });
    }
  };

  const tokenState = async (record: ChannelRecord): Promise<ChannelConnection['token']> => {
    if (record.kind === 'sandbox') return 'sandbox';
    try {
      await readToken(record);
      return 'readable';
    } catch (error) {
      if (error instanceof ApiError) return 'unreadable';
      throw error;
    }
  };

  const toConnection = async (record: ChannelRecord): Promise<ChannelConnection> => ({
    channelId: record.channelId,
    name: record.name,
    kind: record.kind,
    apiBaseUrl: record.connection?.apiBaseUrl ?? null,
    dataApiBaseUrl: record.connection?.dataApiBaseUrl ?? null,
    bot: record.connection?.bot ?? null,
    verifiedAt: record.connection?.verifiedAt ?? null,
    secretStore: record.connection?.secretStore ?? null,
    token: await tokenState(record),
  });

  /** Keeps a verified token in the preferred store; the caller removes it if the write fails. */
  const keep = async (token: string) => {
    const store = await options.secrets.preferred();
    const ref = randomUUID();
    const ciphertext = await store.save(ref, token);
    return { store, secret: { store: store.info.kind, ref, ciphertext } };
  };

  const forget = async (kind: SecretStoreKind, ref: string) => options.secrets.open(kind)?.remove(ref);

  return {
    list: () => Promise.all(listChannelRecords(db()).map(toConnection)),

    async check(draft) {
      const token = checkedToken(draft.token);
      const origins = resolveOrigins(draft.apiBaseUrl, draft.dataApiBaseUrl);
      return fetch({ token, apiOrigin: origins.api });
    },

    async add(draft) {
      const name = checkedName(draft.name);
      const token = checkedToken(draft.token);
      const origins = resolveOrigins(draft.apiBaseUrl, draft.dataApiBaseUrl);
      uniqueName(listChannelRecords(db()), name);
      const bot = await fetch({ token, apiOrigin: origins.api });
      const { store, secret } = await keep(token);
      let channelId: number;
      try {
        channelId = insertLineChannel(
          db(),
          name,
          {
            apiBaseUrl: origins.api,
            dataApiBaseUrl: origins.data,
            bot,
            verifiedAt: now().toISOString(),
            secret,
          },
          (records) => uniqueName(records, name),
        );
      } catch (error) {
        await store.remove(secret.ref);
        throw error;
      }
      changed(channelId);
      return await toConnection(requireRecord(channelId));
    },

    async update(channelId, patch) {
      const record = requireLine(channelId);
      const name = patch.name === undefined ? undefined : checkedName(patch.name);
      if (name !== undefined) uniqueName(listChannelRecords(db()), name, channelId);
      const current = record.connection;
      const newToken = patch.token === undefined ? undefined : checkedToken(patch.token);
      const reconnect =
        newToken !== undefined || patch.apiBaseUrl !== undefined || patch.dataApiBaseUrl !== undefined;
      let connection: ConnectionWrite | undefined;
      let kept: Awaited<ReturnType<typeof keep>> | undefined;
      if (reconnect) {
        const origins = resolveOrigins(
          patch.apiBaseUrl ?? current?.apiBaseUrl ?? undefined,
          patch.dataApiBaseUrl ??
            (patch.apiBaseUrl === undefined ? (current?.dataApiBaseUrl ?? undefined) : undefined),
        );
        const token = newToken ?? (await readToken(record));
        const bot = await fetch({ token, apiOrigin: origins.api });
        // A token of another account would send this channel's plans to the wrong friends.
        if (current && current.bot.userId !== bot.userId)
          throw new ApiError('conflict', {
            key: 'errors.channels.otherBot',
            params: { name: record.name, basicId: bot.basicId, expected: current.bot.basicId },
          });
        const stored = storedSecret(db(), channelId);
        if (newToken !== undefined || !stored) kept = await keep(token);
        connection = {
          apiBaseUrl: origins.api,
          dataApiBaseUrl: origins.data,
          bot,
          verifiedAt: now().toISOString(),
          secret: kept?.secret ?? (stored as NonNullable<typeof stored>),
        };
      }
      const previous = storedSecret(db(), channelId);
      try {
        updateLineChannel(
          db(),
          channelId,
          { ...(name === undefined ? {} : { name }), ...(connection ? { connection } : {}) },
          (records) => {
            if (name !== undefined) uniqueName(records, name, channelId);
          },
        );
      } catch (error) {
        if (kept) await kept.store.remove(kept.secret.ref);
        throw error;
      }
      if (kept && previous) await forget(previous.store, previous.ref);
      changed(channelId);
      return await toConnection(requireRecord(channelId));
    },

    async verify(channelId) {
      const record = requireLine(channelId);
      const token = await readToken(record);
      const apiOrigin = record.connection?.apiBaseUrl ?? lineApiOrigin;
      const bot = await fetch({ token, apiOrigin });
      recordVerification(db(), channelId, bot, now().toISOString());
      changed(channelId);
      return await toConnection(requireRecord(channelId));
    },

    async remove(channelId) {
      const record = requireLine(channelId);
      const secret = storedSecret(db(), channelId);
      if (!deleteLineChannel(db(), channelId))
        throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
      if (secret) await forget(secret.store, secret.ref);
      changed(channelId);
      return record;
    },

    secretStoreInfo: async () => (await options.secrets.preferred()).info,

    async clientConfig(channelId) {
      const record = requireRecord(channelId);
      if (record.kind === 'sandbox') {
        if (!options.sandbox)
          throw new ApiError('unavailable', { key: 'errors.channels.sandboxUnavailable' });
        const { origin, token } = await options.sandbox.connection();
        return { channelAccessToken: token, apiBaseURL: origin, dataApiBaseURL: origin };
      }
      return {
        channelAccessToken: await readToken(record),
        apiBaseURL: record.connection?.apiBaseUrl ?? lineApiOrigin,
        dataApiBaseURL: record.connection?.dataApiBaseUrl ?? lineDataApiOrigin,
      };
    },
  };
}
