// Electron main process: one window onto the renderer, served from the app:// protocol, talking to
// the API handlers over IPC. Owns the database, the preferences and (later) every call to LINE.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { ApiEventName, OaPlannerEvents } from '../../shared/api/contract';
import { ipcEventChannel } from '../../shared/api/contract';
import { resolveLocale, type Locale } from '../../shared/domain/locale';
import type { Preferences } from '../../shared/domain/preferences';
import { translate } from '../../shared/i18n/catalog';
import { contentSecurityPolicy } from '../app/csp';
import { dataDirectoryEnvVar } from '../app/environment';
import { createAppServices } from '../app/services';
import { appVersion } from '../app/version';
import { appHost, appOrigin, appScheme, registerIpcHandlers } from '../ipc/register-ipc';
import { createElectronPreferencesStore } from '../preferences/electron-store';
import { readStaticFile } from '../server/static-files';
import { assetCacheControl, isAssetPath } from '../editor/asset-route';
import { closeSaveWaitMs, createCloseGuard } from './close-guard';
import { buildMenuTemplate } from './menu';
import { createDesktopSecretStores } from './safe-storage';
import { hardenApp, hardenSession } from './security';
import { initialWindowBounds, minimumWindowSize } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDirectory = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const isDevelopment = !app.isPackaged;

function argumentValue(name: string): string | undefined {
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

// The data folder must be chosen before `ready`: Electron derives other paths from it.
const dataDirectoryOverride = argumentValue('--data-dir') ?? process.env[dataDirectoryEnvVar];
if (dataDirectoryOverride) app.setPath('userData', path.resolve(dataDirectoryOverride));

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenApp(app, shell);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('OA Planner', message);
  app.exit(1);
}

function emit<E extends ApiEventName>(event: E, payload: OaPlannerEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows()) {
    window.webContents.send(ipcEventChannel(event), payload);
  }
}

function start(): void {
  try {
    startApp();
  } catch (error) {
    fatal(error);
  }
}

function startApp(): void {
  const systemLocales = app.getPreferredSystemLanguages();
  const uiLocale = (prefs: Preferences): Locale => resolveLocale(prefs.locale, systemLocales);
  const services = createAppServices({
    shell: 'electron',
    dataDirectory: app.getPath('userData'),
    preferences: createElectronPreferencesStore(),
    secretStores: createDesktopSecretStores(app.getPath('userData'), safeStorage),
    systemLocales,
    syncWhenOnline: true,
    ...(process.env.OA_PLANNER_SQLITE_BINDING
      ? { nativeBinding: process.env.OA_PLANNER_SQLITE_BINDING }
      : {}),
  });
  const { handlers, preferences } = services;
  services.onEvent((event, payload) => {
    emit(event, payload);
    if (event === 'preferencesChanged') installMenu(payload as Preferences);
  });
  registerIpcHandlers(ipcMain, handlers, (message) => console.error(message));
  // Quitting waits for every service to stop (the sandbox's server, then the database).
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void services
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });

  hardenSession(session.defaultSession);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    if (isAssetPath(url.pathname)) {
      // Editor assets (app://oa-planner/assets/<sha256>?variant=…), immutable by content address.
      const asset = services.asset(url.pathname, url.searchParams);
      return new Response(new Uint8Array(asset.body), {
        status: asset.status,
        headers: {
          'content-type': asset.contentType,
          'cache-control': asset.status === 200 ? assetCacheControl : 'no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const file = await readStaticFile(rendererDirectory, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  });

  function installMenu(prefs: Preferences): void {
    const template = buildMenuTemplate(
      process.platform,
      uiLocale(prefs),
      prefs.locale,
      {
        navigate: (section) => {
          emit('navigate', section);
          mainWindow?.focus();
        },
        chooseLocale: (locale) => void handlers.setPreferences({ locale }),
        showAbout: () =>
          void dialog.showMessageBox({
            title: translate(uiLocale(preferences.get()), 'menu.about'),
            message: `OA Planner ${appVersion}`,
            detail: translate(uiLocale(preferences.get()), 'app.tagline'),
          }),
      },
      isDevelopment,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  installMenu(preferences.get());

  const display = screen.getPrimaryDisplay();
  const bounds = initialWindowBounds(
    preferences.get().windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
    display.workArea,
  );
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'OA Planner',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  mainWindow = window;
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Remember where the window was, once it settles and when it closes.
  let saveTimer: NodeJS.Timeout | undefined;
  const saveBounds = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const b = window.getNormalBounds();
    preferences.set({
      windowBounds: {
        x: b.x,
        y: b.y,
        width: Math.max(b.width, minimumWindowSize.width),
        height: Math.max(b.height, minimumWindowSize.height),
        maximized: window.isMaximized(),
      },
    });
  };
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveBounds, 500);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);
  // The first close waits (at most closeSaveWaitMs) for the editor to save what it has not yet.
  const closeGuard = createCloseGuard({
    requestSave: () => services.saveRequests.request(closeSaveWaitMs),
    confirmClose: async (outcome) => {
      const locale = uiLocale(preferences.get());
      const detail =
        outcome.kind === 'timeout'
          ? translate(locale, 'editor.unsaved.timeout', { seconds: closeSaveWaitMs / 1000 })
          : (outcome.problem ?? translate(locale, 'editor.unsaved.failed'));
      const answer = await dialog.showMessageBox(window, {
        type: 'warning',
        title: 'OA Planner',
        message: translate(locale, 'editor.unsaved.message'),
        detail,
        buttons: [
          translate(locale, 'editor.unsaved.closeAnyway'),
          translate(locale, 'editor.unsaved.keepOpen'),
        ],
        defaultId: 1,
        cancelId: 1,
      });
      return answer.response === 0;
    },
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
  });
  window.on('close', (event) => {
    clearTimeout(saveTimer);
    saveBounds();
    closeGuard.onClose(event);
  });
  window.on('closed', () => {
    mainWindow = null;
  });

  void window.loadURL(`${appOrigin}/index.html`);
}
