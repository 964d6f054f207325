// Rich menus through @line/bot-sdk: publish an editor project (a tab set is several menus linked by
// aliases), link users in bulk, and pull LINE's menus, the default and aliases, opening one as a
// project. Publishing and linking go through the outbox: the project is rendered (in memory) and
// queued as one richMenuPublish entry, users as richMenuLink entries of 500, each written in one
// transaction, and the worker holding the data folder's lease runs them (electron/sync/
// run-richmenus.ts: clone-and-replace, markers against duplicates, the 100-an-hour budget).

import { createHash, randomUUID } from 'node:crypto';
import { HTTPFetchError } from '@line/bot-sdk';
import pRetry, { AbortError } from 'p-retry';
import { ApiError, type ErrorText } from '../../shared/api/result';
import type { ExportFormat, Project } from '../../shared/editor/project';
import { richMenuDocumentFromLine, type LineRichMenu } from '../../shared/editor/line-import';
import { isUserId } from '../../shared/line/ids';
import type { SyncDiffRichMenu } from '../../shared/sync/contract';
import {
  failureHandling,
  finishedOutboxStates,
  isRichMenuEntryKind,
  type OutboxError,
} from '../../shared/sync/outbox';
import {
  bulkLinkChunks,
  richMenuChanges,
  unmarkedRichMenuName,
  type PublishReport,
  type QueuedRichMenu,
  type RichMenuLinkPayload,
  type RichMenuPublishPayload,
} from '../../shared/sync/richmenus';
import { renderStoredProject } from '../editor/export-project';
import type { RenderedRichMenu } from '../editor/export';
import { prepareAsset } from '../editor/intake';
import { createProject, getProject, saveProject, storeAsset } from '../editor/projects';
import { projectNameMaxLength } from '../../shared/editor/project';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { channelConnection, type ConnectionSources } from './connection';
import { lineFailure } from './line-errors';
import { getOutboxEntry, insertOutboxEntry, listOutbox, replacePayload } from './outbox-store';
import { publishedRichMenus, richMenuClients, type RichMenuClients } from './richmenu-rows';
import type { RichMenuHooks } from './run-richmenus';
import { drainOutbox, type OutboxWorkerOptions } from './worker';

export { publishedRichMenuId, publishedRichMenus, type PublishedMenu } from './richmenu-rows';
export type { PublishedDocument, PublishReport } from '../../shared/sync/richmenus';

export interface RichMenuRetry {
  /** Further attempts after the first (default 5). */
  readonly retries?: number;
  /** Backoff before the first retry, ms (default 1,000; tests use 0). */
  readonly minTimeout?: number;
  readonly maxTimeout?: number;
  readonly randomize?: boolean;
}

export interface RichMenuSyncOptions {
  readonly db: SqliteDatabase;
  readonly channelId: number;
  readonly sources: ConnectionSources;
  readonly retry?: RichMenuRetry;
}

// ---- LINE calls of the pull ----------------------------------------------------------------------

/** LINE's failure as an ApiError: a catalogue sentence with LINE's status and message. */
function lineError(error: unknown): ApiError {
  const { status, error: text } = lineFailure(error);
  const code =
    status === 404
      ? 'not-found'
      : status !== undefined && status < 500 && status !== 429
        ? 'conflict'
        : 'unavailable';
  return outboxApiError(code, text);
}

/** An outbox entry's error as an ApiError, LINE's details as sentences of their own. */
function outboxApiError(code: ApiError['code'], text: OutboxError): ApiError {
  const details: ErrorText[] = (text.details ?? []).map((d) => ({
    key: 'errors.richMenus.lineDetail' as const,
    params: { property: d.property ?? '', message: d.message },
  }));
  return new ApiError(code, { key: text.key, ...(text.params ? { params: text.params } : {}) }, details);
}

/** A call with backoff: 5xx, 429, timeouts and lost connections are tried again, refusals are not. */
function withRetries<T>(retry: RichMenuRetry | undefined, call: () => Promise<T>): Promise<T> {
  return pRetry(
    async () => {
      try {
        return await call();
      } catch (error) {
        const failure = lineFailure(error);
        if (failureHandling(failure.status, failure.error.lineMessage) === 'refused')
          throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        throw error instanceof Error ? error : new Error(String(error));
      }
    },
    {
      retries: retry?.retries ?? 5,
      minTimeout: retry?.minTimeout ?? 1000,
      maxTimeout: retry?.maxTimeout ?? 60_000,
      randomize: retry?.randomize ?? true,
    },
  ).catch((error: unknown) => {
    throw error instanceof ApiError ? error : lineError(error);
  });
}

async function defaultRichMenuId(
  clients: RichMenuClients,
  retry: RichMenuRetry | undefined,
): Promise<string | null> {
  try {
    return (await withRetries(retry, () => clients.api.getDefaultRichMenuId())).richMenuId;
  } catch (error) {
    // 404: the channel has no default menu.
    if (error instanceof ApiError && error.code === 'not-found') return null;
    if (error instanceof HTTPFetchError && error.status === 404) return null;
    throw error;
  }
}

// ---- Queueing ------------------------------------------------------------------------------------

function contentHash(menu: RenderedRichMenu): string {
  return createHash('sha256')
    .update(JSON.stringify(menu.richMenu))
    .update('\0')
    .update(menu.image.name)
    .update('\0')
    .update(menu.image.bytes)
    .digest('hex');
}

function requireRichMenuProject(project: Project): void {
  if (project.kind !== 'richmenu')
    throw new ApiError('invalid-argument', {
      key: 'errors.richMenus.notRichMenu',
      params: { name: project.name },
    });
}

export interface QueuePublishOptions {
  readonly projectId: number;
  /** Make the project's first menu the channel's default (an old one that was the default moves anyway). */
  readonly setDefault?: boolean;
  /** The image format, as the export makes it (default JPEG). */
  readonly format?: ExportFormat;
}

/** The project's menus rendered as they are exported, in memory, for a richMenuPublish entry. */
export async function renderPublishPayload(
  db: SqliteDatabase,
  options: QueuePublishOptions,
): Promise<RichMenuPublishPayload> {
  const project = getProject(db, options.projectId);
  requireRichMenuProject(project);
  const rendered = await renderStoredProject(db, project.id, options.format ?? 'jpeg');
  const menus = rendered.documents
    .filter((d): d is RenderedRichMenu => d.kind === 'richmenu')
    .map((menu): QueuedRichMenu => ({
      index: menu.index,
      aliasId: menu.aliasId,
      richMenu: menu.richMenu as unknown as QueuedRichMenu['richMenu'],
      hash: contentHash(menu),
      imageType: menu.image.name.endsWith('.png') ? 'image/png' : 'image/jpeg',
      image: Buffer.from(menu.image.bytes).toString('base64'),
    }));
  return { projectId: project.id, project: project.name, setDefault: options.setDefault === true, menus };
}

/** The channel's publish of a project still waiting in the outbox, if any. */
function openPublishEntry(db: SqliteDatabase, channelId: number, projectId: number): number | undefined {
  return db
    .prepare(
      `SELECT id FROM outbox WHERE channel_id = ? AND kind = 'richMenuPublish' AND state IN ('pending', 'running')
         AND json_extract(payload, '$.projectId') = ? ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(channelId, projectId) as number | undefined;
}

/**
 * Queues a publish of the project to the channel: one outbox entry holding its rendered menus,
 * written in one transaction. A publish of the same project still waiting takes the new rendering
 * instead (and keeps an earlier --set-default). Returns the entry's id.
 */
export async function queueRichMenuPublish(
  db: SqliteDatabase,
  channelId: number,
  options: QueuePublishOptions,
): Promise<number> {
  const payload = await renderPublishPayload(db, options);
  return writeTransaction(db, () => {
    const open = openPublishEntry(db, channelId, payload.projectId);
    if (open !== undefined) {
      const before = getOutboxEntry(db, open)?.payload as unknown as RichMenuPublishPayload | undefined;
      replacePayload(db, open, { ...payload, setDefault: payload.setDefault || before?.setDefault === true });
      return open;
    }
    return insertOutboxEntry(db, {
      channelId,
      kind: 'richMenuPublish',
      campaignId: null,
      part: 0,
      payload,
      cost: 0,
      retryKey: randomUUID(),
    });
  });
}

/**
 * Queues links of users to a menu, one entry per 500 (LINE's bulk limit), in one transaction. Every
 * ID is checked first: nothing is queued while one is not a LINE user ID.
 */
export function queueRichMenuLinks(
  db: SqliteDatabase,
  channelId: number,
  link: { readonly projectId: number; readonly richMenuId: string; readonly userIds: readonly string[] },
): number[] {
  if (link.userIds.length === 0) throw new ApiError('invalid-argument', { key: 'errors.richMenus.noUsers' });
  const trimmed = link.userIds.map((id) => id.trim());
  const unique = [...new Set(trimmed)];
  const bad = unique.findIndex((id) => !isUserId(id));
  if (bad >= 0)
    throw new ApiError('invalid-argument', {
      key: 'errors.richMenus.invalidUserId',
      params: { position: trimmed.indexOf(unique[bad]!) + 1, id: unique[bad]!.slice(0, 40) },
    });
  return writeTransaction(db, () =>
    bulkLinkChunks(unique).map((userIds) =>
      insertOutboxEntry(db, {
        channelId,
        kind: 'richMenuLink',
        campaignId: null,
        part: 0,
        payload: {
          projectId: link.projectId,
          richMenuId: link.richMenuId,
          userIds,
        } satisfies RichMenuLinkPayload,
        cost: 0,
        retryKey: randomUUID(),
      }),
    ),
  );
}

/** The channel's rich-menu entries still to run, with what each changes on LINE (the diff). */
export function richMenuDiff(db: SqliteDatabase, channelId: number): SyncDiffRichMenu[] {
  const live = publishedRichMenus(db, channelId);
  const names = new Map<number, string>();
  return listOutbox(db, channelId)
    .filter((e) => isRichMenuEntryKind(e.kind) && !finishedOutboxStates.has(e.state))
    .map((e): SyncDiffRichMenu => {
      if (e.kind === 'richMenuLink') {
        const link = e.payload as unknown as RichMenuLinkPayload;
        if (!names.has(link.projectId)) {
          let name = '';
          try {
            name = getProject(db, link.projectId).name;
          } catch {
            // The project is gone; the link still names its menu.
          }
          names.set(link.projectId, name);
        }
        return {
          entryId: e.id,
          kind: 'richMenuLink',
          projectId: link.projectId,
          project: names.get(link.projectId) ?? '',
          changes: [],
          link: { users: link.userIds.length, richMenuId: link.richMenuId },
        };
      }
      const publish = e.payload as unknown as RichMenuPublishPayload;
      const mine = new Map(
        live
          .filter((m) => m.projectId === publish.projectId)
          .map((m) => [m.documentIndex, { richMenuId: m.richMenuId, hash: m.contentHash }]),
      );
      return {
        entryId: e.id,
        kind: 'richMenuPublish',
        projectId: publish.projectId,
        project: publish.project,
        changes: richMenuChanges(publish, mine),
        link: null,
      };
    });
}

// ---- Running now ---------------------------------------------------------------------------------

export interface RunNowOptions extends RichMenuSyncOptions {
  /** Worker settings (tests: the sandbox's clock, timers). */
  readonly worker?: Partial<Omit<OutboxWorkerOptions, 'db' | 'connect' | 'channelId' | 'only'>>;
}

/** Runs these entries now under the data folder's lease; each one's outcome, or why it waits. */
async function runNow(options: RunNowOptions, ids: readonly number[], hooks?: RichMenuHooks) {
  const { db, channelId, retry } = options;
  const report = await drainOutbox({
    ...options.worker,
    db,
    channelId,
    only: ids,
    connect: (id) => channelConnection(db, id, options.sources),
    ...(retry
      ? {
          retry: {
            ...(retry.retries === undefined ? {} : { retries: retry.retries }),
            ...(retry.minTimeout === undefined ? {} : { minTimeout: retry.minTimeout }),
            ...(retry.maxTimeout === undefined ? {} : { maxTimeout: retry.maxTimeout }),
            ...(retry.randomize === undefined ? {} : { randomize: retry.randomize }),
          },
        }
      : {}),
    ...(hooks ? { richMenuHooks: hooks } : {}),
  });
  if (!report.leased)
    throw new ApiError('unavailable', {
      key: 'errors.sync.leaseHeld',
      params: { holder: report.heldBy ?? '?' },
    });
  return ids.map((id) => {
    const entry = getOutboxEntry(db, id);
    if (!entry) throw new ApiError('not-found', { key: 'errors.sync.entryNotFound', params: { id } });
    if (entry.state === 'done') return entry;
    const error = entry.lastError ?? {
      key: 'errors.sync.internal' as const,
      params: { detail: entry.state },
    };
    throw outboxApiError(
      entry.state === 'pending' || entry.state === 'running' ? 'unavailable' : 'conflict',
      error,
    );
  });
}

export interface PublishOptions extends RunNowOptions, QueuePublishOptions {
  /** Called once LINE has created a menu and before that is recorded (crash tests stop there). */
  readonly afterCreate?: (richMenuId: string) => void | Promise<void>;
}

/**
 * Publishes a rich-menu project to a channel now: queued in the outbox, then run by this process's
 * worker. Throws with the entry's error when it failed or waits (it stays queued: the next publish or
 * sync carries on with it).
 */
export async function publishRichMenuProject(options: PublishOptions): Promise<PublishReport> {
  const id = await queueRichMenuPublish(options.db, options.channelId, options);
  const [entry] = await runNow(
    options,
    [id],
    options.afterCreate ? { afterCreate: options.afterCreate } : undefined,
  );
  return entry!.result as PublishReport;
}

export interface LinkUsersOptions extends RunNowOptions {
  readonly richMenuId: string;
  readonly userIds: readonly string[];
  /** The project the menu is (default: none recorded). */
  readonly projectId?: number;
}

/** Links users to a menu now, 500 a call (LINE's bulk limit), through the outbox. */
export async function linkRichMenuToUsers(options: LinkUsersOptions): Promise<{ calls: number }> {
  const ids = queueRichMenuLinks(options.db, options.channelId, {
    projectId: options.projectId ?? 0,
    richMenuId: options.richMenuId,
    userIds: options.userIds,
  });
  await runNow(options, ids);
  return { calls: ids.length };
}

// ---- Pulling -------------------------------------------------------------------------------------

export interface PulledRichMenu extends LineRichMenu {
  readonly isDefault: boolean;
  /** The aliases naming it. */
  readonly aliases: readonly string[];
  /** The local project it is, when it was published from or pulled into one. */
  readonly projectId: number | null;
}

export interface RichMenuPull {
  readonly menus: readonly PulledRichMenu[];
  readonly defaultRichMenuId: string | null;
  readonly aliases: readonly { readonly richMenuAliasId: string; readonly richMenuId: string }[];
}

/** LINE's rich menus of a channel, with the default and the aliases, and which project each one is. */
export async function pullRichMenus(options: RichMenuSyncOptions): Promise<RichMenuPull> {
  const { db, channelId, retry } = options;
  const clients = richMenuClients(await channelConnection(db, channelId, options.sources));
  const { richmenus } = await withRetries(retry, () => clients.api.getRichMenuList());
  const { aliases } = await withRetries(retry, () => clients.api.getRichMenuAliasList());
  const defaultId = await defaultRichMenuId(clients, retry);
  const known = new Map(publishedRichMenus(db, channelId).map((m) => [m.richMenuId, m.projectId]));
  return {
    menus: richmenus.map((m) => ({
      richMenuId: m.richMenuId,
      size: { width: m.size.width ?? 0, height: m.size.height ?? 0 },
      selected: m.selected,
      name: m.name,
      chatBarText: m.chatBarText,
      areas: m.areas.map((a) => ({
        bounds: {
          x: a.bounds?.x ?? 0,
          y: a.bounds?.y ?? 0,
          width: a.bounds?.width ?? 0,
          height: a.bounds?.height ?? 0,
        },
        action: (a.action ?? { type: '' }) as unknown as Record<string, unknown>,
      })),
      isDefault: m.richMenuId === defaultId,
      aliases: aliases.filter((a) => a.richMenuId === m.richMenuId).map((a) => a.richMenuAliasId),
      projectId: known.get(m.richMenuId) ?? null,
    })),
    defaultRichMenuId: defaultId,
    aliases: aliases.map((a) => ({ richMenuAliasId: a.richMenuAliasId, richMenuId: a.richMenuId })),
  };
}

async function readStream(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Uint8Array));
  return Buffer.concat(parts);
}

export interface ImportedMenuProject {
  readonly project: Project;
  /** Areas whose action the editor does not know (they came without one). */
  readonly unknownActions: readonly { readonly area: number; readonly type: string }[];
}

/**
 * Opens a menu pulled from LINE as a project of the channel: its image (downloaded) as the
 * background, its areas as tap areas. Recorded as the menu's project, so publishing it replaces
 * the menu on LINE.
 */
export async function importRichMenu(
  options: RichMenuSyncOptions & { readonly menu: PulledRichMenu },
): Promise<ImportedMenuProject> {
  const { db, channelId, retry, menu } = options;
  const clients = richMenuClients(await channelConnection(db, channelId, options.sources));
  let bytes: Buffer;
  try {
    bytes = await withRetries(retry, async () =>
      readStream(await clients.blob.getRichMenuImage(menu.richMenuId)),
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found')
      throw new ApiError('not-found', {
        key: 'errors.richMenus.imageMissing',
        params: { id: menu.richMenuId },
      });
    throw error;
  }
  const fileName = `${menu.richMenuId}.${bytes[0] === 0x89 ? 'png' : 'jpg'}`;
  const asset = await prepareAsset(bytes, fileName, { expect: 'image' });
  const name = unmarkedRichMenuName(menu.name).trim();
  const projectName =
    Array.from(name).slice(0, projectNameMaxLength).join('').trim() ||
    `Rich menu ${menu.richMenuId.slice(9, 17)}`;
  return writeTransaction(db, () => {
    const created = createProject(db, {
      channelId,
      name: projectName,
      custom: { kind: 'richmenu', size: menu.size, spec: '1 / 1' },
    });
    const info = storeAsset(db, created.id, asset, fileName);
    const imported = richMenuDocumentFromLine(
      menu,
      { assetId: info.assetId, natural: info.natural },
      { name, aliasId: menu.aliases[0] ?? null, templateId: created.templateId },
    );
    saveProject(db, { id: created.id, documents: [imported.document] });
    db.prepare(
      `INSERT INTO rich_menus (channel_id, project_id, document_index, marker, rich_menu_id, state)
       VALUES (?, ?, 0, ?, ?, 'live')
       ON CONFLICT (channel_id, rich_menu_id) WHERE rich_menu_id IS NOT NULL
       DO UPDATE SET project_id = excluded.project_id, document_index = 0, state = 'live'`,
    ).run(channelId, created.id, `line:${menu.richMenuId}`, menu.richMenuId);
    return { project: getProject(db, created.id), unknownActions: imported.unknownActions };
  });
}

/** Pulls and opens every menu on LINE that no local project is yet, as a project each. */
export async function pullRichMenusIntoProjects(
  options: RichMenuSyncOptions,
): Promise<{ pull: RichMenuPull; imported: ImportedMenuProject[] }> {
  const pull = await pullRichMenus(options);
  const imported: ImportedMenuProject[] = [];
  for (const menu of pull.menus) {
    if (menu.projectId !== null) continue;
    imported.push(await importRichMenu({ ...options, menu }));
  }
  return { pull, imported };
}
