// Rich menus: validate, create, get, list, delete, image upload (once per menu) and download,
// the default menu, per-user and bulk links, and aliases.

import { lineErrorMessages } from '../../shared/line/errors';
import { isUserId, richMenuAliasIdPattern } from '../../shared/line/ids';
import { richMenuLimits } from '../../shared/line/limits';
import { validateRichMenu, validateUserIdList } from '../../shared/line/validate';
import type { ChannelState, RichMenuRow } from './channel-state';
import { badRequest, invalidBody, notFound } from './errors';
import { accepted, ok, type SandboxCall, type SandboxRoute } from './route';

type Json = Record<string, unknown>;

function menuOr404(channel: ChannelState, id: string | undefined): RichMenuRow {
  const menu = id ? channel.getRichMenu(id) : undefined;
  if (!menu) throw notFound();
  return menu;
}

function checkMenu(call: SandboxCall) {
  const details = validateRichMenu(call.body);
  if (details.length) throw invalidBody(details);
}

/** PNG or JPEG by magic number: LINE checks the image, not only the header. */
function imageType(data: Buffer): 'image/png' | 'image/jpeg' | undefined {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return undefined;
}

function linkUser(channel: ChannelState, userId: string, richMenuId: string) {
  channel.db
    .prepare('INSERT OR REPLACE INTO user_rich_menus (channel_id, user_id, rich_menu_id) VALUES (?, ?, ?)')
    .run(channel.id, userId, richMenuId);
}

function menuWithImage(channel: ChannelState, id: string | undefined): RichMenuRow {
  const menu = menuOr404(channel, id);
  if (!menu.image) throw badRequest(lineErrorMessages.imageNotSet);
  return menu;
}

const aliasRow = (channel: ChannelState, aliasId: string) =>
  channel.db
    .prepare('SELECT alias_id, rich_menu_id FROM rich_menu_aliases WHERE channel_id = ? AND alias_id = ?')
    .get(channel.id, aliasId) as { alias_id: string; rich_menu_id: string } | undefined;

export const richMenuRoutes: readonly SandboxRoute[] = [
  {
    operationId: 'validateRichMenuObject',
    method: 'POST',
    path: '/v2/bot/richmenu/validate',
    host: 'api',
    body: 'json',
    handle(call) {
      checkMenu(call);
      return ok({});
    },
  },
  {
    operationId: 'createRichMenu',
    method: 'POST',
    path: '/v2/bot/richmenu',
    host: 'api',
    body: 'json',
    handle(call) {
      checkMenu(call);
      if (call.channel.richMenuCount() >= richMenuLimits.menusPerChannel)
        throw badRequest(lineErrorMessages.richMenuLimit);
      return ok({ richMenuId: call.channel.createRichMenu(call.body as Json, call.now) });
    },
  },
  {
    operationId: 'getRichMenuList',
    method: 'GET',
    path: '/v2/bot/richmenu/list',
    host: 'api',
    body: 'none',
    handle({ channel }) {
      const rows = channel.db
        .prepare('SELECT * FROM rich_menus WHERE channel_id = ? ORDER BY created_at, id')
        .all(channel.id) as RichMenuRow[];
      return ok({ richmenus: rows.map((row) => channel.richMenuJson(row)) });
    },
  },
  {
    operationId: 'getRichMenu',
    method: 'GET',
    path: '/v2/bot/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle: ({ channel, params }) => ok(channel.richMenuJson(menuOr404(channel, params.richMenuId))),
  },
  {
    operationId: 'deleteRichMenu',
    method: 'DELETE',
    path: '/v2/bot/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const menu = menuOr404(channel, params.richMenuId);
      channel.db.transaction(() => {
        channel.db.prepare('DELETE FROM rich_menus WHERE id = ?').run(menu.id);
        channel.db
          .prepare('DELETE FROM user_rich_menus WHERE channel_id = ? AND rich_menu_id = ?')
          .run(channel.id, menu.id);
        if (channel.defaultRichMenuId() === menu.id) channel.setDefaultRichMenu(null);
      })();
      return ok({});
    },
  },
  {
    operationId: 'setRichMenuImage',
    method: 'POST',
    path: '/v2/bot/richmenu/{richMenuId}/content',
    host: 'data',
    body: 'binary',
    maxBytes: richMenuLimits.imageMaxBytes,
    contentTypes: richMenuLimits.imageContentTypes,
    handle({ channel, params, raw, contentType }) {
      const menu = menuOr404(channel, params.richMenuId);
      if (menu.image) throw badRequest(lineErrorMessages.imageAlreadySet);
      const data = raw ?? Buffer.alloc(0);
      const declared = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
      if (imageType(data) !== declared)
        throw badRequest('The image is not a valid image of the declared content type');
      channel.db
        .prepare('UPDATE rich_menus SET image = ?, image_type = ? WHERE id = ?')
        .run(data, declared, menu.id);
      return ok({});
    },
  },
  {
    operationId: 'getRichMenuImage',
    method: 'GET',
    path: '/v2/bot/richmenu/{richMenuId}/content',
    host: 'data',
    body: 'none',
    handle({ channel, params }) {
      const menu = menuOr404(channel, params.richMenuId);
      if (!menu.image) throw notFound();
      return { status: 200, binary: { contentType: menu.image_type ?? 'image/png', data: menu.image } };
    },
  },
  {
    operationId: 'setDefaultRichMenu',
    method: 'POST',
    path: '/v2/bot/user/all/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const menu = menuWithImage(channel, params.richMenuId);
      channel.setDefaultRichMenu(menu.id);
      return ok({});
    },
  },
  {
    operationId: 'getDefaultRichMenuId',
    method: 'GET',
    path: '/v2/bot/user/all/richmenu',
    host: 'api',
    body: 'none',
    handle({ channel }) {
      const id = channel.defaultRichMenuId();
      if (!id) throw notFound('no default richmenu');
      return ok({ richMenuId: id });
    },
  },
  {
    operationId: 'cancelDefaultRichMenu',
    method: 'DELETE',
    path: '/v2/bot/user/all/richmenu',
    host: 'api',
    body: 'none',
    handle({ channel }) {
      channel.setDefaultRichMenu(null);
      return ok({});
    },
  },
  {
    operationId: 'linkRichMenuIdToUser',
    method: 'POST',
    path: '/v2/bot/user/{userId}/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const userId = params.userId ?? '';
      if (!isUserId(userId))
        throw badRequest('The user ID is invalid', [{ message: 'invalid user ID', property: 'userId' }]);
      const menu = menuWithImage(channel, params.richMenuId);
      // Linking works only for friends: others get 200 and nothing happens.
      if (channel.friendByUserId(userId)) linkUser(channel, userId, menu.id);
      return ok({});
    },
  },
  {
    operationId: 'getRichMenuIdOfUser',
    method: 'GET',
    path: '/v2/bot/user/{userId}/richmenu',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const row = channel.db
        .prepare('SELECT rich_menu_id FROM user_rich_menus WHERE channel_id = ? AND user_id = ?')
        .get(channel.id, params.userId ?? '') as { rich_menu_id: string } | undefined;
      if (!row) throw notFound('the user has no richmenu');
      return ok({ richMenuId: row.rich_menu_id });
    },
  },
  {
    operationId: 'unlinkRichMenuIdFromUser',
    method: 'DELETE',
    path: '/v2/bot/user/{userId}/richmenu',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      channel.db
        .prepare('DELETE FROM user_rich_menus WHERE channel_id = ? AND user_id = ?')
        .run(channel.id, params.userId ?? '');
      return ok({});
    },
  },
  {
    operationId: 'linkRichMenuIdToUsers',
    method: 'POST',
    path: '/v2/bot/richmenu/bulk/link',
    host: 'api',
    body: 'json',
    handle({ channel, body }) {
      const { richMenuId, userIds } = body as { richMenuId: string; userIds: string[] };
      const details = validateUserIdList(userIds, 'userIds', richMenuLimits.bulkUserIdsMax);
      if (details.length) throw invalidBody(details);
      const menu = menuWithImage(channel, richMenuId);
      channel.db.transaction(() => {
        for (const userId of userIds) if (channel.friendByUserId(userId)) linkUser(channel, userId, menu.id);
      })();
      return accepted({});
    },
  },
  {
    operationId: 'unlinkRichMenuIdFromUsers',
    method: 'POST',
    path: '/v2/bot/richmenu/bulk/unlink',
    host: 'api',
    body: 'json',
    handle({ channel, body }) {
      const { userIds } = body as { userIds: string[] };
      const details = validateUserIdList(userIds, 'userIds', richMenuLimits.bulkUserIdsMax);
      if (details.length) throw invalidBody(details);
      const remove = channel.db.prepare('DELETE FROM user_rich_menus WHERE channel_id = ? AND user_id = ?');
      channel.db.transaction(() => {
        for (const userId of userIds) remove.run(channel.id, userId);
      })();
      return accepted({});
    },
  },
  {
    operationId: 'createRichMenuAlias',
    method: 'POST',
    path: '/v2/bot/richmenu/alias',
    host: 'api',
    body: 'json',
    handle({ channel, body }) {
      const { richMenuAliasId, richMenuId } = body as { richMenuAliasId: string; richMenuId: string };
      if (!richMenuAliasIdPattern.test(richMenuAliasId))
        throw invalidBody([{ message: 'invalid rich menu alias ID', property: 'richMenuAliasId' }]);
      const menu = channel.getRichMenu(richMenuId);
      if (!menu)
        throw badRequest('richmenu not found', [{ message: 'richmenu not found', property: 'richMenuId' }]);
      if (!menu.image) throw badRequest(lineErrorMessages.imageNotSet);
      if (aliasRow(channel, richMenuAliasId)) throw badRequest(lineErrorMessages.aliasConflict);
      const count = (
        channel.db
          .prepare('SELECT COUNT(*) AS n FROM rich_menu_aliases WHERE channel_id = ?')
          .get(channel.id) as { n: number }
      ).n;
      if (count >= richMenuLimits.aliasesPerChannel) throw badRequest(lineErrorMessages.aliasLimit);
      channel.db
        .prepare('INSERT INTO rich_menu_aliases (channel_id, alias_id, rich_menu_id) VALUES (?, ?, ?)')
        .run(channel.id, richMenuAliasId, richMenuId);
      return ok({});
    },
  },
  {
    operationId: 'getRichMenuAliasList',
    method: 'GET',
    path: '/v2/bot/richmenu/alias/list',
    host: 'api',
    body: 'none',
    handle({ channel }) {
      const rows = channel.db
        .prepare(
          'SELECT alias_id, rich_menu_id FROM rich_menu_aliases WHERE channel_id = ? ORDER BY alias_id',
        )
        .all(channel.id) as {
        alias_id: string;
        rich_menu_id: string;
      }[];
      return ok({ aliases: rows.map((r) => ({ richMenuAliasId: r.alias_id, richMenuId: r.rich_menu_id })) });
    },
  },
  {
    operationId: 'getRichMenuAlias',
    method: 'GET',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const row = aliasRow(channel, params.richMenuAliasId ?? '');
      if (!row) throw notFound();
      return ok({ richMenuAliasId: row.alias_id, richMenuId: row.rich_menu_id });
    },
  },
  {
    operationId: 'updateRichMenuAlias',
    method: 'POST',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    body: 'json',
    handle({ channel, params, body }) {
      const row = aliasRow(channel, params.richMenuAliasId ?? '');
      if (!row)
        throw badRequest('richmenu alias not found', [
          { message: 'richmenu alias not found', property: 'richMenuAliasId' },
        ]);
      const { richMenuId } = body as { richMenuId: string };
      const menu = channel.getRichMenu(richMenuId);
      if (!menu)
        throw badRequest('richmenu not found', [{ message: 'richmenu not found', property: 'richMenuId' }]);
      if (!menu.image) throw badRequest(lineErrorMessages.imageNotSet);
      channel.db
        .prepare('UPDATE rich_menu_aliases SET rich_menu_id = ? WHERE channel_id = ? AND alias_id = ?')
        .run(richMenuId, channel.id, row.alias_id);
      return ok({});
    },
  },
  {
    operationId: 'deleteRichMenuAlias',
    method: 'DELETE',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const row = aliasRow(channel, params.richMenuAliasId ?? '');
      if (!row)
        throw badRequest('richmenu alias not found', [
          { message: 'richmenu alias not found', property: 'richMenuAliasId' },
        ]);
      channel.db
        .prepare('DELETE FROM rich_menu_aliases WHERE channel_id = ? AND alias_id = ?')
        .run(channel.id, row.alias_id);
      return ok({});
    },
  },
];
