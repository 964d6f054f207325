import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultDataDirectory,
  resolveDataDirectory,
  systemLocalesFromEnvironment,
} from '../../../electron/app/environment';

describe('data directory', () => {
  it("matches Electron's userData folder on each platform", () => {
    expect(defaultDataDirectory('linux', {}, '/home/ann')).toBe('/home/ann/.config/OA Planner');
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ann')).toBe('/xdg/OA Planner');
    expect(defaultDataDirectory('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/OA Planner',
    );
    expect(
      defaultDataDirectory('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toBe('C:\\Users\\ann\\AppData\\Roaming\\OA Planner');
  });

  it('takes --data-dir first, then OA_PLANNER_DATA_DIR', () => {
    expect(resolveDataDirectory('rel/dir', { OA_PLANNER_DATA_DIR: '/env' })).toBe(path.resolve('rel/dir'));
    expect(resolveDataDirectory(undefined, { OA_PLANNER_DATA_DIR: '/env' })).toBe('/env');
  });
});

describe('systemLocalesFromEnvironment', () => {
  it('reads LANGUAGE, LC_ALL and LANG as BCP 47 tags, skipping C and POSIX', () => {
    const tags = systemLocalesFromEnvironment({ LANGUAGE: 'th_TH:ja', LC_ALL: 'C', LANG: 'zh_TW.UTF-8' });
    expect(tags.slice(0, 3)).toEqual(['th-TH', 'ja', 'zh-TW']);
    expect(tags).not.toContain('C');
  });
});
