// `npm run bench`: bundles the benchmarks in test/bench/ and runs them in Node, printing figures.
// Usage: npm run bench [-- NAME...]   (only the benchmarks whose name contains one of NAME)

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'build.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const outfile = path.join(root, 'node_modules', '.cache', 'oa-planner-bench', 'bench.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['test/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
