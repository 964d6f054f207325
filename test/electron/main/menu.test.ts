import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu';

function actions(): MenuActions {
  return { navigate: vi.fn(), chooseLocale: vi.fn(), showAbout: vi.fn() };
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, label);
      if (found) return found;
    }
  }
  return undefined;
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('is localised', () => {
    const zh = buildMenuTemplate('linux', 'zh-TW', null, actions(), false);
    expect(zh.map((m) => m.label)).toEqual(['檔案', '編輯', '檢視', '視窗', '說明']);
    const th = buildMenuTemplate('linux', 'th', 'th', actions(), false);
    expect(th[0]?.label).toBe('ไฟล์');
  });

  it('offers every section with Ctrl+1…6 and sends navigate', () => {
    const a = actions();
    const template = buildMenuTemplate('linux', 'en', null, a, false);
    const goTo = find(template, 'Go to');
    const items = goTo?.submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => [i.label, i.accelerator])).toEqual([
      ['Editor', 'CmdOrCtrl+1'],
      ['Campaigns', 'CmdOrCtrl+2'],
      ['Audiences', 'CmdOrCtrl+3'],
      ['Quota', 'CmdOrCtrl+4'],
      ['Sync', 'CmdOrCtrl+5'],
      ['Settings', 'CmdOrCtrl+6'],
    ]);
    click(items[2]);
    expect(a.navigate).toHaveBeenCalledWith('audiences');
  });

  it('checks the chosen language and changes it', () => {
    const a = actions();
    const template = buildMenuTemplate('linux', 'ja', 'ja', a, false);
    expect(find(template, '日本語')?.checked).toBe(true);
    expect(find(template, 'システムと同じ')?.checked).toBe(false);
    click(find(template, 'ภาษาไทย'));
    click(find(template, 'システムと同じ'));
    expect(a.chooseLocale).toHaveBeenNthCalledWith(1, 'th');
    expect(a.chooseLocale).toHaveBeenNthCalledWith(2, null);
  });

  it('has an app menu on macOS and developer tools only in development', () => {
    const mac = buildMenuTemplate('darwin', 'en', null, actions(), false);
    expect(mac[0]?.label).toBe('OA Planner');
    const roles = (t: MenuItemConstructorOptions[]) => JSON.stringify(t);
    expect(roles(mac)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('linux', 'en', null, actions(), true))).toContain('toggleDevTools');
  });
});
