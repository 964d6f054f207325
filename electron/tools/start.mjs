// `npm start`: builds the app, then launches the Electron desktop app; where no Electron runtime can
// be had (no network to download it), says so in one line and starts browser mode instead.
// Arguments after `--` go to the app (e.g. `npm start -- --data-dir ./demo`); `--browser` forces
// browser mode.

import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqliteBinding, findElectronRuntime } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const appArgs = args.filter((a) => a !== '--browser');

const build = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'build.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

function startBrowserMode(reason) {
  if (reason)
    console.log(`No Electron runtime is available (${reason}); starting OA Planner in browser mode instead.`);
  const child = spawn(
    process.execPath,
    [path.join(root, 'electron', 'bin', 'oa-planner.mjs'), 'serve', ...appArgs],
    // The page shown without the key names the command the user ran (see serve.ts).
    { stdio: 'inherit', env: { ...process.env, OA_PLANNER_LAUNCH_COMMAND: 'npm start' } },
  );
  forward(child);
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (forceBrowser) {
  startBrowserMode();
} else {
  const runtime = findElectronRuntime(root);
  const sqlite = runtime.ok ? ensureElectronSqliteBinding(root) : runtime;
  if (!runtime.ok || !sqlite.ok) {
    startBrowserMode(sqlite.reason);
  } else {
    const child = spawn(runtime.executable, [root, ...appArgs], {
      stdio: 'inherit',
      env: { ...process.env, OA_PLANNER_SQLITE_BINDING: sqlite.binding },
    });
    forward(child);
  }
}
