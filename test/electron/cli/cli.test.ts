// The `oa-planner` command: argument handling in-process, and the real bundled command as a child
// process (what a user runs after `npm ci`).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { launchCommandName } from '../../../electron/cli/commands/serve';
import { runCliProcess, serveApp } from '../../helpers/cli';
import { cliLauncher } from '../../helpers/project';
import { makeTempDir } from '../../helpers/temp-dir';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('runCli', () => {
  it('prints the command list for --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: oa-planner <command>/);
    expect(result.stdout).toMatch(/serve\s+run the app in your web browser/);
  });

  it('prints help for each command', async () => {
    const result = await run(['serve', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: oa-planner serve');
    expect(result.stdout).toContain('--data-dir DIR');
    expect(await run(['help', 'serve'])).toMatchObject({ code: 0, stdout: result.stdout });
  });

  it('exits 2 with a message on stderr for usage mistakes', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');

    const badOption = await run(['serve', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--colour'");
    expect(badOption.stderr).toContain('oa-planner serve --help');

    const badPort = await run(['serve', '--port', '70000']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port must be a number from 0 to 65535 (got "70000")');

    expect((await run([])).code).toBe(2);
  });
});

describe('the oa-planner command', () => {
  it('runs from the launcher and reports the version', () => {
    const result = runCliProcess(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  /** Runs the real command with one of its output pipes closed at once: its first write fails (EPIPE). */
  async function withClosedPipe(args: string[], closed: 'stdout' | 'stderr') {
    const child = spawn(process.execPath, [cliLauncher, ...args], {
      env: { ...process.env, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child[closed].destroy();
    let other = '';
    child[closed === 'stdout' ? 'stderr' : 'stdout'].on(
      'data',
      (chunk: Buffer) => (other += chunk.toString()),
    );
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, other };
  }

  it('finishes quietly when the reader of its output goes away (oa-planner … | head)', async () => {
    const result = await withClosedPipe(['plans', '--json', '--data-dir', makeTempDir()], 'stdout');
    expect(result.other).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes errors to stderr with a non-zero exit code', () => {
    const result = runCliProcess(['serve', '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--port must be a number');
  });

  it('serves browser mode on 127.0.0.1 with a key, using --data-dir, and stops on SIGTERM', async () => {
    const dataDirectory = path.join(makeTempDir(), 'nested', 'data');
    const app = await serveApp(dataDirectory);
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]{40,}$/);
    expect(app.output()).toContain(`Data folder: ${dataDirectory}`);
    expect(existsSync(path.join(dataDirectory, 'oa-planner.sqlite'))).toBe(true);
    const response = await fetch(`${app.origin}/api/invoke/listChannels`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-oa-planner-key': app.key },
      body: '[]',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: [{ name: 'Sandbox' }] });
    expect(await app.stop()).toBe(0);
  });

  it('names the command the user ran on the page shown without the key', async () => {
    for (const [env, command] of [
      [{ npm_lifecycle_event: 'serve', OA_PLANNER_LAUNCH_COMMAND: '' }, 'npm run serve'],
      // What `npm start` tells the server when it falls back to browser mode.
      [{ npm_lifecycle_event: 'start', OA_PLANNER_LAUNCH_COMMAND: 'npm start' }, 'npm start'],
    ] as const) {
      const app = await serveApp(makeTempDir(), env);
      const page = await fetch(`${app.origin}/`);
      expect(page.status).toBe(403);
      expect(await page.text()).toContain(`open the full address printed by \`${command}\``);
      expect(await app.stop()).toBe(0);
    }
    expect(launchCommandName({})).toBe('oa-planner serve');
    expect(launchCommandName({ npm_lifecycle_event: 'npx' })).toBe('npx oa-planner serve');
    expect(launchCommandName({ npm_lifecycle_event: 'test' })).toBe('oa-planner serve');
  });

  it('honours OA_PLANNER_DATA_DIR when --data-dir is not given', async () => {
    const dataDirectory = makeTempDir();
    const app = await serveApp(null, { OA_PLANNER_DATA_DIR: dataDirectory });
    expect(app.output()).toContain(`Data folder: ${dataDirectory}`);
    expect(existsSync(path.join(dataDirectory, 'oa-planner.sqlite'))).toBe(true);
    expect(await app.stop()).toBe(0);
  });

  it('says so when the chosen port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const result = runCliProcess(['serve', '--no-open', '--port', String(port), '--data-dir', makeTempDir()]);
    blocker.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Port ${String(port)} is already in use`);
  });

  it('refuses a database written by a newer version, naming the file', async () => {
    const dataDirectory = makeTempDir();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path.join(dataDirectory, 'oa-planner.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const result = runCliProcess(['serve', '--no-open', '--data-dir', dataDirectory]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(path.join(dataDirectory, 'oa-planner.sqlite'));
    expect(result.stderr).toMatch(/newer OA Planner/);
  });
});
