// `npm run dist`: packages the desktop app with electron-builder (electron-builder.yml). Needs the
// internet to fetch Electron; on a machine without it, it stops with one clear line instead.
// Extra arguments go to electron-builder (e.g. `npm run dist -- --linux AppImage`).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtime = findElectronRuntime(root);
if (!runtime.ok) {
  console.error(
    `Cannot package here: no Electron runtime is available (${runtime.reason}). Run \`npm run dist\` on a machine with internet access.`,
  );
  process.exit(1);
}
const build = spawnSync(
  process.execPath,
  [path.join(root, 'electron', 'tools', 'build.mjs'), '--only', 'main', '--only', 'renderer'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// A `nodedir` in the user's npm config would make the native rebuild target Node instead of Electron.
const env = { ...process.env };
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
const builder = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
);
const result = spawnSync(builder, ['--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
