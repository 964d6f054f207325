// `oa-planner richmenu` through the real bundled CLI, as a child process, against a LINE sandbox on
// loopback added as a LINE channel: publish (then an edit replacing the menu), link users from a
// file, and pull a menu made elsewhere into a project, each through the outbox; a publish left
// queued listed by `sync` as the menu it replaces and run by `sync --yes`; the token is never printed.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createProject, getProject, saveProject } from '../../../electron/editor/projects';
import { openDataDirectory } from '../../../electron/storage/database';
import { queueRichMenuPublish } from '../../../electron/sync/richmenus';
import type { RichMenuDocument } from '../../../shared/editor/document';
import { runCliProcessAsync, type CliRun } from '../../helpers/cli';
import { startTestLineSandbox } from '../../helpers/line-sandbox';
import { makeTempDir } from '../../helpers/temp-dir';

const token = 'cli-richmenu-token-7d3f1a9c5e2b8d4f6a0c1e3b5d7f9a2c';

function setup() {
  const dir = makeTempDir();
  const env = { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: path.join(makeTempDir(), 'k') };
  const run = (args: readonly string[], stdin = '') =>
    runCliProcessAsync([...args, '--data-dir', dir], env, stdin);
  return { dir, run };
}

const printed = (run: CliRun) => run.stdout + run.stderr;

/** A finished one-menu project of the channel, written straight into the data folder. */
function storeProject(dir: string, channelId: number, name: string, background: string): void {
  const database = openDataDirectory(dir);
  try {
    const { db } = database;
    const existing = db.prepare('SELECT id FROM projects WHERE name = ?').get(name) as
      { id: number } | undefined;
    const project = existing
      ? getProject(db, existing.id)
      : createProject(db, { channelId, name, templateId: 'richmenu-compact-2@1200x405' });
    const base = project.documents[0] as RichMenuDocument;
    const doc: RichMenuDocument = {
      ...base,
      background,
      richMenu: { ...base.richMenu, aliasId: 'main' },
      areas: base.areas.map((a, i) => ({ ...a, action: { type: 'message', text: `area ${String(i)}` } })),
    };
    saveProject(db, { id: project.id, documents: [doc] });
  } finally {
    database.close();
  }
}

describe('oa-planner richmenu', { timeout: 90_000 }, () => {
  it('publishes a project, replaces it after an edit, links users and pulls a menu made elsewhere', async () => {
    const sandbox = await startTestLineSandbox({ token, friends: 600 });
    const { dir, run } = setup();
    const tokenFile = path.join(makeTempDir(), 'token.txt');
    writeFileSync(tokenFile, `${token}\n`);
    const added = await run([
      'channel',
      'add',
      '--name',
      'Shop',
      '--token-file',
      tokenFile,
      '--api-url',
      sandbox.origin,
      '--data-api-url',
      sandbox.origin,
    ]);
    expect(added.status).toBe(0);
    storeProject(dir, 2, 'Spring menu', '#ddeeff');

    const published = await run(['richmenu', 'publish', 'Spring menu', '--set-default']);
    expect(published.stderr).toBe('');
    expect(published.status).toBe(0);
    const menus = sandbox.channel().richMenus.list();
    expect(menus).toHaveLength(1);
    const firstId = menus[0]!.id;
    expect(published.stdout).toBe(`main: created ${firstId}\nDefault menu of "Shop": ${firstId}\n`);
    expect(sandbox.channel().richMenus.defaultId()).toBe(firstId);

    storeProject(dir, 2, 'Spring menu', '#ffeeaa');
    const replaced = await run(['richmenu', 'publish', 'Spring menu', '--json']);
    expect(replaced.status).toBe(0);
    const report = JSON.parse(replaced.stdout) as {
      documents: { richMenuId: string; replaced: string | null }[];
      defaultRichMenuId: string;
      deleted: string[];
    };
    const secondId = report.documents[0]!.richMenuId;
    expect(report.documents[0]!.replaced).toBe(firstId);
    expect(report.deleted).toEqual([firstId]);
    expect(
      sandbox
        .channel()
        .richMenus.list()
        .map((m) => m.id),
    ).toEqual([secondId]);
    expect(sandbox.channel().richMenus.defaultId()).toBe(secondId);
    expect(sandbox.channel().richMenus.alias('main')?.richMenuId).toBe(secondId);

    const users = sandbox.channel().friends.all.map((f) => f.userId);
    const usersFile = path.join(makeTempDir(), 'users.txt');
    writeFileSync(usersFile, `${users.join('\n')}\n`);
    const linked = await run(['richmenu', 'link', 'Spring menu', '--users-file', usersFile]);
    expect(linked.stdout).toBe(`Linked 600 users to ${secondId} in 2 calls.\n`);
    expect(sandbox.log.count('linkRichMenuIdToUsers')).toBe(2);

    // A menu made in Official Account Manager.
    const api = new messagingApi.MessagingApiClient(sandbox.clientConfig);
    const blob = new messagingApi.MessagingApiBlobClient(sandbox.clientConfig);
    const { richMenuId: elsewhere } = await api.createRichMenu({
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'Autumn',
      chatBarText: 'Autumn',
      areas: [
        {
          bounds: { x: 0, y: 0, width: 2500, height: 843 },
          action: { type: 'uri', uri: 'https://example.com/' } as messagingApi.Action,
        },
      ],
    });
    const png = await sharp({ create: { width: 2500, height: 843, channels: 3, background: '#aa5500' } })
      .png()
      .toBuffer();
    await blob.setRichMenuImage(elsewhere, new Blob([new Uint8Array(png)], { type: 'image/png' }));

    const pulled = await run(['richmenu', 'pull', '--channel', 'Shop']);
    expect(pulled.stderr).toBe('');
    expect(pulled.status).toBe(0);
    const lines = pulled.stdout.trim().split('\n').sort();
    expect(lines).toHaveLength(2);
    expect(pulled.stdout).toContain(
      `${secondId}  "Spring menu"  1200×405, default, aliases: main  — project 1`,
    );
    expect(pulled.stdout).toMatch(
      new RegExp(`${elsewhere}  "Autumn"  2500×843  — opened as project \\d+ "Autumn"`),
    );
    const again = await run(['richmenu', 'pull', '--channel', 'Shop', '--json']);
    const json = JSON.parse(again.stdout) as { menus: { projectId: number | null }[]; opened: unknown[] };
    expect(json.opened).toEqual([]);
    expect(json.menus.every((m) => m.projectId !== null)).toBe(true);

    // Every publish and link went through the outbox.
    const kinds = (() => {
      const database = openDataDirectory(dir);
      try {
        return database.db.prepare('SELECT kind, state FROM outbox ORDER BY id').all();
      } finally {
        database.close();
      }
    })();
    expect(kinds).toEqual([
      { kind: 'richMenuPublish', state: 'done' },
      { kind: 'richMenuPublish', state: 'done' },
      { kind: 'richMenuLink', state: 'done' },
      { kind: 'richMenuLink', state: 'done' },
    ]);

    // A publish left queued: `sync` lists the menu it replaces and sends nothing; --yes runs it.
    storeProject(dir, 2, 'Spring menu', '#123456');
    const database = openDataDirectory(dir);
    try {
      await queueRichMenuPublish(database.db, 2, { projectId: 1 });
    } finally {
      database.close();
    }
    const diff = await run(['sync', '--channel', 'Shop']);
    expect(diff.status).toBe(2);
    expect(diff.stdout).toContain(`Spring menu: menu “Spring menu” replaces ${secondId}`);
    expect(
      sandbox
        .channel()
        .richMenus.list()
        .map((m) => m.id),
    ).toContain(secondId);
    const synced = await run(['sync', '--channel', 'Shop', '--yes']);
    expect(synced.status).toBe(0);
    expect(synced.stdout).toMatch(/Spring menu — richMenuPublish, 0 messages — done, request ID /);
    expect(
      sandbox
        .channel()
        .richMenus.list()
        .map((m) => m.id),
    ).not.toContain(secondId);

    const notMenu = await run(['richmenu', 'publish', 'No such project']);
    expect(notMenu.status).toBe(1);

    for (const result of [added, published, replaced, linked, pulled, again, diff, synced, notMenu])
      expect(printed(result)).not.toContain(token);
  });
});
