// The conformance suite, run against two targets: the sandbox (every response must validate against
// the official OpenAPI response schema and carry an X-Line-Request-Id; invalid requests must get
// LINE's documented errors) and a Prism mock of the official documents (the very same SDK requests
// must be valid there: 2xx and no `sl-violations`). Calls go through the real @line/bot-sdk clients.

import { HTTPFetchError, insight, manageAudience, messagingApi } from '@line/bot-sdk';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIdPattern } from '../../../shared/line/ids';
import type { TestLineSandbox } from '../../helpers/line-sandbox';
import { createResponseChecker } from '../../helpers/line-openapi';

export interface ConformanceTarget {
  readonly kind: 'sandbox' | 'prism';
  /** Origins serving each document (the sandbox serves all three on one). */
  readonly origins: { readonly messaging: string; readonly audience: string; readonly insight: string };
  readonly token: string;
  /** Valid user IDs of friends. */
  readonly userIds: readonly string[];
  /** A `yyyyMMdd` day whose statistics are complete. */
  readonly pastDate: string;
  readonly sandbox?: TestLineSandbox;
  close(): Promise<void>;
}

interface Outcome {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

interface WithHttpInfo<T> {
  readonly httpResponse: Response;
  readonly body: T;
}

async function capture<T>(call: () => Promise<WithHttpInfo<T>>): Promise<Outcome> {
  try {
    const { httpResponse, body } = await call();
    return { status: httpResponse.status, body, headers: httpResponse.headers };
  } catch (error) {
    if (error instanceof HTTPFetchError) {
      let body: unknown = error.body;
      try {
        body = JSON.parse(error.body);
      } catch {
        // not JSON: keep the text
      }
      return { status: error.status, body, headers: error.headers };
    }
    throw error;
  }
}

async function raw(url: string, init: RequestInit): Promise<Outcome> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}

// The smallest valid PNG (1×1): the sandbox checks the magic number against the content type.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const richMenu = (name: string): messagingApi.RichMenuRequest => ({
  size: { width: 2500, height: 843 },
  selected: false,
  name,
  chatBarText: 'Menu',
  areas: [
    {
      bounds: { x: 0, y: 0, width: 1250, height: 843 },
      action: { type: 'uri', uri: 'https://example.com/a' } as messagingApi.URIAction,
    },
    {
      bounds: { x: 1250, y: 0, width: 1250, height: 843 },
      action: { type: 'postback', data: 'b=1' } as messagingApi.PostbackAction,
    },
  ],
});

const text = (t: string): messagingApi.TextMessage => ({ type: 'text', text: t });

export function defineConformanceSuite(title: string, start: () => Promise<ConformanceTarget>): void {
  describe(title, () => {
    let target: ConformanceTarget;
    let m: messagingApi.MessagingApiClient;
    let mb: messagingApi.MessagingApiBlobClient;
    let a: manageAudience.ManageAudienceClient;
    let ab: manageAudience.ManageAudienceBlobClient;
    let ins: insight.InsightClient;
    const checkResponse = createResponseChecker();
    const ctx: {
      broadcastRequestId?: string;
      narrowcastRequestId?: string;
      richMenuId?: string;
      audienceId?: number;
      fileAudienceId?: number;
    } = {};

    beforeAll(async () => {
      target = await start();
      const config = (baseURL: string) => ({ channelAccessToken: target.token, baseURL });
      m = new messagingApi.MessagingApiClient(config(target.origins.messaging));
      mb = new messagingApi.MessagingApiBlobClient(config(target.origins.messaging));
      a = new manageAudience.ManageAudienceClient(config(target.origins.audience));
      ab = new manageAudience.ManageAudienceBlobClient(config(target.origins.audience));
      ins = new insight.InsightClient(config(target.origins.insight));
    }, 180_000);
    afterAll(async () => target.close(), 30_000);

    const isSandbox = () => target.kind === 'sandbox';

    /** A successful call: valid on Prism; on the sandbox, a documented status with a valid body. */
    function conforms(operationId: string, outcome: Outcome, status?: number): void {
      const violations = outcome.headers.get('sl-violations');
      expect(violations, `${operationId}: Prism reports the request invalid`).toBeNull();
      expect(
        outcome.status,
        `${operationId} answered ${String(outcome.status)}: ${JSON.stringify(outcome.body)}`,
      ).toBeLessThan(300);
      if (!isSandbox()) return;
      if (status !== undefined) expect(outcome.status).toBe(status);
      expect(outcome.headers.get('x-line-request-id') ?? '').toMatch(requestIdPattern);
      expect(
        checkResponse(operationId, outcome.status, outcome.body),
        `${operationId} response ${JSON.stringify(outcome.body)}`,
      ).toEqual([]);
    }

    /** A LINE error: status, `message` and (optionally) the property named in details. */
    function lineError(
      operationId: string,
      outcome: Outcome,
      status: number,
      expected: { message?: RegExp; property?: string } = {},
    ): void {
      expect(outcome.status, JSON.stringify(outcome.body)).toBe(status);
      expect(outcome.headers.get('x-line-request-id') ?? '').toMatch(requestIdPattern);
      const documented = checkResponse(operationId, status, outcome.body);
      const generic = checkResponse('pushMessage', 400, outcome.body);
      expect(
        documented.length === 0 || generic.length === 0,
        `error body ${JSON.stringify(outcome.body)}`,
      ).toBe(true);
      const body = outcome.body as { message: string; details?: { message?: string; property?: string }[] };
      if (expected.message)
        expect(body.message + ' ' + JSON.stringify(body.details ?? [])).toMatch(expected.message);
      if (expected.property) expect(body.details?.map((d) => d.property)).toContain(expected.property);
    }

    /** An invalid request: the sandbox's exact error, or on Prism just a refusal. */
    function refused(
      operationId: string,
      outcome: Outcome,
      status: number,
      expected: { message?: RegExp; property?: string } = {},
    ): void {
      if (isSandbox()) lineError(operationId, outcome, status, expected);
      else expect(outcome.status, JSON.stringify(outcome.body)).toBeGreaterThanOrEqual(400);
    }

    describe('account, quota and counts', () => {
      it('getBotInfo', async () => conforms('getBotInfo', await capture(() => m.getBotInfoWithHttpInfo())));
      it('getMessageQuota', async () =>
        conforms('getMessageQuota', await capture(() => m.getMessageQuotaWithHttpInfo())));
      it('getMessageQuotaConsumption', async () =>
        conforms(
          'getMessageQuotaConsumption',
          await capture(() => m.getMessageQuotaConsumptionWithHttpInfo()),
        ));
      it('getNumberOfSent{Push,Multicast,Broadcast,Reply}Messages', async () => {
        conforms(
          'getNumberOfSentPushMessages',
          await capture(() => m.getNumberOfSentPushMessagesWithHttpInfo(target.pastDate)),
        );
        conforms(
          'getNumberOfSentMulticastMessages',
          await capture(() => m.getNumberOfSentMulticastMessagesWithHttpInfo(target.pastDate)),
        );
        conforms(
          'getNumberOfSentBroadcastMessages',
          await capture(() => m.getNumberOfSentBroadcastMessagesWithHttpInfo(target.pastDate)),
        );
        conforms(
          'getNumberOfSentReplyMessages',
          await capture(() => m.getNumberOfSentReplyMessagesWithHttpInfo(target.pastDate)),
        );
      });
      it('getFollowers and getProfile', async () => {
        conforms('getFollowers', await capture(() => m.getFollowersWithHttpInfo(undefined, 10)));
        conforms('getProfile', await capture(() => m.getProfileWithHttpInfo(target.userIds[0] as string)));
      });
      it('getAggregationUnitUsage and getAggregationUnitNameList', async () => {
        conforms('getAggregationUnitUsage', await capture(() => m.getAggregationUnitUsageWithHttpInfo()));
        conforms(
          'getAggregationUnitNameList',
          await capture(() => m.getAggregationUnitNameListWithHttpInfo('10', '0')),
        );
      });
    });

    describe('sending', () => {
      it('pushMessage, with a retry key', async () => {
        const outcome = await capture(() =>
          m.pushMessageWithHttpInfo(
            { to: target.userIds[0] as string, messages: [text('Hello')] },
            randomUUID(),
          ),
        );
        conforms('pushMessage', outcome, 200);
      });
      it('multicast', async () => {
        const outcome = await capture(() =>
          m.multicastWithHttpInfo(
            {
              to: target.userIds.slice(0, 3) as string[],
              messages: [text('Hi all')],
              customAggregationUnits: ['spring_sale'],
            },
            randomUUID(),
          ),
        );
        conforms('multicast', outcome, 200);
      });
      it('broadcast', async () => {
        const outcome = await capture(() =>
          m.broadcastWithHttpInfo({ messages: [text('Sale today: https://example.com/sale')] }, randomUUID()),
        );
        conforms('broadcast', outcome, 200);
        ctx.broadcastRequestId = outcome.headers.get('x-line-request-id') ?? 'unknown';
      });
      it('narrowcast and getNarrowcastProgress through every phase', async () => {
        const outcome = await capture(() =>
          m.narrowcastWithHttpInfo(
            {
              messages: [text('For you')],
              filter: {
                demographic: { type: 'gender', oneOf: ['female'] } as messagingApi.GenderDemographicFilter,
              },
              limit: { max: 100, upToRemainingQuota: true },
            },
            randomUUID(),
          ),
        );
        conforms('narrowcast', outcome, 202);
        const requestId = outcome.headers.get('x-line-request-id') ?? 'unknown';
        ctx.narrowcastRequestId = requestId;
        const phases: string[] = [];
        for (const step of [0, 1500, 5000]) {
          target.sandbox?.advance(step);
          const progress = await capture(() => m.getNarrowcastProgressWithHttpInfo(requestId));
          conforms('getNarrowcastProgress', progress);
          phases.push((progress.body as { phase: string }).phase);
        }
        if (isSandbox()) expect(phases).toEqual(['waiting', 'sending', 'succeeded']);
      });
      it('validatePush, validateMulticast, validateBroadcast, validateNarrowcast, validateReply', async () => {
        const body = { messages: [text('check')] };
        conforms('validatePush', await capture(() => m.validatePushWithHttpInfo(body)));
        conforms('validateMulticast', await capture(() => m.validateMulticastWithHttpInfo(body)));
        conforms('validateBroadcast', await capture(() => m.validateBroadcastWithHttpInfo(body)));
        conforms('validateNarrowcast', await capture(() => m.validateNarrowcastWithHttpInfo(body)));
        conforms('validateReply', await capture(() => m.validateReplyWithHttpInfo(body)));
      });
    });

    describe('rich menus', () => {
      it('validateRichMenuObject, createRichMenu, getRichMenu, getRichMenuList', async () => {
        conforms(
          'validateRichMenuObject',
          await capture(() => m.validateRichMenuObjectWithHttpInfo(richMenu('check'))),
        );
        const created = await capture(() => m.createRichMenuWithHttpInfo(richMenu('spring')));
        conforms('createRichMenu', created);
        ctx.richMenuId = (created.body as { richMenuId: string }).richMenuId;
        conforms('getRichMenu', await capture(() => m.getRichMenuWithHttpInfo(ctx.richMenuId as string)));
        conforms('getRichMenuList', await capture(() => m.getRichMenuListWithHttpInfo()));
      });
      it('setRichMenuImage and getRichMenuImage', async () => {
        const id = ctx.richMenuId as string;
        conforms(
          'setRichMenuImage',
          await capture(() => mb.setRichMenuImageWithHttpInfo(id, new Blob([png], { type: 'image/png' }))),
        );
        const image = await capture(() => mb.getRichMenuImageWithHttpInfo(id));
        conforms('getRichMenuImage', { ...image, body: null });
        if (isSandbox()) expect(image.headers.get('content-type')).toBe('image/png');
      });
      it('default rich menu: set, get, cancel', async () => {
        const id = ctx.richMenuId as string;
        conforms('setDefaultRichMenu', await capture(() => m.setDefaultRichMenuWithHttpInfo(id)));
        const got = await capture(() => m.getDefaultRichMenuIdWithHttpInfo());
        conforms('getDefaultRichMenuId', got);
        if (isSandbox()) expect(got.body).toEqual({ richMenuId: id });
        conforms('cancelDefaultRichMenu', await capture(() => m.cancelDefaultRichMenuWithHttpInfo()));
      });
      it('per-user and bulk links', async () => {
        const id = ctx.richMenuId as string;
        const user = target.userIds[1] as string;
        conforms('linkRichMenuIdToUser', await capture(() => m.linkRichMenuIdToUserWithHttpInfo(user, id)));
        conforms('getRichMenuIdOfUser', await capture(() => m.getRichMenuIdOfUserWithHttpInfo(user)));
        conforms(
          'unlinkRichMenuIdFromUser',
          await capture(() => m.unlinkRichMenuIdFromUserWithHttpInfo(user)),
        );
        const users = target.userIds.slice(0, 5) as string[];
        conforms(
          'linkRichMenuIdToUsers',
          await capture(() => m.linkRichMenuIdToUsersWithHttpInfo({ richMenuId: id, userIds: users })),
          202,
        );
        conforms(
          'unlinkRichMenuIdFromUsers',
          await capture(() => m.unlinkRichMenuIdFromUsersWithHttpInfo({ userIds: users })),
          202,
        );
      });
      it('aliases: create, get, update, list, delete', async () => {
        const id = ctx.richMenuId as string;
        conforms(
          'createRichMenuAlias',
          await capture(() =>
            m.createRichMenuAliasWithHttpInfo({ richMenuAliasId: 'tab-a', richMenuId: id }),
          ),
        );
        conforms('getRichMenuAlias', await capture(() => m.getRichMenuAliasWithHttpInfo('tab-a')));
        conforms(
          'updateRichMenuAlias',
          await capture(() => m.updateRichMenuAliasWithHttpInfo('tab-a', { richMenuId: id })),
        );
        conforms('getRichMenuAliasList', await capture(() => m.getRichMenuAliasListWithHttpInfo()));
        conforms('deleteRichMenuAlias', await capture(() => m.deleteRichMenuAliasWithHttpInfo('tab-a')));
      });
      it('deleteRichMenu', async () => {
        const created = await capture(() => m.createRichMenuWithHttpInfo(richMenu('to delete')));
        conforms(
          'deleteRichMenu',
          await capture(() =>
            m.deleteRichMenuWithHttpInfo((created.body as { richMenuId: string }).richMenuId),
          ),
        );
      });
    });

    describe('audiences', () => {
      it('createAudienceGroup and addAudienceToAudienceGroup (JSON)', async () => {
        const created = await capture(() =>
          a.createAudienceGroupWithHttpInfo({
            description: 'VIP customers',
            isIfaAudience: false,
            uploadDescription: 'first batch',
            audiences: target.userIds.slice(0, 60).map((id) => ({ id })),
          }),
        );
        conforms('createAudienceGroup', created, 202);
        ctx.audienceId = (created.body as { audienceGroupId: number }).audienceGroupId;
        const added = await capture(() =>
          a.addAudienceToAudienceGroupWithHttpInfo({
            audienceGroupId: ctx.audienceId,
            uploadDescription: 'second batch',
            audiences: target.userIds.slice(60, 70).map((id) => ({ id })),
          }),
        );
        conforms('addAudienceToAudienceGroup', added, 202);
      });
      it('createAudienceForUploadingUserIds and addUserIdsToAudience (file)', async () => {
        const file = new Blob([target.userIds.slice(0, 40).join('\n')], { type: 'text/plain' });
        const created = await capture(() =>
          ab.createAudienceForUploadingUserIdsWithHttpInfo(file, 'From a file', false, 'file upload'),
        );
        conforms('createAudienceForUploadingUserIds', created, 202);
        ctx.fileAudienceId = (created.body as { audienceGroupId: number }).audienceGroupId;
        const more = new Blob([target.userIds.slice(40, 50).join('\r\n') + '\r\n'], { type: 'text/plain' });
        conforms(
          'addUserIdsToAudience',
          await capture(() => ab.addUserIdsToAudienceWithHttpInfo(more, ctx.fileAudienceId, 'more')),
          202,
        );
      });
      it('createClickBasedAudienceGroup and createImpBasedAudienceGroup', async () => {
        const requestId = ctx.broadcastRequestId as string;
        conforms(
          'createClickBasedAudienceGroup',
          await capture(() =>
            a.createClickBasedAudienceGroupWithHttpInfo({ description: 'Clicked the sale', requestId }),
          ),
          202,
        );
        conforms(
          'createImpBasedAudienceGroup',
          await capture(() =>
            a.createImpBasedAudienceGroupWithHttpInfo({ description: 'Opened the sale', requestId }),
          ),
          202,
        );
      });
      it('getAudienceData: IN_PROGRESS, then READY with finished jobs', async () => {
        const id = ctx.audienceId as number;
        const before = await capture(() => a.getAudienceDataWithHttpInfo(id));
        conforms('getAudienceData', before);
        target.sandbox?.advance(10_000);
        const after = await capture(() => a.getAudienceDataWithHttpInfo(id));
        conforms('getAudienceData', after);
        if (isSandbox()) {
          expect((before.body as { audienceGroup: { status: string } }).audienceGroup.status).toBe(
            'IN_PROGRESS',
          );
          const data = after.body as {
            audienceGroup: { status: string; audienceCount: number };
            jobs: { jobStatus: string }[];
          };
          expect(data.audienceGroup.status).toBe('READY');
          expect(data.audienceGroup.audienceCount).toBe(70);
          expect(data.jobs.map((j) => j.jobStatus)).toEqual(['FINISHED', 'FINISHED']);
        }
      });
      it('getAudienceGroups (paged), updateAudienceGroupDescription, deleteAudienceGroup', async () => {
        const list = await capture(() => a.getAudienceGroupsWithHttpInfo(1, undefined, undefined, 2));
        conforms('getAudienceGroups', list);
        if (isSandbox())
          expect(list.body).toMatchObject({ hasNextPage: true, totalCount: 4, page: 1, size: 2 });
        conforms(
          'updateAudienceGroupDescription',
          await capture(() =>
            a.updateAudienceGroupDescriptionWithHttpInfo(ctx.fileAudienceId as number, {
              description: 'Renamed',
            }),
          ),
        );
        conforms(
          'deleteAudienceGroup',
          await capture(() => a.deleteAudienceGroupWithHttpInfo(ctx.fileAudienceId as number)),
        );
      });
    });

    describe('insight', () => {
      it('getNumberOfFollowers, getFriendsDemographics, getNumberOfMessageDeliveries', async () => {
        conforms(
          'getNumberOfFollowers',
          await capture(() => ins.getNumberOfFollowersWithHttpInfo(target.pastDate)),
        );
        conforms('getFriendsDemographics', await capture(() => ins.getFriendsDemographicsWithHttpInfo()));
        conforms(
          'getNumberOfMessageDeliveries',
          await capture(() => ins.getNumberOfMessageDeliveriesWithHttpInfo(target.pastDate)),
        );
      });
      it('getMessageEvent of the broadcast and getStatisticsPerUnit', async () => {
        conforms(
          'getMessageEvent',
          await capture(() => ins.getMessageEventWithHttpInfo(ctx.broadcastRequestId as string)),
        );
        conforms(
          'getStatisticsPerUnit',
          await capture(() =>
            ins.getStatisticsPerUnitWithHttpInfo('spring_sale', target.pastDate, target.pastDate),
          ),
        );
      });
    });

    describe('invalid requests', () => {
      it('no token → 401; a wrong token → 401 (sandbox)', async () => {
        const anonymous = new messagingApi.MessagingApiClient({
          channelAccessToken: '',
          baseURL: target.origins.messaging,
        });
        const none = await raw(`${target.origins.messaging}/v2/bot/message/quota`, {});
        refused('getMessageQuota', none, 401, { message: /Authentication failed/ });
        if (isSandbox()) {
          const wrong = new messagingApi.MessagingApiClient({
            channelAccessToken: 'not-the-token',
            baseURL: target.origins.messaging,
          });
          lineError('getMessageQuota', await capture(() => wrong.getMessageQuotaWithHttpInfo()), 401, {
            message: /invalid token/,
          });
        }
        void anonymous;
      });
      it('messages: empty, too many → 400 naming the property', async () => {
        refused('broadcast', await capture(() => m.broadcastWithHttpInfo({ messages: [] })), 400, {
          property: 'messages',
        });
        const six = Array.from({ length: 6 }, () => text('x'));
        refused(
          'pushMessage',
          await capture(() => m.pushMessageWithHttpInfo({ to: target.userIds[0] as string, messages: six })),
          400,
          { property: 'messages' },
        );
      });
      it('multicast to 501 users → 400', async () => {
        const to = Array.from({ length: 501 }, (_, i) => target.userIds[i % target.userIds.length] as string);
        refused(
          'multicast',
          await capture(() => m.multicastWithHttpInfo({ to, messages: [text('x')] })),
          400,
          { property: 'to' },
        );
      });
      it('rich menu chatBarText over 14 characters → 400', async () => {
        refused(
          'createRichMenu',
          await capture(() =>
            m.createRichMenuWithHttpInfo({ ...richMenu('x'), chatBarText: 'fifteen chars!!' }),
          ),
          400,
          { property: 'chatBarText' },
        );
      });
      it('rich menu alias ID with capitals → 400', async () => {
        refused(
          'createRichMenuAlias',
          await capture(() =>
            m.createRichMenuAliasWithHttpInfo({ richMenuAliasId: 'Tab A', richMenuId: 'richmenu-0' }),
          ),
          400,
          { property: 'richMenuAliasId' },
        );
      });
      it('audience name over 120 characters → 400', async () => {
        refused(
          'createAudienceGroup',
          await capture(() =>
            a.createAudienceGroupWithHttpInfo({ description: 'x'.repeat(121), audiences: [] }),
          ),
          400,
          { message: /AUDIENCE_GROUP_NAME_SIZE_OVER|120/ },
        );
      });
      it('audience list page size over 40 → 400', async () => {
        refused(
          'getAudienceGroups',
          await capture(() => a.getAudienceGroupsWithHttpInfo(1, undefined, undefined, 41)),
          400,
          { property: 'size' },
        );
      });
    });
  });
}
