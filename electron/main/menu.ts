// The application menu, localised, rebuilt whenever the language preference changes.

import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n/catalog';
import { localeNames, supportedLocales, type Locale } from '../../shared/domain/locale';
import { appSections, type AppSection } from '../../shared/domain/sections';

export interface MenuActions {
  readonly navigate: (section: AppSection) => void;
  readonly chooseLocale: (locale: Locale | null) => void;
  readonly showAbout: () => void;
}

export function buildMenuTemplate(
  platform: string,
  uiLocale: Locale,
  chosenLocale: Locale | null,
  actions: MenuActions,
  isDevelopment: boolean,
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(uiLocale, key);
  const isMac = platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: t('menu.settings'),
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.navigate('settings'),
  };
  const languageMenu: MenuItemConstructorOptions = {
    label: t('menu.language'),
    submenu: [
      {
        label: t('menu.languageSystem'),
        type: 'radio',
        checked: chosenLocale === null,
        click: () => actions.chooseLocale(null),
      },
      { type: 'separator' },
      ...supportedLocales.map((locale): MenuItemConstructorOptions => ({
        label: localeNames[locale],
        type: 'radio',
        checked: chosenLocale === locale,
        click: () => actions.chooseLocale(locale),
      })),
    ],
  };
  const goToMenu: MenuItemConstructorOptions = {
    label: t('menu.goTo'),
    submenu: appSections.map((section, index): MenuItemConstructorOptions => ({
      label: t(`nav.${section}`),
      accelerator: `CmdOrCtrl+${String(index + 1)}`,
      click: () => actions.navigate(section),
    })),
  };
  const aboutItem: MenuItemConstructorOptions = { label: t('menu.about'), click: actions.showAbout };

  return [
    ...(isMac
      ? [
          {
            label: t('app.name'),
            submenu: [
              aboutItem,
              { type: 'separator' },
              settingsItem,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit', label: t('menu.quit') },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: isMac
        ? [{ role: 'close' }]
        : [settingsItem, { type: 'separator' }, { role: 'quit', label: t('menu.quit') }],
    },
    { label: t('menu.edit'), role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [
        goToMenu,
        languageMenu,
        { type: 'separator' },
        ...(isDevelopment
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.window'), role: 'windowMenu' },
    { label: t('menu.help'), role: 'help', submenu: isMac ? [] : [aboutItem] },
  ];
}
