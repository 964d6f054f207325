// The JSON-file preferences store: round trips, patch validation, and surviving bad files.

import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/result';
import { defaultPreferences, type Preferences } from '../../../shared/domain/preferences';
import { createFilePreferencesStore } from '../../../electron/preferences/file-store';
import { makeTempDir } from '../../helpers/temp-dir';

const bounds = { x: 10, y: 20, width: 1200, height: 800, maximized: false };

function setup(initial?: string) {
  const dir = makeTempDir();
  const file = join(dir, 'preferences.json');
  if (initial !== undefined) writeFileSync(file, initial);
  const warn = vi.fn<(message: string) => void>();
  const now = () => new Date('2025-03-04T05:06:07.089Z');
  return { dir, file, warn, store: createFilePreferencesStore(file, { warn, now }) };
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('file preferences store', () => {
  it('returns defaults when the file does not exist, without creating it', () => {
    const { file, store, warn } = setup();
    expect(store.get()).toEqual(defaultPreferences);
    expect(existsSync(file)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('round-trips a patch through the file', () => {
    const { dir, file, store } = setup();
    const expected: Preferences = {
      locale: 'ja',
      windowBounds: bounds,
      lastProjectId: null,
      lastChannelId: 3,
    };
    expect(store.set({ locale: 'ja', windowBounds: bounds, lastChannelId: 3 })).toEqual(expected);
    expect(store.get()).toEqual(expected);
    expect(createFilePreferencesStore(join(dir, 'preferences.json')).get()).toEqual(expected);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  });

  it('merges patches: omitted and undefined fields keep their value, null clears', () => {
    const { store } = setup();
    store.set({ locale: 'th', lastChannelId: 2 });
    expect(store.set({ lastProjectId: 7, locale: undefined })).toEqual({
      locale: 'th',
      windowBounds: null,
      lastProjectId: 7,
      lastChannelId: 2,
    });
    expect(store.set({ locale: null }).locale).toBeNull();
    expect(store.get()).toMatchObject({ locale: null, lastProjectId: 7, lastChannelId: 2 });
  });

  it('creates missing parent folders on first write', () => {
    const dir = makeTempDir();
    const file = join(dir, 'a', 'b', 'preferences.json');
    createFilePreferencesStore(file).set({ locale: 'en' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ locale: 'en' });
  });

  it.each([
    [{ locale: 'fr' }, /"locale"/],
    [{ windowBounds: { ...bounds, width: 10 } }, /"windowBounds\.width"/],
    [{ windowBounds: { ...bounds, extra: true } }, /Unknown preference "windowBounds\.extra"/],
    [{ lastChannelId: -1 }, /"lastChannelId"/],
    [{ lastProjectId: 1.5 }, /"lastProjectId"/],
    [{ theme: 'dark' }, /Unknown preference "theme"/],
  ])('rejects the invalid patch %j naming the field, and writes nothing', (patch, field) => {
    const { file, store } = setup();
    store.set({ locale: 'ja' });
    const before = readFileSync(file);
    const error = catchError(() => store.set(patch as never));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(field) as string,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects a patch that is not an object', () => {
    const { store } = setup();
    expect(catchError(() => store.set(null as never))).toMatchObject({ code: 'invalid-argument' });
    expect(catchError(() => store.set([] as never))).toMatchObject({ code: 'invalid-argument' });
  });

  describe('atomic writes', () => {
    it('replaces the file by rename and leaves no temporary files', () => {
      const { dir, file, store } = setup();
      store.set({ locale: 'ja' });
      const firstInode = statSync(file).ino;
      store.set({ locale: 'en' });
      // A rename installs a new inode; rewriting in place would keep the old one.
      if (process.platform !== 'win32') expect(statSync(file).ino).not.toBe(firstInode);
      expect(readdirSync(dir)).toEqual(['preferences.json']);
    });
  });

  describe('reading a bad file', () => {
    it('moves a file that is not JSON aside, warns, and falls back to defaults', () => {
      const { dir, file, store, warn } = setup('{"locale": "ja", oops');
      expect(store.get()).toEqual(defaultPreferences);

      const aside = `${file}.corrupt-2025-03-04T05-06-07-089Z`;
      expect(readFileSync(aside, 'utf8')).toBe('{"locale": "ja", oops');
      expect(existsSync(file)).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(aside));
      expect(readdirSync(dir).sort()).toEqual(['preferences.json.corrupt-2025-03-04T05-06-07-089Z']);

      // Writing afterwards starts a fresh file and keeps the quarantined one.
      store.set({ locale: 'th' });
      expect(store.get().locale).toBe('th');
      expect(existsSync(aside)).toBe(true);
    });

    it.each([['[]'], ['null'], ['"ja"'], ['']])('treats %j (not a JSON object) as corrupt too', (text) => {
      const { file, store } = setup(text);
      expect(store.get()).toEqual(defaultPreferences);
      expect(existsSync(`${file}.corrupt-2025-03-04T05-06-07-089Z`)).toBe(true);
    });

    it('keeps the valid fields and defaults only the invalid ones, leaving the file in place', () => {
      const text = JSON.stringify({
        locale: 'klingon',
        windowBounds: bounds,
        lastProjectId: 'seven',
        lastChannelId: 4,
      });
      const { file, store, warn } = setup(text);
      expect(store.get()).toEqual({
        locale: null,
        windowBounds: bounds,
        lastProjectId: null,
        lastChannelId: 4,
      });
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/locale, lastProjectId/);

      // The same problem is reported once per store, not on every read.
      store.get();
      expect(warn).toHaveBeenCalledTimes(1);
    });

    it('reads a file saved with a byte-order mark by a Windows editor', () => {
      const { store } = setup(`\uFEFF${JSON.stringify({ locale: 'zh-TW' })}`);
      expect(store.get().locale).toBe('zh-TW');
    });

    it('keeps keys it does not know when writing, for a newer version sharing the file', () => {
      const { file, store } = setup(JSON.stringify({ locale: 'ja', futureSetting: { on: true } }));
      store.set({ lastChannelId: 1 });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        futureSetting: { on: true },
        locale: 'ja',
        windowBounds: null,
        lastProjectId: null,
        lastChannelId: 1,
      });
    });

    it('refuses to write over a file it cannot read, instead of destroying it', () => {
      const { dir, warn } = setup();
      // A directory where the file should be: reading fails with EISDIR, not ENOENT.
      const file = join(dir, 'is-a-dir.json');
      mkdirSync(file);
      const store = createFilePreferencesStore(file, { warn });
      expect(store.get()).toEqual(defaultPreferences);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(file));
      expect(catchError(() => store.set({ locale: 'ja' }))).toMatchObject({ code: 'unavailable' });
      expect(statSync(file).isDirectory()).toBe(true);
    });
  });
});
