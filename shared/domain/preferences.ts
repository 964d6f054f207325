// User preferences kept outside the database (electron-store in Electron, a JSON file elsewhere).

import type { Locale } from './locale';

export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Preferences {
  /** null follows the operating system's language. */
  readonly locale: Locale | null;
  readonly windowBounds: WindowBounds | null;
  readonly lastProjectId: number | null;
  readonly lastChannelId: number | null;
}

export type PreferencesPatch = Partial<Preferences>;

export const defaultPreferences: Preferences = {
  locale: null,
  windowBounds: null,
  lastProjectId: null,
  lastChannelId: null,
};
