// `oa-planner sandbox` as a real child process: prints its address and token, answers @line/bot-sdk
// clients, keeps state in --data FILE, and stops on SIGTERM.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli';
import { cliLauncher } from '../../helpers/project';
import { makeTempDir } from '../../helpers/temp-dir';

function startSandboxCommand(args: string[]) {
  const child = spawn(process.execPath, [cliLauncher, 'sandbox', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      if (output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    void exited.then((code) => reject(new Error(`exited ${String(code)}:\n${output}`)));
  });
  return { child, ready, exited };
}

describe('oa-planner sandbox', () => {
  it('serves one channel with the given token, friends and data file', async () => {
    const file = path.join(makeTempDir(), 'state.sqlite');
    const run = startSandboxCommand([
      '--port',
      '0',
      '--token',
      'cli-token',
      '--friends',
      '120',
      '--seed',
      '5',
      '--data',
      file,
    ]);
    try {
      const output = await run.ready;
      const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      expect(output).toContain('Friends: 120');
      expect(output).not.toContain('cli-token');
      const client = new messagingApi.MessagingApiClient({
        channelAccessToken: 'cli-token',
        baseURL: origin,
      });
      expect(await client.getMessageQuota()).toEqual({ type: 'limited', value: 6000 });
      expect((await client.getFollowers(undefined, 1000)).userIds.length).toBeGreaterThan(90);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('prints a generated token when none is given', async () => {
    const run = startSandboxCommand(['--port', '0', '--friends', '10']);
    try {
      const output = await run.ready;
      const token = /Channel access token: (\S+)/.exec(output)?.[1] ?? '';
      const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      expect(token.length).toBeGreaterThan(20);
      const client = new messagingApi.MessagingApiClient({ channelAccessToken: token, baseURL: origin });
      expect((await client.getBotInfo()).chatMode).toBe('bot');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });

  it('is called wrongly without --port or with a bad number', () => {
    expect(runCliProcess(['sandbox']).status).toBe(2);
    const bad = runCliProcess(['sandbox', '--port', '0', '--friends', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--friends');
  });
});
