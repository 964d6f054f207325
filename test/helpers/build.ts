// Builds parts of the app before tests that run built artefacts (the CLI bundle, the renderer).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './project';

export function buildApp(parts: readonly ('main' | 'cli' | 'renderer')[]): void {
  const args = parts.flatMap((part) => ['--only', part]);
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'electron', 'tools', 'build.mjs'), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`Building ${parts.join(', ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}
