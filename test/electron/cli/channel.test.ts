// `oa-planner channel` through the real bundled CLI, as a child process, against a LINE sandbox
// listening on loopback: a token from a file and from standard input, verified before saving,
// listed without it, refused on the command line, asked for again where it cannot be read, and
// never printed nor stored in the clear.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcessAsync, type CliRun } from '../../helpers/cli';
import { startTestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

const token = 'cli-shop-token-4c8e2a6f0b9d7c5e3a1f8b6d4c2e0a9f';
const otherToken = 'cli-cafe-token-9f1e3d5c7b9a0f2e4d6c8b0a1f3e5d7c';

function setup(keyFile = path.join(makeTempDir(), 'tokens.key'), dir = makeTempDir()) {
  const env = { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: keyFile };
  const run = (args: readonly string[], stdin = '') =>
    runCliProcessAsync(['channel', ...args, '--data-dir', dir], env, stdin);
  return { dir, keyFile, run };
}

const printed = (run: CliRun) => run.stdout + run.stderr;

function tokenFile(value: string): string {
  const file = path.join(makeTempDir(), 'token.txt');
  writeFileSync(file, `\uFEFF${value}\r\n`);
  return file;
}

describe('oa-planner channel', { timeout: 60_000 }, () => {
  it('adds channels from a token file and from standard input, lists them without tokens, removes one', async () => {
    const sandbox = await startTestLineSandbox({
      token,
      extraChannels: [{ token: otherToken, friends: 10, seed: 2, displayName: 'Cafe Mori' }],
    });
    const { dir, keyFile, run } = setup();
    const shopBot = sandbox.channel(token).record;

    const added = await run([
      'add',
      '--name',
      'Shop',
      '--token-file',
      tokenFile(token),
      '--api-url',
      sandbox.origin,
    ]);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toBe(
      `Added channel 2 "Shop": ${shopBot.basicId} (${shopBot.displayName}), token kept in an encrypted file.\n`,
    );
    const piped = await run(
      ['add', '--name', 'Cafe', '--token-file', '-', '--api-url', sandbox.origin],
      `${otherToken}\n`,
    );
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('Added channel 3 "Cafe"');
    expect(piped.stdout).toContain('(Cafe Mori)');
    expect(sandbox.log.count('getBotInfo')).toBe(2);

    const json = await run(['list', '--json']);
    expect(json.status).toBe(0);
    const listed = JSON.parse(json.stdout) as {
      secretStore: { kind: string; detail: string };
      channels: {
        id: number;
        name: string;
        basicId: string | null;
        apiBaseUrl: string | null;
        token: string;
      }[];
    };
    expect(listed.secretStore).toEqual({ kind: 'encrypted-file', detail: keyFile });
    expect(listed.channels.map((c) => [c.id, c.name, c.basicId, c.apiBaseUrl, c.token])).toEqual([
      [1, 'Sandbox', null, null, 'sandbox'],
      [2, 'Shop', shopBot.basicId, sandbox.origin, 'readable'],
      [3, 'Cafe', sandbox.channel(otherToken).record.basicId, sandbox.origin, 'readable'],
    ]);

    const table = await run(['list']);
    expect(table.status).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+name\s+basic ID\s+display name\s+API\s+token kept in$/);
    expect(lines[2]).toContain(shopBot.basicId);
    expect(table.stdout).toContain(`New tokens are kept in an encrypted file. No keychain answered`);
    expect(table.stdout).toContain(keyFile);

    const verified = await run(['verify', 'shop']);
    expect(verified.stdout).toBe(`Verified channel 2 "Shop": ${shopBot.basicId} (${shopBot.displayName}).\n`);

    const removed = await run(['remove', 'Cafe']);
    expect(removed.status).toBe(0);
    expect(removed.stdout).toBe('Removed channel 3 "Cafe" and forgot its token.\n');
    const sandboxRemoved = await run(['remove', 'Sandbox']);
    expect(sandboxRemoved.status).toBe(1);
    expect(sandboxRemoved.stderr).toContain('is the local sandbox: it cannot be edited or removed');
    expect(JSON.parse((await run(['list', '--json'])).stdout).channels).toHaveLength(2);

    for (const result of [added, piped, json, table, verified, removed])
      for (const secret of [token, otherToken]) expect(printed(result)).not.toContain(secret);
    const bytes = Buffer.concat(readdirSync(dir).map((name) => readFileSync(path.join(dir, name))));
    expect(bytes.includes(Buffer.from(shopBot.basicId))).toBe(true);
    expect(bytes.includes(Buffer.from(token))).toBe(false);
    expect(bytes.includes(Buffer.from(otherToken))).toBe(false);
  });

  it('refuses a token on the command line and one LINE rejects, without printing either', async () => {
    const sandbox = await startTestLineSandbox({ token });
    const { run } = setup();
    const inline = await run(['add', '--name', 'Shop', `--token=${token}`, '--api-url', sandbox.origin]);
    expect(inline.status).toBe(2);
    expect(inline.stderr).toContain('the token is never taken on the command line');
    expect(printed(inline)).not.toContain(token);

    const wrong = 'cli-wrong-token-0000aaaa1111bbbb2222';
    const rejected = await run([
      'add',
      '--name',
      'Shop',
      '--token-file',
      tokenFile(wrong),
      '--api-url',
      sandbox.origin,
    ]);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain(`LINE at ${sandbox.origin} refused the token`);
    expect(printed(rejected)).not.toContain(wrong);

    const withPath = await run([
      'add',
      '--name',
      'Shop',
      '--token-file',
      tokenFile(token),
      '--api-url',
      `${sandbox.origin}/v2`,
    ]);
    expect(withPath.status).toBe(1);
    expect(withPath.stderr).toContain('give the origin only');
    expect(sandbox.log.count('getBotInfo')).toBe(1);
    expect(JSON.parse((await run(['list', '--json'])).stdout).channels).toHaveLength(1);
  });

  it('asks for the token again where it cannot be read, and takes it with edit', async () => {
    const sandbox = await startTestLineSandbox({ token });
    const first = setup();
    expect(
      (
        await first.run([
          'add',
          '--name',
          'Shop',
          '--token-file',
          tokenFile(token),
          '--api-url',
          sandbox.origin,
        ])
      ).status,
    ).toBe(0);

    const elsewhere = setup(path.join(makeTempDir(), 'other.key'), first.dir);
    const listed = await elsewhere.run(['list']);
    expect(listed.stdout).toContain('an encrypted file (cannot be read here: enter the token again)');
    const verify = await elsewhere.run(['verify', 'Shop']);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toBe(
      'oa-planner channel: The token of “Shop” was saved in an encrypted file, which cannot be read here. Enter the token again: Settings › Channels › Edit, or oa-planner channel edit "Shop" --token-file FILE.\n',
    );
    const edited = await elsewhere.run(['edit', 'Shop', '--token-file', '-'], token);
    expect(edited.status).toBe(0);
    expect((await elsewhere.run(['verify', 'Shop'])).status).toBe(0);
  });
});
