// Everything the API needs for one data folder, wired once for all three shells: the Electron main
// process, browser mode and the CLI. Opens the database, the preferences and the Sandbox channel's
// LINE emulator (started on first use), builds the handler table, fans events out to whoever
// listens (the window, the browser-mode event stream), and shuts all of it down in order.

import path from 'node:path';
import type { ApiHandlers, AppShell, EventEmitterFn, Unsubscribe } from '../../shared/api/contract';
import { createChannelManager, type ChannelManager } from '../channels/manager';
import { createNodeSecretStores } from '../channels/secret-stores';
import type { SecretStores } from '../channels/secrets';
import { assetResponse, type AssetResponse } from '../editor/asset-route';
import { createExportFolders, type ExportDownload } from '../editor/export-downloads';
import { createSaveRequests, type SaveRequests } from '../editor/save-requests';
import { createFilePreferencesStore } from '../preferences/file-store';
import type { PreferencesStore } from '../preferences/store';
import { createSandboxService, type SandboxService } from '../sandbox/service';
import { openDataDirectory, type AppDatabase } from '../storage/database';
import { makeFilePrivate } from '../storage/private-files';
import { preferencesFileName, systemLocalesFromEnvironment } from './environment';
import { createSyncEngine, type SyncEngine } from '../sync/handlers';
import { startEngineOnlineSync, type EngineOnlineSyncOptions, type OnlineSync } from '../sync/online';
import { createApiHandlers } from './handlers';
import { appVersion } from './version';

export interface AppServicesOptions {
  readonly shell: AppShell;
  readonly dataDirectory: string;
  /** The desktop app passes its electron-store; the others use the same JSON file directly. */
  readonly preferences?: PreferencesStore;
  /** The OS's preferred languages; default: from the POSIX locale variables. */
  readonly systemLocales?: readonly string[];
  /** Path to a better_sqlite3.node built for Electron's ABI. */
  readonly nativeBinding?: string;
  /** Friends the sandbox generates the first time (default 5,000). */
  readonly sandboxFriends?: number;
  /** Where channel tokens are kept: the desktop app passes safeStorage; default: keychain or file. */
  readonly secretStores?: SecretStores;
  /** Dispatch scheduled campaigns when due while this runs (default true). */
  readonly dispatchScheduled?: boolean;
  /**
   * Sync when online: pull each LINE channel and send its queued changes now, then again whenever
   * LINE can be reached after a failed connection check. The desktop app and browser mode pass true
   * (default off, for the tests and tools that open a data folder).
   */
  readonly syncWhenOnline?: boolean | EngineOnlineSyncOptions;
}

export interface AppServices {
  readonly shell: AppShell;
  readonly dataDirectory: string;
  readonly database: AppDatabase;
  readonly preferences: PreferencesStore;
  readonly sandbox: SandboxService;
  /** The channels and their tokens (sync asks it for a channel's clients). */
  readonly channels: ChannelManager;
  readonly handlers: ApiHandlers;
  /** Every event main emits reaches each listener; returns the way to stop listening. */
  onEvent(listener: EventEmitterFn): Unsubscribe;
  /** Editor assets, for the shell's asset route (browser mode's HTTP, Electron's app://). */
  asset(pathname: string, searchParams: URLSearchParams): AssetResponse;
  /** A finished export folder of this run as a zip, for browser mode's download route. */
  exportDownload(pathname: string): ExportDownload | undefined;
  /** Asks the open editors to save (the desktop window does before it closes). */
  readonly saveRequests: SaveRequests;
  /** Sync's runs in main and the dispatcher of scheduled sends. */
  readonly sync: SyncEngine;
  /** Sync when online, when syncWhenOnline asked for it. */
  readonly online: OnlineSync | undefined;
  /** Stops the sandbox (awaited), then closes the database. Safe to call more than once. */
  close(): Promise<void>;
}

/** The JSON preferences file; one written by an earlier version (or a wider umask) is narrowed. */
function filePreferences(file: string): PreferencesStore {
  makeFilePrivate(file);
  return createFilePreferencesStore(file);
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const { dataDirectory } = options;
  const database = openDataDirectory(
    dataDirectory,
    options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
  );
  const preferences = options.preferences ?? filePreferences(path.join(dataDirectory, preferencesFileName));
  const sandbox = createSandboxService({
    dataDirectory,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.sandboxFriends === undefined ? {} : { friends: options.sandboxFriends }),
  });

  const listeners = new Set<EventEmitterFn>();
  const emit: EventEmitterFn = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const channels = createChannelManager({
    db: () => database.db,
    secrets: options.secretStores ?? createNodeSecretStores({ dataDirectory }),
    sandbox,
    changed: (channelId) => emit('channelsChanged', { channelId }),
  });
  const exportFolders = createExportFolders();
  const saveRequests = createSaveRequests(emit);
  const sync = createSyncEngine({ database, emit, sources: { sandbox, channels } });
  // A schedule whose time passed before this moment was missed while the app was closed: listed,
  // never sent on its own.
  if (options.dispatchScheduled !== false) sync.startScheduler();
  const online = options.syncWhenOnline
    ? startEngineOnlineSync(sync, options.syncWhenOnline === true ? {} : options.syncWhenOnline)
    : undefined;
  const handlers = createApiHandlers({
    shell: options.shell,
    version: appVersion,
    platform: process.platform,
    systemLocales: options.systemLocales ?? systemLocalesFromEnvironment(),
    dataDirectory,
    database,
    preferences,
    emit,
    sandbox,
    channels,
    exportFolders,
    saveRequests,
    sync,
  });

  let closing: Promise<void> | undefined;
  return {
    shell: options.shell,
    dataDirectory,
    database,
    preferences,
    sandbox,
    channels,
    handlers,
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    asset: (pathname, searchParams) => assetResponse(database.db, pathname, searchParams),
    exportDownload: (pathname) => exportFolders.download(pathname),
    saveRequests,
    sync,
    online,
    close() {
      closing ??= (async () => {
        try {
          online?.stop();
          await online?.idle();
          await sync.stop();
        } finally {
          listeners.clear();
        }
        try {
          await sandbox.stop();
        } finally {
          database.close();
        }
      })();
      return closing;
    },
  };
}
