// Preferences through electron-store in Electron's main process (file in userData). Reading and
// validation are the file store's, so both back ends treat a bad file identically.

import Store from 'electron-store';
import { ApiError } from '../../shared/api/result';
import type { Preferences, PreferencesPatch } from '../../shared/domain/preferences';
import { preferencesFileLoader, type PreferencesFileOptions } from './file-store';
import {
  applyPreferencesPatch,
  parseJsonObject,
  validatePreferencesPatch,
  type PreferencesStore,
} from './store';

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
    // conf would otherwise throw on unparsable JSON from this constructor, crashing startup (or,
    // with clearInvalidConfig, discard the file silently). The loader below sets such a file aside.
    deserialize: (text) => parseJsonObject(text) ?? {},
  });
  const load = preferencesFileLoader(store.path, options);

  return {
    get: () => load().preferences,
    set(patch: PreferencesPatch): Preferences {
      const checked = validatePreferencesPatch(patch);
      const current = load();
      if (current.unwritable !== undefined) throw new ApiError('unavailable', current.unwritable);
      const next = applyPreferencesPatch(current.preferences, checked);
      // Whole-object assignment: electron-store writes it atomically.
      store.store = { ...current.extra, ...next };
      return next;
    },
  };
}
