// Builds what the app runs from into dist/: the Electron main process and preload, the CLI, and the
// renderer. TypeScript is bundled by esbuild (type checking is `npm run typecheck`), the UI by Vite.
// Usage: node electron/tools/build.mjs [--only main|cli|renderer]...

import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const parts = new Set(values.only ?? ['main', 'cli', 'renderer']);

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const define = { __OA_PLANNER_VERSION__: JSON.stringify(pkg.version) };
// ESM bundles still meet CommonJS dependencies that call require(): give them one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const node = {
  bundle: true,
  platform: 'node',
  sourcemap: true,
  logLevel: 'warning',
  define,
  absWorkingDir: root,
};

const jobs = [];
if (parts.has('main')) {
  jobs.push(
    esbuild({
      ...node,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/main/main.mjs',
      format: 'esm',
      target: 'node22',
      external: ['electron', 'better-sqlite3', 'sharp', '@napi-rs/keyring'],
      banner: { js: requireShim },
    }),
    // A sandboxed preload is a single CommonJS file that may require only `electron`.
    esbuild({
      ...node,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/preload/preload.cjs',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
    }),
  );
}
if (parts.has('cli')) {
  // Split so each command's code loads only when that command runs (see electron/cli/cli.ts).
  rmSync(path.join(root, 'dist', 'cli'), { recursive: true, force: true });
  jobs.push(
    esbuild({
      ...node,
      entryPoints: { cli: 'electron/cli/entry.ts' },
      outdir: 'dist/cli',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: '[name]-[hash]',
      format: 'esm',
      target: 'node20',
      external: ['electron', 'better-sqlite3', 'sharp', '@napi-rs/keyring'],
      banner: { js: requireShim },
    }),
  );
}
await Promise.all(jobs);

if (parts.has('renderer')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}
