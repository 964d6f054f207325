// A failed write must leave the previous preferences file intact and no temporary file behind.
// node:fs is wrapped (passing through by default) so one rename can be made to fail.

import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFilePreferencesStore } from '../../../electron/preferences/file-store';
import { makeTempDir } from '../../helpers/temp-dir';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

describe('file preferences store, interrupted write', () => {
  it('keeps the old file when the final rename fails', () => {
    const dir = makeTempDir();
    const file = join(dir, 'preferences.json');
    const store = createFilePreferencesStore(file);
    store.set({ locale: 'ja', lastChannelId: 1 });
    const before = fs.readFileSync(file, 'utf8');

    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' });
    });
    expect(() => store.set({ locale: 'en' })).toThrow(/simulated/);

    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['preferences.json']);
    expect(store.get().locale).toBe('ja');
  });

  it('writes the new content to a temporary sibling and renames it over the file', () => {
    const dir = makeTempDir();
    const file = join(dir, 'preferences.json');
    vi.mocked(fs.renameSync).mockClear();
    createFilePreferencesStore(file).set({ locale: 'th' });

    expect(fs.renameSync).toHaveBeenCalledTimes(1);
    const [from, to] = vi.mocked(fs.renameSync).mock.calls[0] ?? [];
    expect(to).toBe(file);
    expect(String(from)).not.toBe(file);
    expect(String(from).startsWith(join(dir, '.preferences.json.'))).toBe(true);
  });
});
