// The rich_menus table (0007-richmenus): per channel, which editor document each menu on LINE is,
// its marker and the state of its creation. Shared by the outbox's rich-menu runner and by the
// publish, link and pull commands.

import { messagingApi } from '@line/bot-sdk';
import type { SqliteDatabase } from '../storage/database';
import type { ChannelConnection } from './connection';

export type RowState = 'creating' | 'created' | 'uploaded' | 'live' | 'retired';

export interface RichMenuRow {
  readonly id: number;
  readonly channel_id: number;
  readonly project_id: number | null;
  readonly document_index: number;
  readonly marker: string;
  readonly content_hash: string | null;
  readonly rich_menu_id: string | null;
  readonly state: RowState;
}

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export const rowColumns =
  'id, channel_id, project_id, document_index, marker, content_hash, rich_menu_id, state';

export function rowsOf(db: SqliteDatabase, channelId: number, projectId: number): RichMenuRow[] {
  return db
    .prepare(
      `SELECT ${rowColumns} FROM rich_menus WHERE channel_id = ? AND project_id = ? ORDER BY document_index, id`,
    )
    .all(channelId, projectId) as RichMenuRow[];
}

export function setRow(
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
  readonly contentHash: string | null;
}

/** Every live menu of a channel, as recorded here. */
export function publishedRichMenus(db: SqliteDatabase, channelId: number): PublishedMenu[] {
  const rows = db
    .prepare(
      `SELECT project_id, document_index, rich_menu_id, content_hash FROM rich_menus WHERE channel_id = ? AND state = 'live' ORDER BY id`,
    )
    .all(channelId) as {
    project_id: number | null;
    document_index: number;
    rich_menu_id: string;
    content_hash: string | null;
  }[];
  return rows.map((r) => ({
    documentIndex: r.document_index,
    richMenuId: r.rich_menu_id,
    projectId: r.project_id,
    contentHash: r.content_hash,
  }));
}

export interface RichMenuClients {
  readonly api: messagingApi.MessagingApiClient;
  readonly blob: messagingApi.MessagingApiBlobClient;
}

export function richMenuClients(connection: ChannelConnection): RichMenuClients {
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
