// The conformance suite, run against two targets: the sandbox (every response must validate against
// the official OpenAPI response schema and carry an X-Line-Request-Id; invalid requests must get
// LINE's documented errors) and a Prism mock of the official documents (the very same SDK requests
// must be valid there: 2xx and no `sl-violations`). Calls go through the real @line/bot-sdk clients.
// Every test makes its own fixtures (a broadcast, a rich menu, an audience…) on a target of its own,
// so any one of them runs alone (`-t`) and in any order.

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
}

export interface ConformanceTargets {
  /**
   * The target of one test, asked for at its start: a fresh sandbox (closed when the test ends);
   * the Prism mocks keep no state, so every test gets the same ones.
   */
  forTest(): Promise<ConformanceTarget>;
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

export function defineConformanceSuite(title: string, start: () => Promise<ConformanceTargets>): void {
  describe(title, () => {
    let targets: ConformanceTargets;
    // Compiled response schemas, cached: the same for every test.
    const checkResponse = createResponseChecker();

    beforeAll(async () => {
      targets = await start();
    }, 180_000);
    afterAll(async () => targets.close(), 30_000);

    /** What a test works with: its own target, SDK clients for it, and the checks. */
    async function begin() {
      const target = await targets.forTest();
      const config = (baseURL: string) => ({ channelAccessToken: target.token, baseURL });
      const isSandbox = target.kind === 'sandbox';

      /** A successful call: valid on Prism; on the sandbox, a documented status with a valid body. */
      function conforms(operationId: string, outcome: Outcome, status?: number): void {
        const violations = outcome.headers.get('sl-violations');
        expect(violations, `${operationId}: Prism reports the request invalid`).toBeNull();
        expect(
          outcome.status,
          `${operationId} answered ${String(outcome.status)}: ${JSON.stringify(outcome.body)}`,
        ).toBeLessThan(300);
        if (!isSandbox) return;
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
        if (isSandbox) lineError(operationId, outcome, status, expected);
        else expect(outcome.status, JSON.stringify(outcome.body)).toBeGreaterThanOrEqual(400);
      }

      return {
        target,
        isSandbox,
        m: new messagingApi.MessagingApiClient(config(target.origins.messaging)),
        mb: new messagingApi.MessagingApiBlobClient(config(target.origins.messaging)),
        a: new manageAudience.ManageAudienceClient(config(target.origins.audience)),
        ab: new manageAudience.ManageAudienceBlobClient(config(target.origins.audience)),
        ins: new insight.InsightClient(config(target.origins.insight)),
        /** Moves the sandbox clock (nothing to move on Prism). */
        advance: (ms: number) => target.sandbox?.advance(ms),
        conforms,
        lineError,
        refused,
      };
    }
    type Run = Awaited<ReturnType<typeof begin>>;

    // ── fixtures, made by the test that needs them ────────────────────────────────────────────

    /** A broadcast with a link in it: the request ID that retargeting and statistics refer to. */
    async function sentBroadcast(t: Run): Promise<string> {
      const outcome = await capture(() =>
        t.m.broadcastWithHttpInfo({ messages: [text('Sale today: https://example.com/sale')] }, randomUUID()),
      );
      t.conforms('broadcast', outcome, 200);
      return outcome.headers.get('x-line-request-id') ?? randomUUID();
    }

    async function createdRichMenu(t: Run, name: string): Promise<string> {
      const created = await capture(() => t.m.createRichMenuWithHttpInfo(richMenu(name)));
      t.conforms('createRichMenu', created);
      return (created.body as { richMenuId: string }).richMenuId;
    }

    /** A rich menu with its image: only such a menu can be the default, linked or aliased. */
    async function richMenuWithImage(t: Run, name: string): Promise<string> {
      const id = await createdRichMenu(t, name);
      t.conforms(
        'setRichMenuImage',
        await capture(() => t.mb.setRichMenuImageWithHttpInfo(id, new Blob([png], { type: 'image/png' }))),
      );
      return id;
    }

    async function uploadAudience(t: Run, description: string, userIds: readonly string[]): Promise<number> {
      const created = await capture(() =>
        t.a.createAudienceGroupWithHttpInfo({
          description,
          isIfaAudience: false,
          uploadDescription: 'first batch',
          audiences: userIds.map((id) => ({ id })),
        }),
      );
      t.conforms('createAudienceGroup', created, 202);
      return (created.body as { audienceGroupId: number }).audienceGroupId;
    }

    describe('account, quota and counts', () => {
      it('getBotInfo', async () => {
        const t = await begin();
        t.conforms('getBotInfo', await capture(() => t.m.getBotInfoWithHttpInfo()));
      });
      it('getMessageQuota', async () => {
        const t = await begin();
        t.conforms('getMessageQuota', await capture(() => t.m.getMessageQuotaWithHttpInfo()));
      });
      it('getMessageQuotaConsumption', async () => {
        const t = await begin();
        t.conforms(
          'getMessageQuotaConsumption',
          await capture(() => t.m.getMessageQuotaConsumptionWithHttpInfo()),
        );
      });
      it('getNumberOfSent{Push,Multicast,Broadcast,Reply}Messages', async () => {
        const t = await begin();
        const date = t.target.pastDate;
        t.conforms(
          'getNumberOfSentPushMessages',
          await capture(() => t.m.getNumberOfSentPushMessagesWithHttpInfo(date)),
        );
        t.conforms(
          'getNumberOfSentMulticastMessages',
          await capture(() => t.m.getNumberOfSentMulticastMessagesWithHttpInfo(date)),
        );
        t.conforms(
          'getNumberOfSentBroadcastMessages',
          await capture(() => t.m.getNumberOfSentBroadcastMessagesWithHttpInfo(date)),
        );
        t.conforms(
          'getNumberOfSentReplyMessages',
          await capture(() => t.m.getNumberOfSentReplyMessagesWithHttpInfo(date)),
        );
      });
      it('getFollowers and getProfile', async () => {
        const t = await begin();
        t.conforms('getFollowers', await capture(() => t.m.getFollowersWithHttpInfo(undefined, 10)));
        t.conforms(
          'getProfile',
          await capture(() => t.m.getProfileWithHttpInfo(t.target.userIds[0] as string)),
        );
      });
      it('getAggregationUnitUsage and getAggregationUnitNameList', async () => {
        const t = await begin();
        t.conforms('getAggregationUnitUsage', await capture(() => t.m.getAggregationUnitUsageWithHttpInfo()));
        t.conforms(
          'getAggregationUnitNameList',
          await capture(() => t.m.getAggregationUnitNameListWithHttpInfo('10', '0')),
        );
      });
    });

    describe('sending', () => {
      it('pushMessage, with a retry key', async () => {
        const t = await begin();
        const outcome = await capture(() =>
          t.m.pushMessageWithHttpInfo(
            { to: t.target.userIds[0] as string, messages: [text('Hello')] },
            randomUUID(),
          ),
        );
        t.conforms('pushMessage', outcome, 200);
      });
      it('multicast', async () => {
        const t = await begin();
        const outcome = await capture(() =>
          t.m.multicastWithHttpInfo(
            {
              to: t.target.userIds.slice(0, 3) as string[],
              messages: [text('Hi all')],
              customAggregationUnits: ['spring_sale'],
            },
            randomUUID(),
          ),
        );
        t.conforms('multicast', outcome, 200);
      });
      it('broadcast', async () => {
        const t = await begin();
        await sentBroadcast(t);
      });
      it('narrowcast and getNarrowcastProgress through every phase', async () => {
        const t = await begin();
        const outcome = await capture(() =>
          t.m.narrowcastWithHttpInfo(
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
        t.conforms('narrowcast', outcome, 202);
        const requestId = outcome.headers.get('x-line-request-id') ?? randomUUID();
        const phases: string[] = [];
        for (const step of [0, 1500, 5000]) {
          t.advance(step);
          const progress = await capture(() => t.m.getNarrowcastProgressWithHttpInfo(requestId));
          t.conforms('getNarrowcastProgress', progress);
          phases.push((progress.body as { phase: string }).phase);
        }
        if (t.isSandbox) expect(phases).toEqual(['waiting', 'sending', 'succeeded']);
      });
      it('validatePush, validateMulticast, validateBroadcast, validateNarrowcast, validateReply', async () => {
        const t = await begin();
        const body = { messages: [text('check')] };
        t.conforms('validatePush', await capture(() => t.m.validatePushWithHttpInfo(body)));
        t.conforms('validateMulticast', await capture(() => t.m.validateMulticastWithHttpInfo(body)));
        t.conforms('validateBroadcast', await capture(() => t.m.validateBroadcastWithHttpInfo(body)));
        t.conforms('validateNarrowcast', await capture(() => t.m.validateNarrowcastWithHttpInfo(body)));
        t.conforms('validateReply', await capture(() => t.m.validateReplyWithHttpInfo(body)));
      });
    });

    describe('rich menus', () => {
      it('validateRichMenuObject, createRichMenu, getRichMenu, getRichMenuList', async () => {
        const t = await begin();
        t.conforms(
          'validateRichMenuObject',
          await capture(() => t.m.validateRichMenuObjectWithHttpInfo(richMenu('check'))),
        );
        const id = await createdRichMenu(t, 'spring');
        t.conforms('getRichMenu', await capture(() => t.m.getRichMenuWithHttpInfo(id)));
        const list = await capture(() => t.m.getRichMenuListWithHttpInfo());
        t.conforms('getRichMenuList', list);
        if (t.isSandbox)
          expect(
            (list.body as { richmenus: { richMenuId: string }[] }).richmenus.map((r) => r.richMenuId),
          ).toEqual([id]);
      });
      it('setRichMenuImage and getRichMenuImage', async () => {
        const t = await begin();
        const id = await richMenuWithImage(t, 'with image');
        const image = await capture(() => t.mb.getRichMenuImageWithHttpInfo(id));
        t.conforms('getRichMenuImage', { ...image, body: null });
        if (t.isSandbox) expect(image.headers.get('content-type')).toBe('image/png');
      });
      it('default rich menu: set, get, cancel', async () => {
        const t = await begin();
        const id = await richMenuWithImage(t, 'default');
        t.conforms('setDefaultRichMenu', await capture(() => t.m.setDefaultRichMenuWithHttpInfo(id)));
        const got = await capture(() => t.m.getDefaultRichMenuIdWithHttpInfo());
        t.conforms('getDefaultRichMenuId', got);
        if (t.isSandbox) expect(got.body).toEqual({ richMenuId: id });
        t.conforms('cancelDefaultRichMenu', await capture(() => t.m.cancelDefaultRichMenuWithHttpInfo()));
      });
      it('per-user and bulk links', async () => {
        const t = await begin();
        const id = await richMenuWithImage(t, 'linked');
        const user = t.target.userIds[1] as string;
        t.conforms(
          'linkRichMenuIdToUser',
          await capture(() => t.m.linkRichMenuIdToUserWithHttpInfo(user, id)),
        );
        t.conforms('getRichMenuIdOfUser', await capture(() => t.m.getRichMenuIdOfUserWithHttpInfo(user)));
        t.conforms(
          'unlinkRichMenuIdFromUser',
          await capture(() => t.m.unlinkRichMenuIdFromUserWithHttpInfo(user)),
        );
        const users = t.target.userIds.slice(0, 5) as string[];
        t.conforms(
          'linkRichMenuIdToUsers',
          await capture(() => t.m.linkRichMenuIdToUsersWithHttpInfo({ richMenuId: id, userIds: users })),
          202,
        );
        t.conforms(
          'unlinkRichMenuIdFromUsers',
          await capture(() => t.m.unlinkRichMenuIdFromUsersWithHttpInfo({ userIds: users })),
          202,
        );
      });
      it('aliases: create, get, update, list, delete', async () => {
        const t = await begin();
        const id = await richMenuWithImage(t, 'tab a');
        const other = await richMenuWithImage(t, 'tab b');
        t.conforms(
          'createRichMenuAlias',
          await capture(() =>
            t.m.createRichMenuAliasWithHttpInfo({ richMenuAliasId: 'tab-a', richMenuId: id }),
          ),
        );
        t.conforms('getRichMenuAlias', await capture(() => t.m.getRichMenuAliasWithHttpInfo('tab-a')));
        t.conforms(
          'updateRichMenuAlias',
          await capture(() => t.m.updateRichMenuAliasWithHttpInfo('tab-a', { richMenuId: other })),
        );
        const list = await capture(() => t.m.getRichMenuAliasListWithHttpInfo());
        t.conforms('getRichMenuAliasList', list);
        if (t.isSandbox)
          expect(list.body).toEqual({ aliases: [{ richMenuAliasId: 'tab-a', richMenuId: other }] });
        t.conforms('deleteRichMenuAlias', await capture(() => t.m.deleteRichMenuAliasWithHttpInfo('tab-a')));
      });
      it('deleteRichMenu', async () => {
        const t = await begin();
        const id = await createdRichMenu(t, 'to delete');
        t.conforms('deleteRichMenu', await capture(() => t.m.deleteRichMenuWithHttpInfo(id)));
      });
    });

    describe('audiences', () => {
      it('createAudienceGroup and addAudienceToAudienceGroup (JSON)', async () => {
        const t = await begin();
        const id = await uploadAudience(t, 'VIP customers', t.target.userIds.slice(0, 60));
        const added = await capture(() =>
          t.a.addAudienceToAudienceGroupWithHttpInfo({
            audienceGroupId: id,
            uploadDescription: 'second batch',
            audiences: t.target.userIds.slice(60, 70).map((userId) => ({ id: userId })),
          }),
        );
        t.conforms('addAudienceToAudienceGroup', added, 202);
      });
      it('createAudienceForUploadingUserIds and addUserIdsToAudience (file)', async () => {
        const t = await begin();
        const file = new Blob([t.target.userIds.slice(0, 40).join('\n')], { type: 'text/plain' });
        const created = await capture(() =>
          t.ab.createAudienceForUploadingUserIdsWithHttpInfo(file, 'From a file', false, 'file upload'),
        );
        t.conforms('createAudienceForUploadingUserIds', created, 202);
        const id = (created.body as { audienceGroupId: number }).audienceGroupId;
        const more = new Blob([t.target.userIds.slice(40, 50).join('\r\n') + '\r\n'], { type: 'text/plain' });
        t.conforms(
          'addUserIdsToAudience',
          await capture(() => t.ab.addUserIdsToAudienceWithHttpInfo(more, id, 'more')),
          202,
        );
      });
      it('createClickBasedAudienceGroup and createImpBasedAudienceGroup', async () => {
        const t = await begin();
        const requestId = await sentBroadcast(t);
        t.conforms(
          'createClickBasedAudienceGroup',
          await capture(() =>
            t.a.createClickBasedAudienceGroupWithHttpInfo({ description: 'Clicked the sale', requestId }),
          ),
          202,
        );
        t.conforms(
          'createImpBasedAudienceGroup',
          await capture(() =>
            t.a.createImpBasedAudienceGroupWithHttpInfo({ description: 'Opened the sale', requestId }),
          ),
          202,
        );
      });
      it('getAudienceData: IN_PROGRESS, then READY with finished jobs', async () => {
        const t = await begin();
        const id = await uploadAudience(t, 'VIP customers', t.target.userIds.slice(0, 60));
        t.conforms(
          'addAudienceToAudienceGroup',
          await capture(() =>
            t.a.addAudienceToAudienceGroupWithHttpInfo({
              audienceGroupId: id,
              uploadDescription: 'second batch',
              audiences: t.target.userIds.slice(60, 70).map((userId) => ({ id: userId })),
            }),
          ),
          202,
        );
        const before = await capture(() => t.a.getAudienceDataWithHttpInfo(id));
        t.conforms('getAudienceData', before);
        t.advance(10_000);
        const after = await capture(() => t.a.getAudienceDataWithHttpInfo(id));
        t.conforms('getAudienceData', after);
        if (t.isSandbox) {
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
        const t = await begin();
        const ids: number[] = [];
        for (const name of ['Spring', 'Summer', 'Autumn'])
          ids.push(await uploadAudience(t, name, t.target.userIds.slice(0, 10)));
        const list = await capture(() => t.a.getAudienceGroupsWithHttpInfo(1, undefined, undefined, 2));
        t.conforms('getAudienceGroups', list);
        if (t.isSandbox)
          expect(list.body).toMatchObject({ hasNextPage: true, totalCount: 3, page: 1, size: 2 });
        const renamed = ids[0] as number;
        t.conforms(
          'updateAudienceGroupDescription',
          await capture(() =>
            t.a.updateAudienceGroupDescriptionWithHttpInfo(renamed, { description: 'Renamed' }),
          ),
        );
        t.conforms('deleteAudienceGroup', await capture(() => t.a.deleteAudienceGroupWithHttpInfo(renamed)));
        if (t.isSandbox) {
          const rest = await capture(() => t.a.getAudienceGroupsWithHttpInfo(1));
          expect(rest.body).toMatchObject({ totalCount: 2 });
        }
      });
    });

    describe('insight', () => {
      it('getNumberOfFollowers, getFriendsDemographics, getNumberOfMessageDeliveries', async () => {
        const t = await begin();
        t.conforms(
          'getNumberOfFollowers',
          await capture(() => t.ins.getNumberOfFollowersWithHttpInfo(t.target.pastDate)),
        );
        t.conforms('getFriendsDemographics', await capture(() => t.ins.getFriendsDemographicsWithHttpInfo()));
        t.conforms(
          'getNumberOfMessageDeliveries',
          await capture(() => t.ins.getNumberOfMessageDeliveriesWithHttpInfo(t.target.pastDate)),
        );
      });
      it('getMessageEvent of a broadcast', async () => {
        const t = await begin();
        const requestId = await sentBroadcast(t);
        t.conforms('getMessageEvent', await capture(() => t.ins.getMessageEventWithHttpInfo(requestId)));
      });
      it('getStatisticsPerUnit of a multicast', async () => {
        const t = await begin();
        t.conforms(
          'multicast',
          await capture(() =>
            t.m.multicastWithHttpInfo({
              to: t.target.userIds.slice(0, 3) as string[],
              messages: [text('Hi all')],
              customAggregationUnits: ['spring_sale'],
            }),
          ),
          200,
        );
        t.conforms(
          'getStatisticsPerUnit',
          await capture(() =>
            t.ins.getStatisticsPerUnitWithHttpInfo('spring_sale', t.target.pastDate, t.target.pastDate),
          ),
        );
      });
    });

    describe('invalid requests', () => {
      it('no token → 401; a wrong token → 401 (sandbox)', async () => {
        const t = await begin();
        const none = await raw(`${t.target.origins.messaging}/v2/bot/message/quota`, {});
        t.refused('getMessageQuota', none, 401, { message: /Authentication failed/ });
        if (t.isSandbox) {
          const wrong = new messagingApi.MessagingApiClient({
            channelAccessToken: 'not-the-token',
            baseURL: t.target.origins.messaging,
          });
          t.lineError('getMessageQuota', await capture(() => wrong.getMessageQuotaWithHttpInfo()), 401, {
            message: /invalid token/,
          });
        }
      });
      it('messages: empty, too many → 400 naming the property', async () => {
        const t = await begin();
        t.refused('broadcast', await capture(() => t.m.broadcastWithHttpInfo({ messages: [] })), 400, {
          property: 'messages',
        });
        const six = Array.from({ length: 6 }, () => text('x'));
        t.refused(
          'pushMessage',
          await capture(() =>
            t.m.pushMessageWithHttpInfo({ to: t.target.userIds[0] as string, messages: six }),
          ),
          400,
          { property: 'messages' },
        );
      });
      it('multicast to 501 users → 400', async () => {
        const t = await begin();
        const ids = t.target.userIds;
        const to = Array.from({ length: 501 }, (_, i) => ids[i % ids.length] as string);
        t.refused(
          'multicast',
          await capture(() => t.m.multicastWithHttpInfo({ to, messages: [text('x')] })),
          400,
          { property: 'to' },
        );
      });
      it('rich menu chatBarText over 14 characters → 400', async () => {
        const t = await begin();
        t.refused(
          'createRichMenu',
          await capture(() =>
            t.m.createRichMenuWithHttpInfo({ ...richMenu('x'), chatBarText: 'fifteen chars!!' }),
          ),
          400,
          { property: 'chatBarText' },
        );
      });
      it('rich menu alias ID with capitals → 400', async () => {
        const t = await begin();
        t.refused(
          'createRichMenuAlias',
          await capture(() =>
            t.m.createRichMenuAliasWithHttpInfo({ richMenuAliasId: 'Tab A', richMenuId: 'richmenu-0' }),
          ),
          400,
          { property: 'richMenuAliasId' },
        );
      });
      it('audience name over 120 characters → 400', async () => {
        const t = await begin();
        t.refused(
          'createAudienceGroup',
          await capture(() =>
            t.a.createAudienceGroupWithHttpInfo({ description: 'x'.repeat(121), audiences: [] }),
          ),
          400,
          { message: /AUDIENCE_GROUP_NAME_SIZE_OVER|120/ },
        );
      });
      it('audience list page size over 40 → 400', async () => {
        const t = await begin();
        t.refused(
          'getAudienceGroups',
          await capture(() => t.a.getAudienceGroupsWithHttpInfo(1, undefined, undefined, 41)),
          400,
          { property: 'size' },
        );
      });
    });
  });
}
