// Finds (or fetches) the Electron runtime for `npm start` and builds better-sqlite3 for its ABI.
// Both need the internet once; when either cannot be had, the caller falls back to browser mode.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function electronPackageDirectory(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** The runtime's executable, downloading it first if the electron package has none yet. */
export function findElectronRuntime(root) {
  const dir = electronPackageDirectory(root);
  if (!existsSync(path.join(dir, 'package.json'))) {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  const executable = () => path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (existsSync(pathFile) && existsSync(executable())) return { ok: true, executable: executable() };
  const download = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (download.status === 0 && existsSync(pathFile) && existsSync(executable())) {
    return { ok: true, executable: executable() };
  }
  const firstLine = (download.stderr || '').split('\n').find((l) => /error/i.test(l)) ?? 'download failed';
  return { ok: false, reason: `it could not be downloaded: ${firstLine.trim().slice(0, 160)}` };
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and the CLI use it). Electron needs a build
 * for its own ABI: make one in dist/native/ from a copy of the package, leaving node_modules as it is.
 */
export function ensureElectronSqliteBinding(root) {
  const electronVersion = JSON.parse(
    readFileSync(path.join(electronPackageDirectory(root), 'package.json'), 'utf8'),
  ).version;
  const target = path.join(
    root,
    'dist',
    'native',
    `electron-${electronVersion}-${process.platform}-${process.arch}`,
  );
  const binding = path.join(target, 'better_sqlite3.node');
  if (existsSync(binding)) return { ok: true, binding };

  const work = mkdtempSync(path.join(tmpdir(), 'oa-planner-sqlite-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    cpSync(path.join(root, 'node_modules', 'better-sqlite3'), copy, {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
    });
    const env = { ...process.env, npm_config_nodedir: '' };
    delete env.npm_config_nodedir;
    const bin = (name) =>
      path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    const attempts = [
      [
        bin('prebuild-install'),
        ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`],
      ],
      [
        bin('node-gyp'),
        [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${process.arch}`,
          '--dist-url=https://electronjs.org/headers',
          '--nodedir=',
        ],
      ],
    ];
    for (const [command, args] of attempts) {
      const result = spawnSync(command, args, {
        cwd: copy,
        env,
        stdio: 'ignore',
        shell: process.platform === 'win32',
        timeout: 10 * 60_000,
      });
      const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
      if (result.status === 0 && existsSync(built)) {
        mkdirSync(target, { recursive: true });
        cpSync(built, binding);
        return { ok: true, binding };
      }
    }
    return { ok: false, reason: `better-sqlite3 could not be built for Electron ${electronVersion}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
