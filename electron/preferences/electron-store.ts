// Preferences through electron-store in Electron's main process (file in userData). Reading and
// validation are the file store's, so both back ends treat a bad file identically.

import Store from 'electron-store';
import { preferencesFileLoader, preferencesStoreOver, type PreferencesFileOptions } from './file-store';
import { parseJsonObject, type PreferencesStore } from './store';
import { makeFilePrivate, privateFileMode } from '../storage/private-files';

export interface ElectronPreferencesStoreOptions extends PreferencesFileOptions {
  /** File name without extension; defaults to "preferences". */
  readonly name?: string;
  /** Folder; electron-store defaults to app.getPath('userData'). */
  readonly cwd?: string;
}

export function createElectronPreferencesStore(
  options: ElectronPreferencesStoreOptions = {},
): PreferencesStore {
  const store = new Store<Record<string, unknown>>({
    name: options.name ?? 'preferences',
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    accessPropertiesByDotNotation: false,
    // conf's default is 0666 less the umask; preferences are the user's own.
    configFileMode: privateFileMode,
    // conf would otherwise throw on unparsable JSON from this constructor, crashing startup (or,
    // with clearInvalidConfig, discard the file silently). The loader below sets such a file aside.
    deserialize: (text) => parseJsonObject(text) ?? {},
  });
  makeFilePrivate(store.path);
  // Whole-object assignment: electron-store writes it atomically.
  return preferencesStoreOver(preferencesFileLoader(store.path, options), (contents) => {
    store.store = { ...contents };
  });
}
