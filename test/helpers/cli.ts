// Runs the real `oa-planner` command as a child process: once to completion, or as a long-running
// `serve` whose address is read from its first line of output.

import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { cliBundleDirectory, cliLauncher } from './project';
import { makeTempDir } from './temp-dir';

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

/**
 * Like runCliProcess without blocking this process, so a server it talks to (a sandbox started by
 * the test) keeps answering; `stdin` is written to the command's standard input and closed.
 */
export function runCliProcessAsync(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  stdin = '',
): Promise<CliRun> {
  const child = spawn(process.execPath, [cliLauncher, ...args], {
    env: { ...process.env, CI: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
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

/**
 * The child of runCliProcessesTogether: loads the bundled CLI's module of the command (with what it
 * imports) and the SQLite addon, says "ready", and runs the command when a line arrives on stdin.
 * Loading takes most of a command's start-up, so commands released together reach the data folder
 * within a millisecond or so of each other.
 */
const startTogetherScript = `
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [launcher, bundleDir, ...args] = process.argv.slice(1);
for (const name of fs.readdirSync(bundleDir)) {
  if (name.startsWith(args[0] + '-') && name.endsWith('.mjs')) await import(pathToFileURL(path.join(bundleDir, name)).href);
}
createRequire(launcher)('better-sqlite3');
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  process.stdin.destroy();
  process.argv = [process.argv[0], launcher, ...args];
  void import(pathToFileURL(path.join(bundleDir, 'cli.mjs')).href);
});
`;

/**
 * Runs several `oa-planner` commands at the same moment: each process is started and loaded first,
 * then all are released at once. Resolves with every run once all have exited.
 */
export async function runCliProcessesTogether(
  commands: readonly (readonly string[])[],
  env: NodeJS.ProcessEnv = {},
  released: () => void = () => undefined,
): Promise<CliRun[]> {
  const children = commands.map((args) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', startTogetherScript, cliLauncher, cliBundleDirectory, ...args],
      { env: { ...process.env, CI: '1', ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    // A command that hangs (the defect a test looks for) must not outlive the test.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let stdout = '';
    let stderr = '';
    let ready: () => void = () => undefined;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith('ready\n')) ready();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<CliRun>((resolve) =>
      child.on('exit', (status) => resolve({ status, stdout: stdout.replace(/^ready\n/, ''), stderr })),
    );
    return { child, isReady, exited };
  });
  // A child that dies while loading never says "ready": fail with its output instead of waiting.
  const diedEarly = new Promise<never>((_, reject) => {
    for (const { isReady, exited } of children) {
      void Promise.race([isReady.then(() => undefined), exited]).then((run) => {
        if (run)
          reject(new Error(`oa-planner exited before it was ready (${String(run.status)}):\n${run.stderr}`));
      });
    }
  });
  await Promise.race([Promise.all(children.map((c) => c.isReady)), diedEarly]);
  // Every "go" is handed to the OS before `released` runs: it may block this thread (a synchronous
  // SQLite write), and the children must not wait for it.
  await Promise.all(
    children.map(({ child }) => new Promise<void>((resolve) => child.stdin.end('go\n', resolve))),
  );
  released();
  return Promise.all(children.map((c) => c.exited));
}

/** A data folder's LINE channel, added as a user adds one: `oa-planner channel add` with a token file. */
export interface AddedLineChannel {
  /** The environment that keeps tokens in an encrypted file with this key: pass it to later runs. */
  readonly env: NodeJS.ProcessEnv;
  readonly run: CliRun;
}

export async function addLineChannel(options: {
  readonly dataDirectory: string;
  readonly name: string;
  readonly token: string;
  readonly apiUrl: string;
  readonly keyFile?: string;
}): Promise<AddedLineChannel> {
  const env = {
    OA_PLANNER_SECRET_STORE: 'file',
    OA_PLANNER_SECRET_KEY_FILE: options.keyFile ?? path.join(makeTempDir(), 'tokens.key'),
  };
  const tokenFile = path.join(makeTempDir(), 'token.txt');
  writeFileSync(tokenFile, `${options.token}\n`);
  const run = await runCliProcessAsync(
    [
      'channel',
      'add',
      '--name',
      options.name,
      '--token-file',
      tokenFile,
      '--api-url',
      options.apiUrl,
      '--data-dir',
      options.dataDirectory,
    ],
    env,
  );
  return { env, run };
}
