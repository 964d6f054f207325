// Opens everything the API handlers need for one data directory outside Electron (browser mode, CLI):
// the SQLite database and a file-backed preferences store.

import path from 'node:path';
import type { AppShell, EventEmitterFn } from '../../shared/api/contract';
import { openDataDirectory, type AppDatabase } from '../storage/database';
import { makeFilePrivate } from '../storage/private-files';
import { createFilePreferencesStore } from '../preferences/file-store';
import type { PreferencesStore } from '../preferences/store';
import { createSandboxService, type SandboxService } from '../sandbox/service';
import { preferencesFileName, systemLocalesFromEnvironment } from './environment';
import type { AppContext } from './handlers';
import { appVersion } from './version';

export interface OpenedData {
  readonly dataDirectory: string;
  readonly database: AppDatabase;
  readonly preferences: PreferencesStore;
  /** The Sandbox channel's LINE emulator, started on first use. */
  readonly sandbox: SandboxService;
  close(): void;
}

export function openDataForNode(dataDirectory: string): OpenedData {
  const database = openDataDirectory(dataDirectory);
  const preferencesFile = path.join(dataDirectory, preferencesFileName);
  // Files written by earlier versions (or before the umask mattered) are narrowed too.
  makeFilePrivate(preferencesFile);
  const preferences = createFilePreferencesStore(preferencesFile);
  const sandbox = createSandboxService({ dataDirectory });
  return {
    dataDirectory,
    database,
    preferences,
    sandbox,
    close: () => {
      void sandbox.stop();
      database.close();
    },
  };
}

export function nodeAppContext(data: OpenedData, shell: AppShell, emit: EventEmitterFn): AppContext {
  return {
    shell,
    version: appVersion,
    platform: process.platform,
    systemLocales: systemLocalesFromEnvironment(),
    dataDirectory: data.dataDirectory,
    database: data.database,
    preferences: data.preferences,
    emit,
    sandbox: data.sandbox,
  };
}
