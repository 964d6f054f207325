// Preferences in a JSON file, for running outside Electron (CLI, server, tests). Reads never throw
// on bad content; writes are atomic so a crash leaves either the old file or the new one.

import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ApiError, type ErrorText } from '../../shared/api/result';
import { englishText } from '../../shared/i18n/text';
import { privateDirectoryMode, privateFileMode } from '../storage/private-files';
import { defaultPreferences, type Preferences, type PreferencesPatch } from '../../shared/domain/preferences';
import {
  applyPreferencesPatch,
  parseJsonObject,
  sanitizePreferences,
  validatePreferencesPatch,
  type PreferencesStore,
  type SanitizedPreferences,
} from './store';

export interface PreferencesFileOptions {
  /** Where problems with the file are reported; each distinct message once per store. */
  readonly warn?: (message: string) => void;
  /** Clock for the quarantine file name. */
  readonly now?: () => Date;
}

export interface LoadedPreferences extends SanitizedPreferences {
  /** Set when the file exists but could not be read or set aside; writing would destroy it. */
  readonly unwritable?: ErrorText;
}

const empty: SanitizedPreferences = { preferences: defaultPreferences, rejected: [], extra: {} };

export function createFilePreferencesStore(
  file: string,
  options: PreferencesFileOptions = {},
): PreferencesStore {
  return preferencesStoreOver(preferencesFileLoader(file, options), (contents) =>
    writeFileAtomically(file, `${JSON.stringify(contents, null, 2)}\n`),
  );
}

/**
 * The store logic shared by both back ends: validate the patch, re-read the file (it is tiny, and
 * another process — the app, the CLI — may have written it), keep unknown keys, write the whole
 * object atomically with `write`.
 */
export function preferencesStoreOver(
  load: () => LoadedPreferences,
  write: (contents: Readonly<Record<string, unknown>>) => void,
): PreferencesStore {
  return {
    get: () => load().preferences,
    set(patch: PreferencesPatch): Preferences {
      const checked = validatePreferencesPatch(patch);
      const current = load();
      if (current.unwritable !== undefined) throw new ApiError('unavailable', current.unwritable);
      const next = applyPreferencesPatch(current.preferences, checked);
      write({ ...current.extra, ...next });
      return next;
    },
  };
}

/**
 * Returns a function that reads `file` leniently: missing → defaults; not a JSON object → renamed
 * to `<file>.corrupt-<timestamp>` and defaults; bad fields → defaults for those fields only.
 */
export function preferencesFileLoader(
  file: string,
  options: PreferencesFileOptions = {},
): () => LoadedPreferences {
  const now = options.now ?? (() => new Date());
  const warned = new Set<string>();
  const warn = (message: string): void => {
    if (warned.has(message)) return;
    warned.add(message);
    (options.warn ?? console.warn)(message);
  };

  return () => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return empty;
      const unwritable: ErrorText = {
        key: 'errors.preferences.unreadable',
        params: { file, detail: describe(error) },
      };
      warn(`${englishText(unwritable)} Using defaults.`);
      return { ...empty, unwritable };
    }

    const raw = parseJsonObject(text);
    if (raw === undefined) {
      const aside = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      try {
        renameSync(file, aside);
      } catch (error) {
        const unwritable: ErrorText = {
          key: 'errors.preferences.notJsonStuck',
          params: { file, detail: describe(error) },
        };
        warn(`${englishText(unwritable)} Using defaults.`);
        return { ...empty, unwritable };
      }
      warn(`Preferences at ${file} were not a valid JSON object; moved to ${aside} and using defaults.`);
      return empty;
    }

    const result = sanitizePreferences(raw);
    if (result.rejected.length > 0) {
      warn(
        `Ignoring invalid preference(s) ${result.rejected.join(', ')} in ${file}; using defaults for them.`,
      );
    }
    return result;
  };
}

/** Writes a sibling temporary file, flushes it, then renames it over `file` (atomic on one volume). */
export function writeFileAtomically(file: string, text: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: privateDirectoryMode });
  const temp = join(dir, `.${basename(file)}.${String(process.pid)}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 0600: the rename keeps the temporary file's mode, and preferences are the user's own.
    const fd = openSync(temp, 'wx', privateFileMode);
    try {
      writeFileSync(fd, text, 'utf8');
      // Without the flush a power loss after the rename can leave an empty file on some file systems.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
