// The channels API over a real data folder and a real LINE sandbox on loopback, through the same
// dispatcher both transports use: tokens verified through @line/bot-sdk before saving, edits,
// verification, removal, channels side by side, a token another shell cannot read, and the token
// absent from every response, error, event and byte of the database.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ApiEventName } from '../../../shared/api/contract';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import type { ApiResult } from '../../../shared/api/result';
import type { ChannelConnection } from '../../../shared/channels/model';
import type { EditorDocument } from '../../../shared/editor/document';
import type { Project } from '../../../shared/editor/project';
import { createAppServices, type AppServices } from '../../../electron/app/services';
import { createNodeSecretStores } from '../../../electron/channels/secret-stores';
import type { SecretStores } from '../../../electron/channels/secrets';
import { createDesktopSecretStores } from '../../../electron/main/safe-storage';
import { startTestLineSandbox, type TestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

const token = 'shop-token-7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e';
const otherToken = 'cafe-token-0d2b4f6a8c1e3a5b7d9f0c2e4a6b8d1f';

interface Opened {
  readonly app: AppServices;
  readonly dir: string;
  readonly keyFile: string;
  readonly events: { event: ApiEventName; payload: unknown }[];
  call<T>(method: string, ...args: unknown[]): Promise<ApiResult<T>>;
}

/** A browser-mode data folder whose tokens go to the encrypted file with its key in `keyFile`. */
function open(
  dir = makeTempDir(),
  keyFile = path.join(makeTempDir(), 'tokens.key'),
  secrets?: SecretStores,
): Opened {
  const app = createAppServices({
    shell: 'browser',
    dataDirectory: dir,
    sandboxFriends: 10,
    secretStores:
      secrets ??
      createNodeSecretStores({
        dataDirectory: dir,
        env: { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: keyFile },
      }),
  });
  const events: Opened['events'] = [];
  app.onEvent((event, payload) => events.push({ event, payload }));
  return {
    app,
    dir,
    keyFile,
    events,
    call: <T>(method: string, ...args: unknown[]) =>
      dispatchApiCall(app.handlers, method, args) as Promise<ApiResult<T>>,
  };
}

async function sandboxWithTwoAccounts(): Promise<TestLineSandbox> {
  return startTestLineSandbox({
    token,
    extraChannels: [{ token: otherToken, friends: 20, seed: 3, displayName: 'Cafe Mori' }],
  });
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

/** Every file of the data folder, the database's -wal included, as bytes. */
function folderBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(path.join(dir, name))));
}

describe('channels API', () => {
  it('adds a channel only after the sandbox says which bot the token belongs to', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const { call, app, events, dir, keyFile } = open();
    const expected = sandbox.channel(token).record;

    const added = value(
      await call<ChannelConnection>('addChannel', {
        name: ' Shop ',
        token: `  ${token}\n`,
        apiBaseUrl: `${sandbox.origin}/`,
      }),
    );
    expect(added).toEqual({
      channelId: 2,
      name: 'Shop',
      kind: 'line',
      apiBaseUrl: sandbox.origin,
      dataApiBaseUrl: sandbox.origin,
      bot: {
        userId: expected.botUserId,
        basicId: expected.basicId,
        displayName: expected.displayName,
        pictureUrl: null,
      },
      verifiedAt: expect.any(String) as string,
      secretStore: 'encrypted-file',
      token: 'readable',
    });
    expect(sandbox.log.list().map((entry) => entry.operationId)).toEqual(['getBotInfo']);
    expect(events).toContainEqual({ event: 'channelsChanged', payload: { channelId: 2 } });

    const list = value(await call<ChannelConnection[]>('listChannelConnections'));
    expect(list.map((c) => [c.name, c.kind, c.token])).toEqual([
      ['Sandbox', 'sandbox', 'sandbox'],
      ['Shop', 'line', 'readable'],
    ]);
    // The channel is a channel like the sandbox for every other feature.
    expect(value(await call<{ name: string }[]>('listChannels')).map((c) => c.name)).toEqual([
      'Sandbox',
      'Shop',
    ]);

    // The token is what main gives sync, and nothing else shows it.
    expect(await app.channels.clientConfig(2)).toEqual({
      channelAccessToken: token,
      apiBaseURL: sandbox.origin,
      dataApiBaseURL: sandbox.origin,
    });
    const info = value(await call<{ kind: string; detail: string }>('getSecretStoreInfo'));
    expect(info).toEqual({ kind: 'encrypted-file', detail: keyFile });
    expect(JSON.stringify([added, list, info, events])).not.toContain(token);
    expect(JSON.stringify([added, list, info, events])).not.toContain(token.slice(0, 20));

    // The key file is private and outside the data folder; the folder's bytes never hold the token.
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(path.dirname(keyFile)).not.toBe(dir);
    await app.close();
    const bytes = folderBytes(dir);
    expect(bytes.includes(Buffer.from(token))).toBe(false);
    expect(bytes.includes(Buffer.from(token.slice(10, 30)))).toBe(false);
    expect(bytes.includes(Buffer.from(expected.basicId))).toBe(true);
  });

  it('refuses a token LINE rejects, an address with a path and a taken name, saving nothing', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const { call, dir, app } = open();
    const wrong = 'not-the-token-9a8b7c6d5e4f3a2b1c0d';

    const rejected = await call('addChannel', { name: 'Shop', token: wrong, apiBaseUrl: sandbox.origin });
    expect(rejected.ok).toBe(false);
    if (rejected.ok) return;
    expect(rejected.error).toMatchObject({ code: 'unauthorized', key: 'errors.channels.tokenRejected' });
    expect(rejected.error.message).toContain(sandbox.origin);
    expect(JSON.stringify(rejected)).not.toContain(wrong);

    const withPath = await call('addChannel', {
      name: 'Shop',
      token,
      apiBaseUrl: `${sandbox.origin}/v2/bot`,
    });
    expect(withPath).toMatchObject({ ok: false, error: { key: 'errors.channels.urlPath' } });
    const plainHttp = await call('addChannel', { name: 'Shop', token, apiBaseUrl: 'http://api.example.com' });
    expect(plainHttp).toMatchObject({ ok: false, error: { key: 'errors.channels.urlInsecure' } });
    const spaced = await call('addChannel', { name: 'Shop', token: 'two words', apiBaseUrl: sandbox.origin });
    expect(spaced).toMatchObject({ ok: false, error: { key: 'errors.channels.tokenShape' } });
    expect(JSON.stringify(spaced)).not.toContain('two words');
    // A malformed argument is refused by its schema without quoting it.
    const huge = 'z'.repeat(9000);
    const tooLong = await call('addChannel', { name: 'Shop', token: huge });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(JSON.stringify(tooLong)).not.toContain('zzzzzzzzzz');
    // The sandbox was asked once: for the rejected token only.
    expect(sandbox.log.list().map((entry) => entry.status)).toEqual([401]);

    const taken = await call('addChannel', { name: 'sandbox', token, apiBaseUrl: sandbox.origin });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.channels.nameTaken' } });
    expect(value(await call<unknown[]>('listChannelConnections'))).toHaveLength(1);
    await app.close();
    expect(folderBytes(dir).includes(Buffer.from(wrong))).toBe(false);
  });

  it('keeps several channels side by side, each with its own bot and token', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const { call, app } = open();
    const shop = value(
      await call<ChannelConnection>('addChannel', { name: 'Shop', token, apiBaseUrl: sandbox.origin }),
    );
    const cafe = value(
      await call<ChannelConnection>('addChannel', {
        name: 'Cafe',
        token: otherToken,
        apiBaseUrl: sandbox.origin,
      }),
    );
    expect(cafe.bot?.displayName).toBe('Cafe Mori');
    expect(cafe.bot?.basicId).not.toBe(shop.bot?.basicId);
    expect((await app.channels.clientConfig(shop.channelId)).channelAccessToken).toBe(token);
    expect((await app.channels.clientConfig(cafe.channelId)).channelAccessToken).toBe(otherToken);
    // LINE's own hosts when none is given; the data API follows a given API origin.
    const checked = value(
      await call<{ basicId: string }>('checkChannelToken', { name: '', token, apiBaseUrl: sandbox.origin }),
    );
    expect(checked.basicId).toBe(shop.bot?.basicId);
  });

  it('renames, takes a new token or address after verifying it, and refuses another account’s token', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const { call, app, dir } = open();
    const shop = value(
      await call<ChannelConnection>('addChannel', { name: 'Shop', token, apiBaseUrl: sandbox.origin }),
    );
    value(
      await call<ChannelConnection>('addChannel', {
        name: 'Cafe',
        token: otherToken,
        apiBaseUrl: sandbox.origin,
      }),
    );
    sandbox.log.clear();

    const renamed = value(
      await call<ChannelConnection>('updateChannel', shop.channelId, { name: 'Shop Taipei' }),
    );
    expect(renamed.name).toBe('Shop Taipei');
    expect(sandbox.log.count()).toBe(0);
    expect(await call('updateChannel', shop.channelId, { name: 'CAFE' })).toMatchObject({
      ok: false,
      error: { key: 'errors.channels.nameTaken' },
    });

    const before = app.database.db
      .prepare('SELECT secret_ref FROM channel_connections WHERE channel_id = ?')
      .get(shop.channelId) as { secret_ref: string };
    const retokened = value(await call<ChannelConnection>('updateChannel', shop.channelId, { token }));
    expect(retokened.token).toBe('readable');
    const after = app.database.db
      .prepare('SELECT secret_ref FROM channel_connections WHERE channel_id = ?')
      .get(shop.channelId) as { secret_ref: string };
    expect(after.secret_ref).not.toBe(before.secret_ref);

    const other = await call('updateChannel', shop.channelId, { token: otherToken });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.channels.otherBot' } });
    expect(JSON.stringify(other)).not.toContain(otherToken);
    expect((await app.channels.clientConfig(shop.channelId)).channelAccessToken).toBe(token);

    const moved = await call('updateChannel', shop.channelId, { apiBaseUrl: 'http://127.0.0.1:9' });
    expect(moved).toMatchObject({ ok: false, error: { key: 'errors.channels.unreachable' } });
    const verified = value(await call<ChannelConnection>('verifyChannel', shop.channelId));
    expect(verified.apiBaseUrl).toBe(sandbox.origin);
    expect(sandbox.log.count('getBotInfo')).toBe(3);

    expect(await call('updateChannel', 1, { name: 'Mine' })).toMatchObject({
      ok: false,
      error: { key: 'errors.channels.sandboxFixed' },
    });
    await app.close();
    expect(folderBytes(dir).includes(Buffer.from(otherToken))).toBe(false);
  });

  it('removes a channel with what was planned for it, never the sandbox', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const { call, app } = open();
    const shop = value(
      await call<ChannelConnection>('addChannel', { name: 'Shop', token, apiBaseUrl: sandbox.origin }),
    );
    value(
      await call('createProject', {
        channelId: shop.channelId,
        name: 'Menu',
        templateId: 'richmenu-large-4',
      }),
    );
    expect(value(await call('removeChannel', shop.channelId))).toBeUndefined();
    expect(value(await call<unknown[]>('listChannelConnections'))).toHaveLength(1);
    const projects = app.database.db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number };
    expect(projects.n).toBe(0);
    expect(await call('removeChannel', 1)).toMatchObject({
      ok: false,
      error: { key: 'errors.channels.sandboxFixed' },
    });
    expect(await call('removeChannel', shop.channelId)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('leaves the token out of campaign files, editor exports and the log', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const logged: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : String(a))).join(' '),
        );
      });
    const { call } = open();
    const shop = value(
      await call<ChannelConnection>('addChannel', { name: 'Shop', token, apiBaseUrl: sandbox.origin }),
    );
    await call('addChannel', { name: 'Shop 2', token: `${token}x`, apiBaseUrl: sandbox.origin });
    await call('updateChannel', shop.channelId, { apiBaseUrl: 'http://127.0.0.1:9' });
    await call('verifyChannel', shop.channelId);

    const file = value(await call<string>('exportCampaignFile', shop.channelId, null));
    expect(file).toContain('"channel": "Shop"');
    expect(file).not.toContain(token);
    const project = value(
      await call<Project>('createProject', {
        channelId: shop.channelId,
        name: 'Menu',
        templateId: 'richmenu-large-4',
      }),
    );
    const base = project.documents[0] as EditorDocument;
    const doc: EditorDocument = {
      ...base,
      areas: base.areas.map((area) => ({ ...area, action: { type: 'postback', data: 'buy' } })),
    };
    value(await call('saveProject', { id: project.id, documents: [doc], textRasters: [] }));
    const exported = value(
      await call<{ outDir: string }>('exportProject', { id: project.id, format: 'jpeg' }),
    );
    const files = readdirSync(exported.outDir).map((name) => readFileSync(path.join(exported.outDir, name)));
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) expect(bytes.includes(Buffer.from(token))).toBe(false);
    expect(logged.join('\n')).not.toContain(token);
    vi.restoreAllMocks();
  });

  it('asks for the token again where the shell that saved it cannot read it', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const dir = makeTempDir();
    const first = open(dir);
    value(await first.call('addChannel', { name: 'Shop', token, apiBaseUrl: sandbox.origin }));
    await first.app.close();

    // The same data folder without that key file (moved to another machine, or another user).
    const second = open(dir, path.join(makeTempDir(), 'other.key'));
    const list = value(await second.call<ChannelConnection[]>('listChannelConnections'));
    expect(list[1]?.token).toBe('unreadable');
    const verify = await second.call('verifyChannel', 2);
    expect(verify).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'errors.channels.tokenUnreadable' },
    });
    if (!verify.ok) {
      expect(verify.error.message).toContain('“Shop”');
      expect(verify.error.message).toContain('Enter the token again');
    }
    // Giving it again makes the channel whole in this shell.
    const fixed = value(await second.call<ChannelConnection>('updateChannel', 2, { token }));
    expect(fixed.token).toBe('readable');
  });

  it('names the desktop app’s safeStorage when browser mode finds a token it saved', async () => {
    const sandbox = await sandboxWithTwoAccounts();
    const dir = makeTempDir();
    // Electron's safeStorage cannot run without the Electron runtime: replaced at that boundary only.
    const secretKey = 0x5a;
    const safeStorage = {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      encryptStringAsync: (plain: string) =>
        Promise.resolve(Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ secretKey))),
      decryptStringAsync: (data: Buffer) =>
        Promise.resolve({
          result: Buffer.from(data.map((b) => b ^ secretKey)).toString('utf8'),
          shouldReEncrypt: false,
        }),
      getSelectedStorageBackend: () => 'gnome_libsecret' as const,
    };
    const desktop = open(dir, undefined, createDesktopSecretStores(dir, safeStorage));
    const added = value(
      await desktop.call<ChannelConnection>('addChannel', {
        name: 'Shop',
        token,
        apiBaseUrl: sandbox.origin,
      }),
    );
    expect(added.secretStore).toBe('safe-storage');
    await desktop.app.close();

    const browser = open(dir);
    const verify = await browser.call('verifyChannel', 2);
    expect(verify.ok).toBe(false);
    if (!verify.ok) expect(verify.error.message).toContain('the desktop app’s safeStorage');
    expect(value(await browser.call<ChannelConnection[]>('listChannelConnections'))[1]?.token).toBe(
      'unreadable',
    );
  });
});
