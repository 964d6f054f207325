// Rich menus through the real @line/bot-sdk against the LINE sandbox: a tab set published with its
// images, aliases and default; an edit replacing a menu (new one made, default and alias moved, old
// one deleted); a creation whose answer was lost found again instead of made twice; users linked in
// chunks of 500; a menu made elsewhere pulled into a project whose areas are LINE's.

import { messagingApi } from '@line/bot-sdk';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/result';
import type { RichMenuDocument } from '../../../shared/editor/document';
import { richMenuObject } from '../../../shared/editor/line-json';
import { richMenuMarkerOf } from '../../../shared/sync/richmenus';
import { createProject, getProject, saveProject } from '../../../electron/editor/projects';
import {
  linkRichMenuToUsers,
  publishRichMenuProject,
  publishedRichMenuId,
  pullRichMenus,
  pullRichMenusIntoProjects,
  type PublishOptions,
} from '../../../electron/sync/richmenus';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { startTestLineSandbox, type TestLineSandbox } from '../../helpers/line-sandbox';
import { openTempDatabase } from '../../helpers/temp-database';

const channelId = 1;
const retry = { minTimeout: 0, maxTimeout: 0, randomize: false };

async function fixture(friends = 200) {
  const sandbox = await startTestLineSandbox({ friends });
  const { db } = openTempDatabase();
  const sources = {
    sandbox: { connection: () => Promise.resolve({ origin: sandbox.origin, token: sandbox.token }) },
  };
  const publish = (projectId: number, options: Partial<PublishOptions> = {}) =>
    publishRichMenuProject({ db, channelId, sources, retry, projectId, ...options });
  return { sandbox, db, sources, publish };
}

/** A finished menu (or tab set): every area has an action; menu i has alias `tab-<i>` in a set. */
function menuProject(db: SqliteDatabase, name: string, tabs = 1, background = '#e8f0ff'): number {
  const project = createProject(db, { channelId, name, templateId: 'richmenu-compact-2@1200x405' });
  const base = project.documents[0] as RichMenuDocument;
  const documents = Array.from({ length: tabs }, (_, i): RichMenuDocument => {
    const aliasId = tabs > 1 ? `tab-${String(i)}` : 'main';
    return {
      ...base,
      background,
      richMenu: { ...base.richMenu, name: `${name} ${String(i + 1)}`, chatBarText: 'Menu', aliasId },
      areas: base.areas.map((area, a) => ({
        ...area,
        action:
          a === 0 && tabs > 1
            ? {
                type: 'richmenuswitch',
                richMenuAliasId: `tab-${String((i + 1) % tabs)}`,
                data: `switch-${String(i)}`,
              }
            : { type: 'postback', data: `menu-${String(i)}-area-${String(a)}`, displayText: 'OK' },
      })),
    };
  });
  saveProject(db, { id: project.id, documents });
  return project.id;
}

function editMenu(db: SqliteDatabase, projectId: number, change: Partial<RichMenuDocument>): void {
  const project = getProject(db, projectId);
  saveProject(db, {
    id: projectId,
    documents: project.documents.map((d, i) => (i === 0 ? { ...(d as RichMenuDocument), ...change } : d)),
  });
}

const lineMenus = (sandbox: TestLineSandbox) => sandbox.channel().richMenus.list();

describe('rich menus on LINE', { timeout: 60_000 }, () => {
  it('publishes a tab set: each menu with its image and alias, the first as the default', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Spring tabs', 2);

    const report = await publish(projectId, { setDefault: true });

    const menus = lineMenus(sandbox);
    expect(menus).toHaveLength(2);
    const ids = report.documents.map((d) => d.richMenuId);
    expect(menus.map((m) => m.id).sort()).toEqual([...ids].sort());
    for (const menu of menus) {
      expect(menu.image?.length).toBeGreaterThan(1000);
      expect(menu.image_type).toBe('image/jpeg');
      expect(richMenuMarkerOf(JSON.parse(menu.body).name as string)).toMatch(/^oap-[0-9a-f]{16}$/);
    }
    expect(sandbox.log.count('validateRichMenuObject')).toBe(2);
    expect(sandbox.log.count('setRichMenuImage')).toBe(2);
    const aliases = sandbox.channel().richMenus.aliases();
    expect(aliases.map((a) => [a.richMenuAliasId, a.richMenuId]).sort()).toEqual([
      ['tab-0', ids[0]],
      ['tab-1', ids[1]],
    ]);
    expect(sandbox.channel().richMenus.defaultId()).toBe(ids[0]);
    expect(report.defaultRichMenuId).toBe(ids[0]);
    expect(publishedRichMenuId(db, channelId, projectId, 0)).toBe(ids[0]);
    expect(publishedRichMenuId(db, channelId, projectId, 1)).toBe(ids[1]);

    // Nothing changed: nothing is created again.
    const again = await publish(projectId);
    expect(again.documents.every((d) => d.unchanged)).toBe(true);
    expect(again.documents.map((d) => d.richMenuId)).toEqual(ids);
    expect(sandbox.log.count('createRichMenu')).toBe(2);
    expect(lineMenus(sandbox)).toHaveLength(2);
  });

  it('replaces an edited menu: the new one becomes the default, the alias moves, the old one is deleted', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Summer');
    const first = await publish(projectId, { setDefault: true });
    const oldId = first.documents[0]!.richMenuId;

    editMenu(db, projectId, { background: '#ffcc00' });
    const second = await publish(projectId);

    const newId = second.documents[0]!.richMenuId;
    expect(newId).not.toBe(oldId);
    expect(second.documents[0]!.replaced).toBe(oldId);
    expect(second.deleted).toEqual([oldId]);
    expect(lineMenus(sandbox).map((m) => m.id)).toEqual([newId]);
    expect(sandbox.channel().richMenus.defaultId()).toBe(newId);
    expect(sandbox.channel().richMenus.alias('main')?.richMenuId).toBe(newId);
    expect(publishedRichMenuId(db, channelId, projectId)).toBe(newId);
    // The new menu had its image before the default and the alias moved to it.
    const order = sandbox.log
      .list()
      .filter(
        (e) =>
          e.requestId &&
          ['setRichMenuImage', 'updateRichMenuAlias', 'setDefaultRichMenu', 'deleteRichMenu'].includes(
            e.operationId ?? '',
          ),
      )
      .slice(-4)
      .map((e) => e.operationId);
    expect(order).toEqual([
      'setRichMenuImage',
      'updateRichMenuAlias',
      'setDefaultRichMenu',
      'deleteRichMenu',
    ]);
  });

  it('finds a creation whose answer was lost instead of creating it again, in the same run', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Lost answer');
    sandbox.faults.add({ operation: 'createRichMenu', kind: 'drop', when: 'after', times: 1 });

    const report = await publish(projectId);

    expect(sandbox.log.count('createRichMenu')).toBe(1);
    expect(lineMenus(sandbox).map((m) => m.id)).toEqual([report.documents[0]!.richMenuId]);
    expect(lineMenus(sandbox)[0]!.image).not.toBeNull();
  });

  it('after a run that lost the answer and gave up, the next run finds the menu: one menu on LINE', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Crash');
    sandbox.faults.add({ operation: 'createRichMenu', kind: 'drop', when: 'after', times: 1 });

    const failed = await publish(projectId, { retry: { ...retry, retries: 0 } }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect((failed as ApiError).key).toBe('errors.sync.lineUnreachable');
    expect(lineMenus(sandbox)).toHaveLength(1);
    expect(publishedRichMenuId(db, channelId, projectId)).toBeNull();

    const report = await publish(projectId, { setDefault: true });
    expect(sandbox.log.count('createRichMenu')).toBe(1);
    const menus = lineMenus(sandbox);
    expect(menus.map((m) => m.id)).toEqual([report.documents[0]!.richMenuId]);
    expect(menus[0]!.image).not.toBeNull();
    expect(sandbox.channel().richMenus.defaultId()).toBe(menus[0]!.id);
  });

  it('a crash right after LINE created the menu: the next run finds it by its marker', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Killed');
    const crashed = await publish(projectId, {
      afterCreate: () => {
        throw new Error('killed');
      },
    }).catch((e: unknown) => e);
    expect(crashed).toBeInstanceOf(ApiError);
    expect((crashed as ApiError).message).toContain('killed');

    await publish(projectId);
    expect(sandbox.log.count('createRichMenu')).toBe(1);
    expect(lineMenus(sandbox)).toHaveLength(1);
  });

  it('retries an image upload, an alias and a delete whose answers were lost, without harm', async () => {
    const { sandbox, db, publish } = await fixture();
    const projectId = menuProject(db, 'Flaky');
    for (const operation of ['setRichMenuImage', 'createRichMenuAlias', 'setDefaultRichMenu'])
      sandbox.faults.add({ operation, kind: 'drop', when: 'after', times: 1 });
    const first = await publish(projectId, { setDefault: true });
    const id = first.documents[0]!.richMenuId;
    expect(sandbox.log.count('setRichMenuImage')).toBe(2);
    expect(sandbox.log.count('createRichMenuAlias')).toBe(2);
    expect(sandbox.channel().richMenus.alias('main')?.richMenuId).toBe(id);
    expect(sandbox.channel().richMenus.defaultId()).toBe(id);

    editMenu(db, projectId, { background: '#102030' });
    sandbox.faults.add({ operation: 'deleteRichMenu', kind: 'error500', when: 'after', times: 1 });
    const second = await publish(projectId);
    expect(sandbox.log.count('deleteRichMenu')).toBe(2);
    expect(second.deleted).toEqual([id]);
    expect(lineMenus(sandbox).map((m) => m.id)).toEqual([second.documents[0]!.richMenuId]);
  });

  it('links 1,200 users in 3 calls of at most 500, and refuses a bad ID before any call', async () => {
    const { sandbox, db, sources, publish } = await fixture(1200);
    const projectId = menuProject(db, 'Members');
    const richMenuId = (await publish(projectId)).documents[0]!.richMenuId;
    const userIds = sandbox.channel().friends.all.map((f) => f.userId);
    expect(userIds).toHaveLength(1200);

    const refused = await linkRichMenuToUsers({
      db,
      channelId,
      sources,
      retry,
      richMenuId,
      userIds: [...userIds.slice(0, 3), 'not-a-user'],
    }).catch((e: unknown) => e);
    expect((refused as ApiError).key).toBe('errors.richMenus.invalidUserId');
    expect((refused as ApiError).params).toEqual({ position: 4, id: 'not-a-user' });
    expect(sandbox.log.count('linkRichMenuIdToUsers')).toBe(0);

    const result = await linkRichMenuToUsers({ db, channelId, sources, retry, richMenuId, userIds });
    expect(result.calls).toBe(3);
    const calls = sandbox.log.list('linkRichMenuIdToUsers');
    expect(calls.map((c) => (c.body as { userIds: string[] }).userIds.length)).toEqual([500, 500, 200]);
    expect(calls.every((c) => c.status === 202)).toBe(true);
    for (const userId of [userIds[0]!, userIds[700]!, userIds[1199]!])
      expect(sandbox.channel().richMenus.menuOfUser(userId)).toBe(richMenuId);
  });

  it('pulls a menu made elsewhere into a project whose areas are LINE’s, and publishing it replaces it', async () => {
    const { sandbox, db, sources, publish } = await fixture();
    const api = new messagingApi.MessagingApiClient(sandbox.clientConfig);
    const blob = new messagingApi.MessagingApiBlobClient(sandbox.clientConfig);
    const areas: messagingApi.RichMenuArea[] = [
      {
        bounds: { x: 0, y: 0, width: 400, height: 405 },
        action: { type: 'uri', uri: 'https://example.com/shop?a=1', label: 'Shop' } as messagingApi.Action,
      },
      {
        bounds: { x: 400, y: 0, width: 400, height: 405 },
        action: { type: 'message', text: 'Hello' } as messagingApi.Action,
      },
      {
        bounds: { x: 800, y: 0, width: 400, height: 200 },
        action: { type: 'postback', data: 'p=1', displayText: 'Points' } as messagingApi.Action,
      },
      {
        bounds: { x: 800, y: 200, width: 400, height: 205 },
        action: {
          type: 'datetimepicker',
          data: 'd',
          mode: 'date',
          initial: '2026-12-24',
        } as messagingApi.Action,
      },
    ];
    const { richMenuId } = await api.createRichMenu({
      size: { width: 1200, height: 405 },
      selected: true,
      name: 'Made in Official Account Manager',
      chatBarText: 'Tap here',
      areas,
    });
    const png = await sharp({ create: { width: 1200, height: 405, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer();
    await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(png)], { type: 'image/png' }));
    await api.setDefaultRichMenu(richMenuId);
    await api.createRichMenuAlias({ richMenuAliasId: 'home', richMenuId });

    const pulled = await pullRichMenus({ db, channelId, sources, retry });
    expect(pulled.defaultRichMenuId).toBe(richMenuId);
    expect(pulled.aliases).toEqual([{ richMenuAliasId: 'home', richMenuId }]);
    expect(pulled.menus.map((m) => [m.richMenuId, m.isDefault, m.aliases, m.projectId])).toEqual([
      [richMenuId, true, ['home'], null],
    ]);

    const { imported } = await pullRichMenusIntoProjects({ db, channelId, sources, retry });
    expect(imported).toHaveLength(1);
    expect(imported[0]!.unknownActions).toEqual([]);
    const project = imported[0]!.project;
    expect(project.name).toBe('Made in Official Account Manager');
    const doc = project.documents[0] as RichMenuDocument;
    const json = richMenuObject(doc);
    expect(json.areas).toEqual(areas);
    expect(json).toMatchObject({
      size: { width: 1200, height: 405 },
      selected: true,
      chatBarText: 'Tap here',
      name: 'Made in Official Account Manager',
    });
    expect(doc.richMenu.aliasId).toBe('home');
    expect(doc.cells).toHaveLength(1);
    expect(doc.cells[0]!.photo?.natural).toEqual({ width: 1200, height: 405 });
    expect(publishedRichMenuId(db, channelId, project.id)).toBe(richMenuId);

    // Pulled again: already a project, nothing more is imported.
    expect((await pullRichMenusIntoProjects({ db, channelId, sources, retry })).imported).toEqual([]);

    // Edited and published: the menu made elsewhere is replaced, default and alias moved.
    editMenu(db, project.id, { richMenu: { ...doc.richMenu, chatBarText: 'Open me' } });
    const report = await publish(project.id);
    const newId = report.documents[0]!.richMenuId;
    expect(report.deleted).toEqual([richMenuId]);
    expect(lineMenus(sandbox).map((m) => m.id)).toEqual([newId]);
    expect(sandbox.channel().richMenus.defaultId()).toBe(newId);
    expect(sandbox.channel().richMenus.alias('home')?.richMenuId).toBe(newId);
    const republished = await api.getRichMenu(newId);
    expect(republished.chatBarText).toBe('Open me');
    expect(republished.areas).toEqual(areas);
  });

  it('refuses to publish a rich message as a menu', async () => {
    const { db, publish, sandbox } = await fixture();
    const project = createProject(db, { channelId, name: 'Message', templateId: 'imagemap-square-1' });
    const refused = await publish(project.id).catch((e: unknown) => e);
    expect((refused as ApiError).key).toBe('errors.richMenus.notRichMenu');
    expect(sandbox.log.count()).toBe(0);
  });
});
