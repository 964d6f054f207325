// Runs the real `oa-planner` command as a child process: once to completion, or as a long-running
// `serve` whose address is read from its first line of output.

import { spawn, spawnSync } from 'node:child_process';
import { cliLauncher } from './project';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [cliLauncher, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServingApp {
  readonly url: string;
  readonly origin: string;
  readonly key: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts `oa-planner serve --no-open` on a free port and resolves once it is ready. The data folder
 * is passed as --data-dir, or left to OA_PLANNER_DATA_DIR in `env` when `dataDirectory` is null.
 */
export function serveApp(dataDirectory: string | null, env: NodeJS.ProcessEnv = {}): Promise<ServingApp> {
  const dataArgs = dataDirectory === null ? [] : ['--data-dir', dataDirectory];
  const child = spawn(process.execPath, [cliLauncher, 'serve', '--no-open', ...dataArgs], {
    env: { ...process.env, CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start in time:\n${output}`)), 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    void exited.then((code) => fail(new Error(`serve exited with ${String(code)}:\n${output}`)));
    child.stdout.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?key=([\w-]+)/.exec(output);
      if (!match?.[1] || !match[2] || !output.includes('Press Ctrl+C')) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        origin: match[1],
        key: match[2],
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
