// Rich menus of one channel: the menus and their single image, the default menu, the per-user links
// (friends only, as on LINE) and the aliases.

import type { IdStream } from './ids';
import type { Friends } from './state-bot';
import type { SandboxDb } from './store';

export interface RichMenuRow {
  id: string;
  channel_id: number;
  body: string;
  image: Buffer | null;
  image_type: string | null;
  created_at: number;
}

export interface RichMenuAlias {
  readonly richMenuAliasId: string;
  readonly richMenuId: string;
}

interface AliasRow {
  alias_id: string;
  rich_menu_id: string;
}

const toAlias = (row: AliasRow): RichMenuAlias => ({
  richMenuAliasId: row.alias_id,
  richMenuId: row.rich_menu_id,
});

export class RichMenus {
  constructor(
    private readonly db: SandboxDb,
    private readonly channelId: number,
    private readonly friends: Friends,
    private readonly ids: IdStream,
  ) {}

  // ── menus ─────────────────────────────────────────────────────────────────────────────────────

  count(): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM rich_menus WHERE channel_id = ?').get(this.channelId) as {
        n: number;
      }
    ).n;
  }

  get(id: string): RichMenuRow | undefined {
    return this.db
      .prepare('SELECT * FROM rich_menus WHERE id = ? AND channel_id = ?')
      .get(id, this.channelId) as RichMenuRow | undefined;
  }

  /** Every menu, oldest first. */
  list(): RichMenuRow[] {
    return this.db
      .prepare('SELECT * FROM rich_menus WHERE channel_id = ? ORDER BY created_at, id')
      .all(this.channelId) as RichMenuRow[];
  }

  /** The rich menu object of LINE's responses. */
  json(row: RichMenuRow): Record<string, unknown> {
    return { richMenuId: row.id, ...(JSON.parse(row.body) as Record<string, unknown>) };
  }

  /** Stores a (validated) rich menu object; returns its new ID. */
  create(body: Record<string, unknown>, now: number): string {
    const id = `richmenu-${this.ids.hex(32)}`;
    const stored = {
      size: body.size,
      selected: body.selected,
      name: body.name,
      chatBarText: body.chatBarText,
      areas: body.areas,
    };
    this.db
      .prepare('INSERT INTO rich_menus (id, channel_id, body, created_at) VALUES (?, ?, ?, ?)')
      .run(id, this.channelId, JSON.stringify(stored), now);
    return id;
  }

  /** Deletes a menu with its user links; it stops being the default. */
  delete(menu: RichMenuRow): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM rich_menus WHERE id = ?').run(menu.id);
      this.db
        .prepare('DELETE FROM user_rich_menus WHERE channel_id = ? AND rich_menu_id = ?')
        .run(this.channelId, menu.id);
      if (this.defaultId() === menu.id) this.setDefault(null);
    })();
  }

  setImage(menu: RichMenuRow, data: Buffer, contentType: string): void {
    this.db
      .prepare('UPDATE rich_menus SET image = ?, image_type = ? WHERE id = ?')
      .run(data, contentType, menu.id);
  }

  // ── the default menu and per-user links ───────────────────────────────────────────────────────

  defaultId(): string | null {
    return (
      this.db.prepare('SELECT default_rich_menu_id AS d FROM channels WHERE id = ?').get(this.channelId) as {
        d: string | null;
      }
    ).d;
  }

  setDefault(id: string | null): void {
    this.db.prepare('UPDATE channels SET default_rich_menu_id = ? WHERE id = ?').run(id, this.channelId);
  }

  /** Links a menu to users; only friends are linked (LINE answers 200 and does nothing for others). */
  linkUsers(userIds: readonly string[], menuId: string): void {
    const link = this.db.prepare(
      'INSERT OR REPLACE INTO user_rich_menus (channel_id, user_id, rich_menu_id) VALUES (?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const userId of userIds)
        if (this.friends.byUserId(userId)) link.run(this.channelId, userId, menuId);
    })();
  }

  unlinkUsers(userIds: readonly string[]): void {
    const remove = this.db.prepare('DELETE FROM user_rich_menus WHERE channel_id = ? AND user_id = ?');
    this.db.transaction(() => {
      for (const userId of userIds) remove.run(this.channelId, userId);
    })();
  }

  menuOfUser(userId: string): string | undefined {
    const row = this.db
      .prepare('SELECT rich_menu_id FROM user_rich_menus WHERE channel_id = ? AND user_id = ?')
      .get(this.channelId, userId) as { rich_menu_id: string } | undefined;
    return row?.rich_menu_id;
  }

  // ── aliases ───────────────────────────────────────────────────────────────────────────────────

  alias(aliasId: string): RichMenuAlias | undefined {
    const row = this.db
      .prepare('SELECT alias_id, rich_menu_id FROM rich_menu_aliases WHERE channel_id = ? AND alias_id = ?')
      .get(this.channelId, aliasId) as AliasRow | undefined;
    return row && toAlias(row);
  }

  aliases(): RichMenuAlias[] {
    return (
      this.db
        .prepare(
          'SELECT alias_id, rich_menu_id FROM rich_menu_aliases WHERE channel_id = ? ORDER BY alias_id',
        )
        .all(this.channelId) as AliasRow[]
    ).map(toAlias);
  }

  aliasCount(): number {
    return (
      this.db
        .prepare('SELECT COUNT(*) AS n FROM rich_menu_aliases WHERE channel_id = ?')
        .get(this.channelId) as { n: number }
    ).n;
  }

  createAlias(aliasId: string, menuId: string): void {
    this.db
      .prepare('INSERT INTO rich_menu_aliases (channel_id, alias_id, rich_menu_id) VALUES (?, ?, ?)')
      .run(this.channelId, aliasId, menuId);
  }

  updateAlias(aliasId: string, menuId: string): void {
    this.db
      .prepare('UPDATE rich_menu_aliases SET rich_menu_id = ? WHERE channel_id = ? AND alias_id = ?')
      .run(menuId, this.channelId, aliasId);
  }

  deleteAlias(aliasId: string): void {
    this.db
      .prepare('DELETE FROM rich_menu_aliases WHERE channel_id = ? AND alias_id = ?')
      .run(this.channelId, aliasId);
  }
}
