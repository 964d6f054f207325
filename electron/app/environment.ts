// Where the app keeps its data and which languages the OS prefers, computed the same way for the
// Electron app, browser mode and the CLI so all three open the same data folder by default.

import os from 'node:os';
import path from 'node:path';

export const productName = 'OA Planner';
export const preferencesFileName = 'preferences.json';
export const dataDirectoryEnvVar = 'OA_PLANNER_DATA_DIR';

/** Electron's default `userData` folder for this product on each platform. */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), productName);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', productName);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), productName);
}

/** `--data-dir` wins, then OA_PLANNER_DATA_DIR, then the platform default. */
export function resolveDataDirectory(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env[dataDirectoryEnvVar];
  return chosen ? path.resolve(chosen) : defaultDataDirectory(process.platform, env);
}

/**
 * The OS's preferred languages as BCP 47 tags, from the POSIX locale variables. (Node's Intl default
 * is not used: it says en-US whatever the OS is set to.)
 */
export function systemLocalesFromEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG];
  const tags: string[] = [];
  for (const value of raw) {
    if (!value) continue;
    const tag = value.split('.')[0]?.split('@')[0]?.replace(/_/g, '-') ?? '';
    if (!tag || tag === 'C' || tag === 'POSIX' || tags.includes(tag)) continue;
    tags.push(tag);
  }
  return tags;
}
