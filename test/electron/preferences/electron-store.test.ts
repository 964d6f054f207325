// The electron-store adapter, run without Electron: 'electron-store' is replaced by its base class
// conf (the library that does all its file work), configured the way electron-store configures it.
// conf is electron-store's own dependency, not ours; if it ever moves, this test's mock is what breaks.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultPreferences } from '../../../shared/domain/preferences';
import { createElectronPreferencesStore } from '../../../electron/preferences/electron-store';
import { makeTempDir } from '../../helpers/temp-dir';

vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  // electron-store's constructor: `name` becomes conf's configName; cwd defaults to userData (we always pass one).
  class ElectronStoreWithoutElectron extends Conf<Record<string, unknown>> {
    constructor(options: { name?: string; cwd?: string } & Record<string, unknown> = {}) {
      const { name = 'config', ...rest } = options;
      super({ ...rest, configName: name });
    }
  }
  return { default: ElectronStoreWithoutElectron };
});

const now = () => new Date('2025-03-04T05:06:07.089Z');

describe('electron-store preferences store', () => {
  it('writes preferences.json readable by its user only (POSIX)', () => {
    const previous = process.umask(0o022);
    try {
      const dir = makeTempDir();
      createElectronPreferencesStore({ cwd: dir }).set({ locale: 'ja' });
      const mode = statSync(join(dir, 'preferences.json')).mode & 0o777;
      expect(mode).toBe(process.platform === 'win32' ? mode : 0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('round-trips through <cwd>/preferences.json', () => {
    const dir = makeTempDir();
    const store = createElectronPreferencesStore({ cwd: dir });
    expect(store.get()).toEqual(defaultPreferences);
    expect(store.set({ locale: 'zh-TW', lastChannelId: 1 })).toMatchObject({
      locale: 'zh-TW',
      lastChannelId: 1,
    });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({
      locale: 'zh-TW',
      lastChannelId: 1,
    });
    expect(createElectronPreferencesStore({ cwd: dir }).get().locale).toBe('zh-TW');
  });

  it('validates patches like the file store', () => {
    const store = createElectronPreferencesStore({ cwd: makeTempDir() });
    expect(() => store.set({ locale: 'de' } as never)).toThrow(/"locale"/);
  });

  it('survives a corrupt file at startup and sets it aside', () => {
    const dir = makeTempDir();
    const file = join(dir, 'preferences.json');
    writeFileSync(file, '{ not json');
    const warn = vi.fn();
    const store = createElectronPreferencesStore({ cwd: dir, warn, now });
    expect(store.get()).toEqual(defaultPreferences);
    expect(readFileSync(`${file}.corrupt-2025-03-04T05-06-07-089Z`, 'utf8')).toBe('{ not json');
    expect(warn).toHaveBeenCalledTimes(1);
    store.set({ locale: 'ja' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ locale: 'ja' });
  });

  it('keeps good fields of a hand-edited file and defaults the bad ones', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ locale: 'th', lastProjectId: -4 }));
    const store = createElectronPreferencesStore({ cwd: dir, warn: vi.fn() });
    expect(store.get()).toEqual({ ...defaultPreferences, locale: 'th' });
    expect(existsSync(join(dir, 'preferences.json'))).toBe(true);
  });
});
