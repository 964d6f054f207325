// Rich menus as outbox entries, with the real SDK against the LINE sandbox: a publish queued (while
// nothing runs) shows in the diff as menus to create, then to replace after an edit, and a push runs
// it; LINE's 100-an-hour limit on creating and deleting menus is kept by a local budget per channel,
// and a publish over it waits, saying when it may go on, then finishes without a duplicate.

import { describe, expect, it } from 'vitest';
import { createProject, getProject, saveProject } from '../../../electron/editor/projects';
import { createSyncHandlers, createSyncEngine } from '../../../electron/sync/handlers';
import { getOutboxEntry, listOutbox } from '../../../electron/sync/outbox-store';
import { spendBudget } from '../../../electron/sync/pull';
import {
  publishRichMenuProject,
  publishedRichMenuId,
  queueRichMenuPublish,
  richMenuDiff,
} from '../../../electron/sync/richmenus';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { ApiError } from '../../../shared/api/result';
import type { RichMenuDocument } from '../../../shared/editor/document';
import type { PublishReport } from '../../../shared/sync/richmenus';
import { syncFixture } from './helpers';

const channelId = 1;
const hourMs = 3_600_000;

function menuProject(db: SqliteDatabase, name: string, tabs = 1, background = '#e8f0ff'): number {
  const project = createProject(db, { channelId, name, templateId: 'richmenu-compact-2@1200x405' });
  const base = project.documents[0] as RichMenuDocument;
  const documents = Array.from({ length: tabs }, (_, i): RichMenuDocument => ({
    ...base,
    background,
    richMenu: {
      ...base.richMenu,
      name: `${name} ${String(i + 1)}`,
      chatBarText: 'Menu',
      aliasId: tabs > 1 ? `tab-${String(i)}` : 'main',
    },
    areas: base.areas.map((area, a) => ({
      ...area,
      action: { type: 'postback', data: `menu-${String(i)}-area-${String(a)}`, displayText: 'OK' },
    })),
  }));
  saveProject(db, { id: project.id, documents });
  return project.id;
}

function recolour(db: SqliteDatabase, projectId: number, background: string): void {
  const project = getProject(db, projectId);
  saveProject(db, {
    id: projectId,
    documents: project.documents.map((d) => ({ ...(d as RichMenuDocument), background })),
  });
}

async function fixture() {
  const sync = await syncFixture();
  const { db } = sync.database;
  const sources = {
    sandbox: {
      connection: () => Promise.resolve({ origin: sync.sandbox.origin, token: sync.sandbox.token }),
    },
  };
  const engine = createSyncEngine({
    database: sync.database,
    emit: () => undefined,
    sources,
    now: () => sync.sandbox.clock.now(),
    worker: { retry: { minTimeout: 0, maxTimeout: 0, randomize: false }, timer: sync.sandbox.clock },
  });
  const handlers = createSyncHandlers({ database: sync.database, sync: engine });
  return { ...sync, db, sources, handlers };
}

describe('rich menus through the outbox', { timeout: 60_000 }, () => {
  it('a queued publish shows in the diff as menus to create, then to replace, and a push runs it', async () => {
    const { sandbox, db, handlers } = await fixture();
    const projectId = menuProject(db, 'Winter', 2);
    const entryId = await queueRichMenuPublish(db, channelId, { projectId, setDefault: true });
    expect(sandbox.log.count('createRichMenu')).toBe(0);

    const diff = await handlers.syncDiff(channelId);
    expect(diff.waiting).toEqual([]);
    expect(diff.richMenus).toEqual([
      expect.objectContaining({
        entryId,
        kind: 'richMenuPublish',
        project: 'Winter',
        changes: [
          expect.objectContaining({ documentIndex: 0, name: 'Winter 1', action: 'create', replaces: null }),
          expect.objectContaining({ documentIndex: 1, name: 'Winter 2', action: 'create', replaces: null }),
        ],
      }),
    ]);
    // The diff changed nothing on LINE.
    expect(sandbox.log.count('createRichMenu')).toBe(0);

    const pushed = await handlers.pushChannel(channelId);
    expect(pushed.done).toEqual([entryId]);
    expect(sandbox.channel().richMenus.list()).toHaveLength(2);
    const report = getOutboxEntry(db, entryId)!.result as PublishReport;
    expect(sandbox.channel().richMenus.defaultId()).toBe(report.documents[0]!.richMenuId);
    expect((await handlers.listOutbox(channelId))[0]).toMatchObject({
      kind: 'richMenuPublish',
      project: 'Winter',
      state: 'done',
      requestId: report.documents[0]!.richMenuId,
    });
    expect((await handlers.syncDiff(channelId)).richMenus).toEqual([]);

    // An edit: the diff names each menu it replaces.
    recolour(db, projectId, '#334455');
    await queueRichMenuPublish(db, channelId, { projectId });
    const edited = await handlers.syncDiff(channelId);
    expect(edited.richMenus[0]!.changes).toEqual([
      expect.objectContaining({ action: 'replace', replaces: report.documents[0]!.richMenuId }),
      expect.objectContaining({ action: 'replace', replaces: report.documents[1]!.richMenuId }),
    ]);
    await handlers.pushChannel(channelId);
    const menus = sandbox.channel().richMenus.list();
    expect(menus).toHaveLength(2);
    expect(menus.map((m) => m.id)).not.toContain(report.documents[0]!.richMenuId);
    expect(sandbox.channel().richMenus.defaultId()).toBe(publishedRichMenuId(db, channelId, projectId, 0));
  });

  it('a publish queued twice before it ran is one entry with the latest rendering', async () => {
    const { sandbox, db, drain } = await fixture();
    const projectId = menuProject(db, 'Twice');
    const first = await queueRichMenuPublish(db, channelId, { projectId, setDefault: true });
    recolour(db, projectId, '#aa0000');
    const second = await queueRichMenuPublish(db, channelId, { projectId });
    expect(second).toBe(first);
    expect(listOutbox(db).filter((e) => e.kind === 'richMenuPublish')).toHaveLength(1);
    await drain();
    expect(sandbox.log.count('createRichMenu')).toBe(1);
    // The earlier --set-default is kept.
    expect(sandbox.channel().richMenus.defaultId()).toBe(publishedRichMenuId(db, channelId, projectId));
  });

  it('over the 100-an-hour budget the publish waits, says until when, then goes on without a duplicate', async () => {
    const { sandbox, db, sources } = await fixture();
    const now = () => sandbox.clock.now();
    const start = now();
    // 99 creations or deletions made this hour (by this app, in any shell): one is left.
    for (let i = 0; i < 99; i++) expect(spendBudget(db, channelId, 'richMenus', start)).toBeNull();
    const projectId = menuProject(db, 'Budget', 2);
    const worker = { now, timer: sandbox.clock };
    const retry = { minTimeout: 0, maxTimeout: 0, randomize: false };

    const waiting = await publishRichMenuProject({ db, channelId, sources, retry, projectId, worker }).catch(
      (e: unknown) => e,
    );
    expect(waiting).toBeInstanceOf(ApiError);
    expect((waiting as ApiError).key).toBe('errors.sync.richMenuBudgetSpent');
    expect((waiting as ApiError).params).toEqual({ limit: 100, at: new Date(start + hourMs).toISOString() });
    expect(sandbox.log.count('createRichMenu')).toBe(1);
    const entry = listOutbox(db).find((e) => e.kind === 'richMenuPublish')!;
    expect(entry.state).toBe('pending');
    expect(richMenuDiff(db, channelId)[0]!.changes).toHaveLength(2);

    // Still within the hour: it waits again without asking LINE to create anything.
    sandbox.clock.set(start + hourMs - 1);
    await expect(
      publishRichMenuProject({ db, channelId, sources, retry, projectId, worker }),
    ).rejects.toMatchObject({ key: 'errors.sync.richMenuBudgetSpent' });
    expect(sandbox.log.count('createRichMenu')).toBe(1);

    sandbox.clock.set(start + hourMs);
    const report = await publishRichMenuProject({ db, channelId, sources, retry, projectId, worker });
    expect(sandbox.log.count('createRichMenu')).toBe(2);
    expect(
      sandbox
        .channel()
        .richMenus.list()
        .map((m) => m.id)
        .sort(),
    ).toEqual(report.documents.map((d) => d.richMenuId).sort());
    expect(getOutboxEntry(db, entry.id)?.state).toBe('done');
  });
});
