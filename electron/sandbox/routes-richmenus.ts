// Rich menus: validate, create, get, list, delete, image upload (once per menu) and download,
// the default menu, per-user and bulk links, and aliases (state in state-richmenus.ts).

import { lineErrorMessages } from '../../shared/line/errors';
import { isUserId, richMenuAliasIdPattern } from '../../shared/line/ids';
import { richMenuLimits } from '../../shared/line/limits';
import { validateRichMenu, validateUserIdList } from '../../shared/line/validate';
import type { ChannelState } from './channel-state';
import type { RichMenuRow } from './state-richmenus';
import { badRequest, invalidBody, notFound } from './errors';
import { accepted, ok, type SandboxCall, type SandboxRoute } from './route';

type Json = Record<string, unknown>;

function menuOr404(channel: ChannelState, id: string | undefined): RichMenuRow {
  const menu = id ? channel.richMenus.get(id) : undefined;
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

function menuWithImage(channel: ChannelState, id: string | undefined): RichMenuRow {
  const menu = menuOr404(channel, id);
  if (!menu.image) throw badRequest(lineErrorMessages.imageNotSet);
  return menu;
}

/** The menu an alias may point to: it must exist and have its image. */
function aliasTarget(channel: ChannelState, richMenuId: string): RichMenuRow {
  const menu = channel.richMenus.get(richMenuId);
  if (!menu)
    throw badRequest('richmenu not found', [{ message: 'richmenu not found', property: 'richMenuId' }]);
  if (!menu.image) throw badRequest(lineErrorMessages.imageNotSet);
  return menu;
}

const aliasNotFound = () =>
  badRequest('richmenu alias not found', [
    { message: 'richmenu alias not found', property: 'richMenuAliasId' },
  ]);

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
      if (call.channel.richMenus.count() >= richMenuLimits.menusPerChannel)
        throw badRequest(lineErrorMessages.richMenuLimit);
      return ok({ richMenuId: call.channel.richMenus.create(call.body as Json, call.now) });
    },
  },
  {
    operationId: 'getRichMenuList',
    method: 'GET',
    path: '/v2/bot/richmenu/list',
    host: 'api',
    body: 'none',
    handle: ({ channel }) =>
      ok({ richmenus: channel.richMenus.list().map((row) => channel.richMenus.json(row)) }),
  },
  {
    operationId: 'getRichMenu',
    method: 'GET',
    path: '/v2/bot/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle: ({ channel, params }) => ok(channel.richMenus.json(menuOr404(channel, params.richMenuId))),
  },
  {
    operationId: 'deleteRichMenu',
    method: 'DELETE',
    path: '/v2/bot/richmenu/{richMenuId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      channel.richMenus.delete(menuOr404(channel, params.richMenuId));
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
      const type = imageType(data);
      if (type === undefined || type !== declared)
        throw badRequest('The image is not a valid image of the declared content type');
      channel.richMenus.setImage(menu, data, type);
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
      channel.richMenus.setDefault(menu.id);
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
      const id = channel.richMenus.defaultId();
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
      channel.richMenus.setDefault(null);
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
      channel.richMenus.linkUsers([userId], menu.id);
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
      const richMenuId = channel.richMenus.menuOfUser(params.userId ?? '');
      if (!richMenuId) throw notFound('the user has no richmenu');
      return ok({ richMenuId });
    },
  },
  {
    operationId: 'unlinkRichMenuIdFromUser',
    method: 'DELETE',
    path: '/v2/bot/user/{userId}/richmenu',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      channel.richMenus.unlinkUsers([params.userId ?? '']);
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
      channel.richMenus.linkUsers(userIds, menuWithImage(channel, richMenuId).id);
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
      channel.richMenus.unlinkUsers(userIds);
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
      const menu = aliasTarget(channel, richMenuId);
      if (channel.richMenus.alias(richMenuAliasId)) throw badRequest(lineErrorMessages.aliasConflict);
      if (channel.richMenus.aliasCount() >= richMenuLimits.aliasesPerChannel)
        throw badRequest(lineErrorMessages.aliasLimit);
      channel.richMenus.createAlias(richMenuAliasId, menu.id);
      return ok({});
    },
  },
  {
    operationId: 'getRichMenuAliasList',
    method: 'GET',
    path: '/v2/bot/richmenu/alias/list',
    host: 'api',
    body: 'none',
    handle: ({ channel }) => ok({ aliases: channel.richMenus.aliases() }),
  },
  {
    operationId: 'getRichMenuAlias',
    method: 'GET',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    body: 'none',
    handle({ channel, params }) {
      const alias = channel.richMenus.alias(params.richMenuAliasId ?? '');
      if (!alias) throw notFound();
      return ok(alias);
    },
  },
  {
    operationId: 'updateRichMenuAlias',
    method: 'POST',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    body: 'json',
    handle({ channel, params, body }) {
      const alias = channel.richMenus.alias(params.richMenuAliasId ?? '');
      if (!alias) throw aliasNotFound();
      const menu = aliasTarget(channel, (body as { richMenuId: string }).richMenuId);
      channel.richMenus.updateAlias(alias.richMenuAliasId, menu.id);
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
      const alias = channel.richMenus.alias(params.richMenuAliasId ?? '');
      if (!alias) throw aliasNotFound();
      channel.richMenus.deleteAlias(alias.richMenuAliasId);
      return ok({});
    },
  },
];
