// The main-process implementation of the API contract. Handlers receive validated arguments and
// return plain data; both transports (Electron IPC and the browser-mode server) call this table.

import type { AppInfo, ApiHandlers, AppShell, EventEmitterFn } from '../../shared/api/contract';
import { resolveLocale } from '../../shared/domain/locale';
import { createAudienceHandlers } from '../audiences/handlers';
import { createChannelHandlers } from '../channels/handlers';
import { createChannelManager, type ChannelManager } from '../channels/manager';
import { createNodeSecretStores } from '../channels/secret-stores';
import type { ExportFolders } from '../editor/export-downloads';
import { createCampaignHandlers } from '../campaigns/handlers';
import { createEditorHandlers } from '../editor/handlers';
import { createQuotaHandlers } from '../quota/handlers';
import { createSyncEngine, createSyncHandlers, type SyncEngine } from '../sync/handlers';
import { ApiError } from '../../shared/api/result';
import type { SaveRequests } from '../editor/save-requests';
import { damagedDatabaseText, type AppDatabase } from '../storage/database';
import { listChannels } from '../storage/channels';
import type { PreferencesStore } from '../preferences/store';
import { notRunningSandboxStatus, type SandboxService } from '../sandbox/service';

export interface AppContext {
  readonly shell: AppShell;
  readonly version: string;
  readonly platform: string;
  readonly systemLocales: readonly string[];
  readonly dataDirectory: string;
  readonly database: AppDatabase;
  readonly preferences: PreferencesStore;
  /** Pushes an event to every connected renderer. */
  readonly emit: EventEmitterFn;
  /** The Sandbox channel's LINE emulator (started lazily); absent where none is wanted. */
  readonly sandbox?: SandboxService;
  /** The channels and their tokens; default: one over this database with the keychain or file store. */
  readonly channels?: ChannelManager;
  /** This run's export folders (browser mode downloads them as zips). */
  readonly exportFolders?: ExportFolders;
  /** Saves the desktop app asks for before its window closes. */
  readonly saveRequests?: SaveRequests;
  /** Sync's runs and scheduled sends; default: one over this database (no scheduler). */
  readonly sync?: SyncEngine;
}

export function createApiHandlers(context: AppContext): ApiHandlers {
  const channels =
    context.channels ??
    createChannelManager({
      db: () => context.database.db,
      secrets: createNodeSecretStores({ dataDirectory: context.dataDirectory }),
      ...(context.sandbox ? { sandbox: context.sandbox } : {}),
      changed: (channelId) => context.emit('channelsChanged', { channelId }),
    });
  const sync =
    context.sync ??
    createSyncEngine({
      database: context.database,
      emit: context.emit,
      sources: { sandbox: context.sandbox ?? noSandbox, channels },
    });
  return reportDamagedDatabase(context.database.file, {
    getAppInfo: (): AppInfo => ({
      name: 'OA Planner',
      version: context.version,
      shell: context.shell,
      platform: context.platform,
      systemLocales: context.systemLocales,
      dataDirectory: context.dataDirectory,
      databaseSchemaVersion: context.database.schemaVersion,
    }),
    getPreferences: () => context.preferences.get(),
    setPreferences: (patch) => {
      const updated = context.preferences.set(patch);
      context.emit('preferencesChanged', updated);
      return updated;
    },
    listChannels: () => listChannels(context.database.db),
    getSandboxStatus: () => context.sandbox?.status() ?? notRunningSandboxStatus,
    ...createChannelHandlers({ channels, emit: context.emit }),
    ...createAudienceHandlers(context),
    ...createEditorHandlers({
      ...context,
      uiLocale: () => resolveLocale(context.preferences.get().locale, context.systemLocales),
    }),
    ...createCampaignHandlers(context),
    ...createQuotaHandlers(context),
    ...createSyncHandlers({ database: context.database, sync }),
  });
}

/** Where no Sandbox emulator runs: the Sandbox channel cannot be reached. */
const noSandbox = {
  connection: () =>
    Promise.reject(new ApiError('unavailable', { key: 'errors.sync.sandboxUnavailable', params: {} })),
};

/**
 * SQLite can find damage at any read, long after the database opened. Every handler then answers
 * with the file's name and what to do, rather than SQLite's bare "database disk image is malformed".
 */
function reportDamagedDatabase(file: string, handlers: ApiHandlers): ApiHandlers {
  const translate = (error: unknown): unknown => {
    const damaged = damagedDatabaseText(file, error);
    return damaged === undefined ? error : new ApiError('unavailable', damaged);
  };
  const guarded: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    guarded[name] = (...args) => {
      let value: unknown;
      try {
        value = handler(...args);
      } catch (error) {
        throw translate(error);
      }
      return value instanceof Promise
        ? value.catch((error: unknown) => Promise.reject(translate(error)))
        : value;
    };
  }
  return guarded as unknown as ApiHandlers;
}
