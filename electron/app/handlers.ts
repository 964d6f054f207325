// The main-process implementation of the API contract. Handlers receive validated arguments and
// return plain data; both transports (Electron IPC and the browser-mode server) call this table.

import type { AppInfo, ApiHandlers, AppShell, EventEmitterFn } from '../../shared/api/contract';
import { resolveLocale } from '../../shared/domain/locale';
import { createAudienceHandlers } from '../audiences/handlers';
import type { ExportFolders } from '../editor/export-downloads';
import { createEditorHandlers } from '../editor/handlers';
import type { SaveRequests } from '../editor/save-requests';
import type { AppDatabase } from '../storage/database';
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
  /** This run's export folders (browser mode downloads them as zips). */
  readonly exportFolders?: ExportFolders;
  /** Saves the desktop app asks for before its window closes. */
  readonly saveRequests?: SaveRequests;
}

export function createApiHandlers(context: AppContext): ApiHandlers {
  return {
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
    ...createAudienceHandlers(context),
    ...createEditorHandlers({
      ...context,
      uiLocale: () => resolveLocale(context.preferences.get().locale, context.systemLocales),
    }),
  };
}
