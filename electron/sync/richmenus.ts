// Rich menus through @line/bot-sdk: publish an editor project (a tab set is several menus linked by
// aliases), link users in bulk, and pull LINE's menus, the default and aliases, opening one as a
// project. LINE cannot replace a menu's image, so an edit is clone-and-replace: the new menu is
// created and given its image, the aliases and the default move to it, then the old one is deleted.
//
// Creation takes no retry key. Each menu's marker (shared/sync/richmenus.ts) is stored in
// rich_menus before the request leaves; any later attempt, in this run or after a crash, first reads
// LINE's menu list for it, so a creation whose answer was lost is found instead of made twice.

import { createHash, randomBytes } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import pRetry, { AbortError } from 'p-retry';
import { ApiError } from '../../shared/api/result';
import type { ExportFormat, Project } from '../../shared/editor/project';
import { richMenuDocumentFromLine, type LineRichMenu } from '../../shared/editor/line-import';
import { lineErrorMessages } from '../../shared/line/errors';
import { isUserId } from '../../shared/line/ids';
import { failureHandling } from '../../shared/sync/outbox';
import {
  bulkLinkChunks,
  markedRichMenuName,
  richMenuMarker,
  richMenuMarkerOf,
  unmarkedRichMenuName,
} from '../../shared/sync/richmenus';
import { renderStoredProject } from '../editor/export-project';
import type { RenderedRichMenu } from '../editor/export';
import { prepareAsset } from '../editor/intake';
import { createProject, getProject, saveProject, storeAsset } from '../editor/projects';
import { projectNameMaxLength } from '../../shared/editor/project';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import { channelConnection, type ChannelConnection, type ConnectionSources } from './connection';
import { lineFailure } from './line-errors';

type RowState = 'creating' | 'created' | 'uploaded' | 'live' | 'retired';

interface RichMenuRow {
  readonly id: number;
  readonly channel_id: number;
  readonly project_id: number | null;
  readonly document_index: number;
  readonly marker: string;
  readonly content_hash: string | null;
  readonly rich_menu_id: string | null;
  readonly state: RowState;
}

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

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

// ---- LINE clients and calls ----------------------------------------------------------------------

interface Clients {
  readonly api: messagingApi.MessagingApiClient;
  readonly blob: messagingApi.MessagingApiBlobClient;
}

function clientsFor(connection: ChannelConnection): Clients {
  return {
    api: new messagingApi.MessagingApiClient({
      channelAccessToken: connection.token,
      baseURL: connection.apiBaseUrl,
    }),
    blob: new messagingApi.MessagingApiBlobClient({
      channelAccessToken: connection.token,
      baseURL: connection.dataApiBaseUrl,
    }),
  };
}

/** LINE's failure as an ApiError: a catalogue sentence with LINE's status and message. */
function lineError(error: unknown): ApiError {
  const { status, error: text } = lineFailure(error);
  const details = (text.details ?? []).map((d) => ({
    key: 'errors.richMenus.lineDetail' as const,
    params: { property: d.property ?? '', message: d.message },
  }));
  const code =
    status === 404
      ? 'not-found'
      : status !== undefined && status < 500 && status !== 429
        ? 'conflict'
        : 'unavailable';
  return new ApiError(code, { key: text.key, ...(text.params ? { params: text.params } : {}) }, details);
}

const isStatus = (error: unknown, status: number, message?: string): boolean =>
  error instanceof HTTPFetchError &&
  error.status === status &&
  (message === undefined || error.body.includes(message));

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

// ---- Local records -------------------------------------------------------------------------------

const rowColumns = 'id, channel_id, project_id, document_index, marker, content_hash, rich_menu_id, state';

function rowsOf(db: SqliteDatabase, channelId: number, projectId: number): RichMenuRow[] {
  return db
    .prepare(
      `SELECT ${rowColumns} FROM rich_menus WHERE channel_id = ? AND project_id = ? ORDER BY document_index, id`,
    )
    .all(channelId, projectId) as RichMenuRow[];
}

function setRow(
  db: SqliteDatabase,
  id: number,
  change: { readonly state: RowState; readonly richMenuId?: string },
): void {
  if (change.richMenuId === undefined)
    db.prepare(`UPDATE rich_menus SET state = ?, updated_at = ${now} WHERE id = ?`).run(change.state, id);
  else
    db.prepare(`UPDATE rich_menus SET state = ?, rich_menu_id = ?, updated_at = ${now} WHERE id = ?`).run(
      change.state,
      change.richMenuId,
      id,
    );
}

/** The richMenuId LINE holds for a published document, or null before it is published. */
export function publishedRichMenuId(
  db: SqliteDatabase,
  channelId: number,
  projectId: number,
  documentIndex = 0,
): string | null {
  const row = db
    .prepare(
      `SELECT rich_menu_id FROM rich_menus WHERE channel_id = ? AND project_id = ? AND document_index = ? AND state = 'live'`,
    )
    .get(channelId, projectId, documentIndex) as { rich_menu_id: string } | undefined;
  return row?.rich_menu_id ?? null;
}

export interface PublishedMenu {
  readonly documentIndex: number;
  readonly richMenuId: string;
  readonly projectId: number | null;
}

/** Every live menu of a channel, as recorded here. */
export function publishedRichMenus(db: SqliteDatabase, channelId: number): PublishedMenu[] {
  const rows = db
    .prepare(
      `SELECT project_id, document_index, rich_menu_id FROM rich_menus WHERE channel_id = ? AND state = 'live' ORDER BY id`,
    )
    .all(channelId) as { project_id: number | null; document_index: number; rich_menu_id: string }[];
  return rows.map((r) => ({
    documentIndex: r.document_index,
    richMenuId: r.rich_menu_id,
    projectId: r.project_id,
  }));
}

// ---- Publishing ----------------------------------------------------------------------------------

export interface PublishOptions extends RichMenuSyncOptions {
  readonly projectId: number;
  /** Make the project's first menu the channel's default (an old one that was the default moves anyway). */
  readonly setDefault?: boolean;
  /** The image format, as the export makes it (default JPEG). */
  readonly format?: ExportFormat;
  /** Called once LINE has created a menu and before that is recorded (crash tests stop there). */
  readonly afterCreate?: (richMenuId: string) => void | Promise<void>;
}

export interface PublishedDocument {
  readonly documentIndex: number;
  readonly richMenuId: string;
  readonly aliasId: string | null;
  /** The menu it replaced on LINE, or null for a first publish. */
  readonly replaced: string | null;
  /** Nothing changed since the last publish: LINE was left as it was. */
  readonly unchanged: boolean;
}

export interface PublishReport {
  readonly documents: readonly PublishedDocument[];
  /** The channel's default menu afterwards (null when it has none). */
  readonly defaultRichMenuId: string | null;
  /** Old menus deleted on LINE in this run. */
  readonly deleted: readonly string[];
}

function contentHash(menu: RenderedRichMenu): string {
  return createHash('sha256')
    .update(JSON.stringify(menu.richMenu))
    .update('\0')
    .update(menu.image.name)
    .update('\0')
    .update(menu.image.bytes)
    .digest('hex');
}

const imageMime = (menu: RenderedRichMenu): string =>
  menu.image.name.endsWith('.png') ? 'image/png' : 'image/jpeg';

async function defaultRichMenuId(clients: Clients, retry: RichMenuRetry | undefined): Promise<string | null> {
  try {
    return (await withRetries(retry, () => clients.api.getDefaultRichMenuId())).richMenuId;
  } catch (error) {
    // 404: the channel has no default menu.
    if (error instanceof ApiError && error.code === 'not-found') return null;
    throw error;
  }
}

/** The menu LINE holds with this marker in its name, if any (the answer to a lost creation). */
async function findByMarker(
  clients: Clients,
  retry: RichMenuRetry | undefined,
  marker: string,
): Promise<string | null> {
  const { richmenus } = await withRetries(retry, () => clients.api.getRichMenuList());
  return richmenus.find((m) => richMenuMarkerOf(m.name) === marker)?.richMenuId ?? null;
}

/** Deletes a menu; one LINE no longer has counts as deleted. */
async function deleteOnLine(
  clients: Clients,
  retry: RichMenuRetry | undefined,
  richMenuId: string,
): Promise<void> {
  await withRetries(retry, () =>
    clients.api.deleteRichMenu(richMenuId).catch((error: unknown) => {
      if (isStatus(error, 404)) return {};
      throw error;
    }),
  );
}

/** Retired menus of the channel (replaced ones, and unfinished creations left behind) deleted on LINE. */
async function deleteRetired(
  db: SqliteDatabase,
  channelId: number,
  clients: Clients,
  retry: RichMenuRetry | undefined,
): Promise<string[]> {
  const retired = db
    .prepare(`SELECT ${rowColumns} FROM rich_menus WHERE channel_id = ? AND state = 'retired' ORDER BY id`)
    .all(channelId) as RichMenuRow[];
  const deleted: string[] = [];
  for (const row of retired) {
    const richMenuId = row.rich_menu_id ?? (await findByMarker(clients, retry, row.marker));
    if (richMenuId !== null) {
      await deleteOnLine(clients, retry, richMenuId);
      deleted.push(richMenuId);
    }
    db.prepare('DELETE FROM rich_menus WHERE id = ?').run(row.id);
  }
  return deleted;
}

function requireRichMenuProject(project: Project): void {
  if (project.kind !== 'richmenu')
    throw new ApiError('invalid-argument', {
      key: 'errors.richMenus.notRichMenu',
      params: { name: project.name },
    });
}

/**
 * Publishes a rich-menu project to a channel: every menu validated by LINE first (nothing is created
 * while one is refused), then each new or changed menu created (or found again by its marker) and
 * given its image, the aliases created or moved, the default moved (or set), the old menus deleted.
 */
export async function publishRichMenuProject(options: PublishOptions): Promise<PublishReport> {
  const { db, channelId, retry } = options;
  const project = getProject(db, options.projectId);
  requireRichMenuProject(project);
  const rendered = await renderStoredProject(db, project.id, options.format ?? 'jpeg');
  const menus = rendered.documents.filter((d): d is RenderedRichMenu => d.kind === 'richmenu');
  const clients = clientsFor(await channelConnection(db, channelId, options.sources));

  // What each menu needs: the live one kept, an unfinished creation resumed, or a new one.
  const rows = rowsOf(db, channelId, project.id);
  const plans = menus.map((menu) => {
    const hash = contentHash(menu);
    const live = rows.find((r) => r.document_index === menu.index && r.state === 'live');
    const pending = rows.find(
      (r) => r.document_index === menu.index && ['creating', 'created', 'uploaded'].includes(r.state),
    );
    return { menu, hash, live, pending: pending?.content_hash === hash ? pending : undefined };
  });

  // An unfinished creation of content that has changed since is deleted with the replaced menus.
  writeTransaction(db, () => {
    for (const row of rows) {
      if (!['creating', 'created', 'uploaded'].includes(row.state)) continue;
      if (!plans.some((p) => p.pending?.id === row.id)) setRow(db, row.id, { state: 'retired' });
    }
  });

  const changed = plans.filter((p) => p.live?.content_hash !== p.hash);
  for (const plan of changed) {
    // Validated as it will be sent: a marker of the same length makes the name as long.
    const body = {
      ...plan.menu.richMenu,
      name: markedRichMenuName(plan.menu.richMenu.name, 'oap-0000000000000000'),
    };
    await withRetries(retry, () =>
      clients.api.validateRichMenuObject(body as unknown as messagingApi.RichMenuRequest),
    );
  }

  // Create (or find again) and upload each changed menu.
  const created = new Map<number, string>();
  for (const plan of changed) {
    let row = plan.pending;
    if (!row) {
      const marker = richMenuMarker(randomBytes(8));
      const info = db
        .prepare(
          `INSERT INTO rich_menus (channel_id, project_id, document_index, marker, content_hash, state)
           VALUES (?, ?, ?, ?, ?, 'creating')`,
        )
        .run(channelId, project.id, plan.menu.index, marker, plan.hash);
      row = db
        .prepare(`SELECT ${rowColumns} FROM rich_menus WHERE id = ?`)
        .get(Number(info.lastInsertRowid)) as RichMenuRow;
    }
    const marker = row.marker;
    let richMenuId = row.rich_menu_id;
    if (richMenuId === null) {
      const body = { ...plan.menu.richMenu, name: markedRichMenuName(plan.menu.richMenu.name, marker) };
      // Every attempt reads LINE's list first: an earlier attempt whose answer was lost may have made it.
      richMenuId = await withRetries(retry, async () => {
        const { richmenus } = await clients.api.getRichMenuList();
        const found = richmenus.find((m) => richMenuMarkerOf(m.name) === marker);
        if (found) return found.richMenuId;
        return (await clients.api.createRichMenu(body as unknown as messagingApi.RichMenuRequest)).richMenuId;
      });
      await options.afterCreate?.(richMenuId);
      setRow(db, row.id, { state: 'created', richMenuId });
      row = { ...row, rich_menu_id: richMenuId, state: 'created' };
    }
    if (row.state === 'created') {
      const image = new Blob([new Uint8Array(plan.menu.image.bytes)], { type: imageMime(plan.menu) });
      const id = richMenuId;
      await withRetries(retry, () =>
        clients.blob.setRichMenuImage(id, image).catch((error: unknown) => {
          // A retried upload whose first answer was lost: the image is there.
          if (isStatus(error, 400, lineErrorMessages.imageAlreadySet)) return {};
          throw error;
        }),
      );
      setRow(db, row.id, { state: 'uploaded' });
    }
    created.set(plan.menu.index, richMenuId);
  }

  const targetOf = (index: number): string | undefined =>
    created.get(index) ?? plans.find((p) => p.menu.index === index)?.live?.rich_menu_id ?? undefined;

  // Aliases: created, or moved to the new menu.
  const { aliases } = await withRetries(retry, () => clients.api.getRichMenuAliasList());
  const aliasTargets = new Map(aliases.map((a) => [a.richMenuAliasId, a.richMenuId]));
  for (const plan of plans) {
    const aliasId = plan.menu.aliasId;
    const target = targetOf(plan.menu.index);
    if (!aliasId || target === undefined || aliasTargets.get(aliasId) === target) continue;
    const update = () => clients.api.updateRichMenuAlias(aliasId, { richMenuId: target });
    await withRetries(retry, () =>
      aliasTargets.has(aliasId)
        ? update()
        : clients.api
            .createRichMenuAlias({ richMenuAliasId: aliasId, richMenuId: target })
            .catch((error: unknown) => {
              // Made by an attempt whose answer was lost: move it instead.
              if (isStatus(error, 400, lineErrorMessages.aliasConflict)) return update();
              throw error;
            }),
    );
    aliasTargets.set(aliasId, target);
  }

  // The default: moved from a replaced menu to its replacement, or set when asked.
  const currentDefault = await defaultRichMenuId(clients, retry);
  let newDefault = currentDefault;
  const replacedDefault =
    currentDefault === null ? undefined : changed.find((p) => p.live?.rich_menu_id === currentDefault);
  if (replacedDefault) newDefault = targetOf(replacedDefault.menu.index) ?? newDefault;
  if (options.setDefault) newDefault = targetOf(0) ?? newDefault;
  if (newDefault !== null && newDefault !== currentDefault) {
    const id = newDefault;
    await withRetries(retry, () => clients.api.setDefaultRichMenu(id));
  }

  // The new menus take over; the ones they replace (and menus of documents no longer in the set) retire.
  writeTransaction(db, () => {
    for (const row of rowsOf(db, channelId, project.id)) {
      const plan = plans.find((p) => p.menu.index === row.document_index);
      if (row.state === 'uploaded' && plan && created.get(plan.menu.index) === row.rich_menu_id)
        setRow(db, row.id, { state: 'live' });
      else if (row.state === 'live' && (!plan || created.has(plan.menu.index)))
        setRow(db, row.id, { state: 'retired' });
    }
  });

  // Aliases still naming a retired menu go with it (LINE would leave them pointing at nothing).
  const retiredIds = new Set(
    (
      db
        .prepare(`SELECT rich_menu_id FROM rich_menus WHERE channel_id = ? AND state = 'retired'`)
        .all(channelId) as { rich_menu_id: string | null }[]
    ).flatMap((r) => (r.rich_menu_id ? [r.rich_menu_id] : [])),
  );
  for (const [aliasId, target] of aliasTargets) {
    if (!retiredIds.has(target)) continue;
    await withRetries(retry, () =>
      clients.api.deleteRichMenuAlias(aliasId).catch((error: unknown) => {
        if (isStatus(error, 400) || isStatus(error, 404)) return {};
        throw error;
      }),
    );
  }
  const deleted = await deleteRetired(db, channelId, clients, retry);

  return {
    documents: plans.map((plan) => ({
      documentIndex: plan.menu.index,
      richMenuId: targetOf(plan.menu.index) ?? '',
      aliasId: plan.menu.aliasId,
      replaced: created.has(plan.menu.index) ? (plan.live?.rich_menu_id ?? null) : null,
      unchanged: !created.has(plan.menu.index),
    })),
    defaultRichMenuId: newDefault,
    deleted,
  };
}

// ---- Linking users -------------------------------------------------------------------------------

export interface LinkUsersOptions extends RichMenuSyncOptions {
  readonly richMenuId: string;
  readonly userIds: readonly string[];
}

/** Links users to a menu, 500 a call (LINE's bulk limit). Every ID is checked before any call. */
export async function linkRichMenuToUsers(options: LinkUsersOptions): Promise<{ calls: number }> {
  const { db, channelId, retry, richMenuId } = options;
  if (options.userIds.length === 0)
    throw new ApiError('invalid-argument', { key: 'errors.richMenus.noUsers' });
  const unique = [...new Set(options.userIds.map((id) => id.trim()))];
  const bad = unique.findIndex((id) => !isUserId(id));
  if (bad >= 0)
    throw new ApiError('invalid-argument', {
      key: 'errors.richMenus.invalidUserId',
      params: {
        position: options.userIds.map((id) => id.trim()).indexOf(unique[bad]!) + 1,
        id: unique[bad]!.slice(0, 40),
      },
    });
  const clients = clientsFor(await channelConnection(db, channelId, options.sources));
  const chunks = bulkLinkChunks(unique);
  for (const userIds of chunks) {
    // Linking is idempotent: a retry after a lost answer links the same users to the same menu.
    await withRetries(retry, () => clients.api.linkRichMenuIdToUsers({ richMenuId, userIds }));
  }
  return { calls: chunks.length };
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
  const clients = clientsFor(await channelConnection(db, channelId, options.sources));
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
  const clients = clientsFor(await channelConnection(db, channelId, options.sources));
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
