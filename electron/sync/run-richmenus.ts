// The outbox's rich-menu entries, run by the worker holding the lease (electron/sync/worker.ts):
//
// - richMenuPublish: a project's menus, rendered when the publish was queued, go to LINE. Every
//   changed menu is validated first (nothing is created while one is refused), then created (or
//   found again by its marker) and given its image from the entry, the aliases created or moved,
//   the default moved (or set), and the menus they replace deleted. LINE cannot replace an image,
//   so an edit is clone-and-replace.
// - richMenuLink: up to 500 users linked to a menu in one call (linking is idempotent).
//
// Creation takes no retry key. Each menu's marker (shared/sync/richmenus.ts) is stored in
// rich_menus before the request leaves; every attempt, in this run or after a crash, first reads
// LINE's menu list for it, so a creation whose answer was lost is found instead of made twice. Each
// step is recorded in rich_menus as it is done, so a later run carries on where one stopped.
// Creations and deletions spend the channel's local budget (LINE allows 100 an hour); a run that
// finds it spent stops, and the entry waits, saying when it may go on.

import { randomBytes } from 'node:crypto';
import { HTTPFetchError, type messagingApi } from '@line/bot-sdk';
import { AbortError } from 'p-retry';
import { ApiError } from '../../shared/api/result';
import { lineErrorMessages } from '../../shared/line/errors';
import type { OutboxEntry } from '../../shared/sync/outbox';
import { pullBudgets } from '../../shared/sync/pull';
import {
  markedRichMenuName,
  richMenuMarker,
  richMenuMarkerOf,
  type PublishReport,
  type RichMenuLinkPayload,
  type RichMenuPublishPayload,
} from '../../shared/sync/richmenus';
import { writeTransaction, type SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';
import { spendBudget } from './pull';
import {
  richMenuClients,
  rowColumns,
  rowsOf,
  setRow,
  type RichMenuClients,
  type RichMenuRow,
} from './richmenu-rows';

/** Test hooks: a crash test stops right after LINE created a menu, before that is recorded. */
export interface RichMenuHooks {
  readonly afterCreate?: (richMenuId: string) => void | Promise<void>;
}

/** What the worker lends a rich-menu entry. */
export interface RichMenuJobContext {
  readonly db: SqliteDatabase;
  readonly now: () => number;
  readonly connection: ChannelConnection;
  /** One LINE call with the worker's backoff; a refusal (4xx) stops the entry as failed. */
  readonly withRetries: <T>(call: () => Promise<T>) => Promise<T>;
  /** Renews the lease (throws once another worker has it). */
  readonly renew: () => void;
  readonly hooks?: RichMenuHooks;
}

/** What a finished entry records: an ID LINE gave (shown in the Sync screen) and its report. */
export interface RichMenuJobOutcome {
  readonly requestId: string;
  readonly result: unknown;
}

const isStatus = (error: unknown, status: number, message?: string): boolean =>
  error instanceof HTTPFetchError &&
  error.status === status &&
  (message === undefined || error.body.includes(message));

/**
 * Spends one rich-menu creation or deletion of the channel's budget, before the call leaves; when it
 * is spent, the entry stops (without retries) and waits, saying when it may go on.
 */
function spendRichMenuCall(context: RichMenuJobContext, channelId: number): void {
  const at = spendBudget(context.db, channelId, 'richMenus', context.now());
  if (at === null) return;
  throw new AbortError(
    new ApiError('unavailable', {
      key: 'errors.sync.richMenuBudgetSpent',
      params: { limit: pullBudgets.richMenus.limit, at: new Date(at).toISOString() },
    }),
  );
}

async function defaultRichMenuId(
  context: RichMenuJobContext,
  clients: RichMenuClients,
): Promise<string | null> {
  return context.withRetries(() =>
    clients.api.getDefaultRichMenuId().then(
      (answer) => answer.richMenuId as string | null,
      (error: unknown) => {
        // 404: the channel has no default menu.
        if (isStatus(error, 404)) return null;
        throw error;
      },
    ),
  );
}

async function findByMarker(
  context: RichMenuJobContext,
  clients: RichMenuClients,
  marker: string,
): Promise<string | null> {
  const { richmenus } = await context.withRetries(() => clients.api.getRichMenuList());
  return richmenus.find((m) => richMenuMarkerOf(m.name) === marker)?.richMenuId ?? null;
}

/** Retired menus of the channel (replaced ones, unfinished creations left behind) deleted on LINE. */
async function deleteRetired(
  context: RichMenuJobContext,
  channelId: number,
  clients: RichMenuClients,
): Promise<string[]> {
  const { db } = context;
  const retired = db
    .prepare(`SELECT ${rowColumns} FROM rich_menus WHERE channel_id = ? AND state = 'retired' ORDER BY id`)
    .all(channelId) as RichMenuRow[];
  const deleted: string[] = [];
  for (const row of retired) {
    context.renew();
    const richMenuId = row.rich_menu_id ?? (await findByMarker(context, clients, row.marker));
    if (richMenuId !== null) {
      await context.withRetries(() => {
        spendRichMenuCall(context, channelId);
        return clients.api.deleteRichMenu(richMenuId).catch((error: unknown) => {
          // One LINE no longer has counts as deleted.
          if (isStatus(error, 404)) return {};
          throw error;
        });
      });
      deleted.push(richMenuId);
    }
    db.prepare('DELETE FROM rich_menus WHERE id = ?').run(row.id);
  }
  return deleted;
}

async function runPublish(
  context: RichMenuJobContext,
  entry: OutboxEntry,
  payload: RichMenuPublishPayload,
): Promise<RichMenuJobOutcome> {
  const { db } = context;
  const channelId = entry.channelId;
  const clients = richMenuClients(context.connection);

  // What each menu needs: the live one kept, an unfinished creation resumed, or a new one.
  const rows = rowsOf(db, channelId, payload.projectId);
  const plans = payload.menus.map((menu) => {
    const live = rows.find((r) => r.document_index === menu.index && r.state === 'live');
    const pending = rows.find(
      (r) => r.document_index === menu.index && ['creating', 'created', 'uploaded'].includes(r.state),
    );
    return { menu, live, pending: pending?.content_hash === menu.hash ? pending : undefined };
  });

  // An unfinished creation of content that has changed since is deleted with the replaced menus.
  writeTransaction(db, () => {
    for (const row of rows) {
      if (!['creating', 'created', 'uploaded'].includes(row.state)) continue;
      if (!plans.some((p) => p.pending?.id === row.id)) setRow(db, row.id, { state: 'retired' });
    }
  });

  const changed = plans.filter((p) => p.live?.content_hash !== p.menu.hash);
  for (const plan of changed) {
    if (plan.pending?.rich_menu_id) continue;
    // Validated as it will be sent: a marker of the same length makes the name as long.
    const body = {
      ...plan.menu.richMenu,
      name: markedRichMenuName(plan.menu.richMenu.name, 'oap-0000000000000000'),
    };
    await context.withRetries(() =>
      clients.api.validateRichMenuObject(body as unknown as messagingApi.RichMenuRequest),
    );
  }

  // Create (or find again) and upload each changed menu.
  const created = new Map<number, string>();
  for (const plan of changed) {
    context.renew();
    let row = plan.pending;
    if (!row) {
      const marker = richMenuMarker(randomBytes(8));
      const info = db
        .prepare(
          `INSERT INTO rich_menus (channel_id, project_id, document_index, marker, content_hash, state)
           VALUES (?, ?, ?, ?, ?, 'creating')`,
        )
        .run(channelId, payload.projectId, plan.menu.index, marker, plan.menu.hash);
      row = db
        .prepare(`SELECT ${rowColumns} FROM rich_menus WHERE id = ?`)
        .get(Number(info.lastInsertRowid)) as RichMenuRow;
    }
    const marker = row.marker;
    let richMenuId = row.rich_menu_id;
    if (richMenuId === null) {
      const body = { ...plan.menu.richMenu, name: markedRichMenuName(plan.menu.richMenu.name, marker) };
      // Every attempt reads LINE's list first: an earlier attempt whose answer was lost may have made it.
      richMenuId = await context.withRetries(async () => {
        const { richmenus } = await clients.api.getRichMenuList();
        const found = richmenus.find((m) => richMenuMarkerOf(m.name) === marker);
        if (found) return found.richMenuId;
        spendRichMenuCall(context, channelId);
        return (await clients.api.createRichMenu(body as unknown as messagingApi.RichMenuRequest)).richMenuId;
      });
      await context.hooks?.afterCreate?.(richMenuId);
      setRow(db, row.id, { state: 'created', richMenuId });
      row = { ...row, rich_menu_id: richMenuId, state: 'created' };
    }
    if (row.state === 'created') {
      const image = new Blob([new Uint8Array(Buffer.from(plan.menu.image, 'base64'))], {
        type: plan.menu.imageType,
      });
      const id = richMenuId;
      await context.withRetries(() =>
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
  context.renew();
  const { aliases } = await context.withRetries(() => clients.api.getRichMenuAliasList());
  const aliasTargets = new Map(aliases.map((a) => [a.richMenuAliasId, a.richMenuId]));
  for (const plan of plans) {
    const aliasId = plan.menu.aliasId;
    const target = targetOf(plan.menu.index);
    if (!aliasId || target === undefined || aliasTargets.get(aliasId) === target) continue;
    const update = () => clients.api.updateRichMenuAlias(aliasId, { richMenuId: target });
    await context.withRetries(() =>
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
  const currentDefault = await defaultRichMenuId(context, clients);
  let newDefault = currentDefault;
  const replacedDefault =
    currentDefault === null ? undefined : changed.find((p) => p.live?.rich_menu_id === currentDefault);
  if (replacedDefault) newDefault = targetOf(replacedDefault.menu.index) ?? newDefault;
  if (payload.setDefault) newDefault = targetOf(payload.menus[0]?.index ?? 0) ?? newDefault;
  if (newDefault !== null && newDefault !== currentDefault) {
    const id = newDefault;
    await context.withRetries(() => clients.api.setDefaultRichMenu(id));
  }

  // The new menus take over; the ones they replace (and menus of documents no longer in the set) retire.
  const replaced = new Map(changed.map((p) => [p.menu.index, p.live?.rich_menu_id ?? null]));
  writeTransaction(db, () => {
    for (const row of rowsOf(db, channelId, payload.projectId)) {
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
    await context.withRetries(() =>
      clients.api.deleteRichMenuAlias(aliasId).catch((error: unknown) => {
        if (isStatus(error, 400) || isStatus(error, 404)) return {};
        throw error;
      }),
    );
  }
  const deleted = await deleteRetired(context, channelId, clients);

  const report: PublishReport = {
    documents: plans.map((plan) => ({
      documentIndex: plan.menu.index,
      richMenuId: targetOf(plan.menu.index) ?? '',
      aliasId: plan.menu.aliasId,
      replaced: created.has(plan.menu.index) ? (replaced.get(plan.menu.index) ?? null) : null,
      unchanged: !created.has(plan.menu.index),
    })),
    defaultRichMenuId: newDefault,
    deleted,
  };
  return {
    requestId: report.documents[0]?.richMenuId || `project-${String(payload.projectId)}`,
    result: report,
  };
}

async function runLink(
  context: RichMenuJobContext,
  payload: RichMenuLinkPayload,
): Promise<RichMenuJobOutcome> {
  const clients = richMenuClients(context.connection);
  // Linking is idempotent: a retry after a lost answer links the same users to the same menu.
  const answer = await context.withRetries(() =>
    clients.api.linkRichMenuIdToUsersWithHttpInfo({
      richMenuId: payload.richMenuId,
      userIds: [...payload.userIds],
    }),
  );
  return {
    requestId: answer.httpResponse.headers.get('x-line-request-id') ?? payload.richMenuId,
    result: { richMenuId: payload.richMenuId, users: payload.userIds.length },
  };
}

/** Runs a richMenuPublish or richMenuLink entry; throws what the worker records as its outcome. */
export function runRichMenuEntry(
  context: RichMenuJobContext,
  entry: OutboxEntry,
): Promise<RichMenuJobOutcome> {
  if (entry.kind === 'richMenuLink') return runLink(context, entry.payload as unknown as RichMenuLinkPayload);
  return runPublish(context, entry, entry.payload as unknown as RichMenuPublishPayload);
}
