// The request bodies sync will send, validated against LINE's official request schemas
// (messaging-api.yml): broadcast, narrowcast with resolved audience and redelivery IDs, multicast in
// requests of 500, push; every bubble type, the imagemap built from its editor document; A/B parts.

import { describe, expect, it } from 'vitest';
import {
  abTestWinnerSend,
  lineSends,
  type LineResolvers,
  type LineSend,
} from '../../../shared/campaigns/line-requests';
import type { CampaignDraft, CampaignMessage } from '../../../shared/campaigns/model';
import { imagemapFixture } from '../editor/fixtures';
import { schemaValidator } from '../../helpers/line-openapi';
import { cafeBubble, draft, userId } from './fixtures';

const validators = {
  broadcast: schemaValidator('BroadcastRequest'),
  narrowcast: schemaValidator('NarrowcastRequest'),
  multicast: schemaValidator('MulticastRequest'),
  pushMessage: schemaValidator('PushMessageRequest'),
};

const resolvers: LineResolvers = {
  audienceGroupId: (id) => (id < 100 ? 5614991017700 + id : undefined),
  requestId: (id) => (id < 100 ? `5b59509c-c57b-4a6a-8b3d-${String(id).padStart(12, '0')}` : undefined),
  imagemap: (id) => (id === 7 ? imagemapFixture() : undefined),
};

function sends(d: CampaignDraft, abTestTarget?: number): readonly LineSend[] {
  const mapping = lineSends(d, resolvers, abTestTarget);
  if (!mapping.ok) throw new Error(`unresolved: ${JSON.stringify(mapping.unresolved)}`);
  for (const send of mapping.sends) expect(validators[send.operation](send.body), send.operation).toEqual([]);
  return mapping.sends;
}

const everyBubble: CampaignMessage[] = [
  {
    type: 'text',
    text: '聖誕 $ 特賣',
    emojis: [{ index: 3, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }],
  },
  {
    type: 'image',
    originalContentUrl: 'https://cdn.example.com/a.jpg',
    previewImageUrl: 'https://cdn.example.com/a-s.jpg',
  },
  { type: 'imagemap', projectId: 7, baseUrl: 'https://cdn.example.com/spring', altText: '春季菜單' },
  { type: 'sticker', packageId: '446', stickerId: '1988' },
  { type: 'flex', altText: 'Brown Cafe', contents: cafeBubble },
];

describe('LINE request bodies', () => {
  it('broadcast every kind of bubble', () => {
    const [send] = sends(draft({ messages: everyBubble, notificationDisabled: true }));
    expect(send?.operation).toBe('broadcast');
    const body = send?.body as { messages: Record<string, unknown>[]; notificationDisabled: boolean };
    expect(body.notificationDisabled).toBe(true);
    expect(body.messages[0]).toEqual(everyBubble[0]);
    expect(body.messages[2]).toMatchObject({
      type: 'imagemap',
      baseUrl: 'https://cdn.example.com/spring',
      altText: '春季菜單',
      baseSize: { width: 1040 },
    });
    expect(body.messages[4]).toEqual({ type: 'flex', altText: 'Brown Cafe', contents: cafeBubble });
    expect(
      validators.broadcast({
        messages: [
          {
            type: 'video',
            originalContentUrl: 'https://v.example.com/a.mp4',
            previewImageUrl: 'https://v.example.com/a.jpg',
            trackingId: 'spring-1',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('narrowcast with LINE’s recipient, filter, limit and notification setting', () => {
    const [send] = sends(
      draft({
        sendKind: 'narrowcast',
        recipient: {
          type: 'and',
          operands: [
            { type: 'audience', audienceId: 14 },
            { type: 'not', operand: { type: 'redelivery', broadcastId: 3 } },
          ],
        },
        filter: {
          demographic: {
            type: 'operator',
            and: [
              { type: 'gender', oneOf: ['female'] },
              { type: 'age', gte: 'age_20', lt: 'age_35' },
              { type: 'area', oneOf: ['jp_13', 'tw_01', 'th_01'] },
            ],
          },
        },
        limit: { max: 1000, upToRemainingQuota: true, forbidPartialDelivery: true },
      }),
    );
    expect(send?.body).toMatchObject({
      recipient: {
        type: 'operator',
        and: [
          { type: 'audience', audienceGroupId: 5614991017714 },
          {
            type: 'operator',
            not: { type: 'redelivery', requestId: '5b59509c-c57b-4a6a-8b3d-000000000003' },
          },
        ],
      },
      filter: { demographic: { type: 'operator' } },
      limit: { max: 1000, upToRemainingQuota: true, forbidPartialDelivery: true },
      notificationDisabled: false,
    });
  });

  it('multicast in requests of 500 user IDs', () => {
    const to = Array.from({ length: 1001 }, (_, i) => userId(i + 1));
    const parts = sends(draft({ sendKind: 'multicast', to }));
    expect(parts.map((p) => (p.body.to as string[]).length)).toEqual([500, 500, 1]);
    expect(parts.flatMap((p) => p.body.to as string[])).toEqual(to);
  });

  it('push to one user', () => {
    const [send] = sends(draft({ sendKind: 'push', to: [userId(9)] }));
    expect(send).toMatchObject({ operation: 'pushMessage', body: { to: userId(9) } });
  });

  it('send an A/B test’s variants as narrowcasts of their share, and the winner to everyone else', () => {
    const test = draft({
      sendKind: 'narrowcast',
      messages: [],
      recipient: { type: 'audience', audienceId: 14 },
      abTest: {
        variants: [
          { share: 0.1, messages: [{ type: 'text', text: 'A' }] },
          { share: 0.2, messages: [{ type: 'text', text: 'B' }] },
        ],
        metric: 'click',
        decideAfterHours: 72,
      },
    });
    const variants = sends(test, 10_000);
    expect(variants.map((v) => v.body.limit)).toEqual([{ max: 1000 }, { max: 2000 }]);
    const winner = abTestWinnerSend(
      test,
      1,
      [
        { requestId: '5b59509c-c57b-4a6a-8b3d-00000000000a', recipients: 1000 },
        { requestId: '5b59509c-c57b-4a6a-8b3d-00000000000b', recipients: 2000 },
      ],
      resolvers,
    );
    expect(winner.ok).toBe(true);
    const [send] = winner.ok ? winner.sends : [];
    expect(validators.narrowcast(send?.body)).toEqual([]);
    expect(send?.body).toMatchObject({
      messages: [{ type: 'text', text: 'B' }],
      recipient: {
        type: 'operator',
        and: [
          { type: 'audience', audienceGroupId: 5614991017714 },
          {
            type: 'operator',
            not: {
              type: 'operator',
              or: [
                { type: 'redelivery', requestId: '5b59509c-c57b-4a6a-8b3d-00000000000a' },
                { type: 'redelivery', requestId: '5b59509c-c57b-4a6a-8b3d-00000000000b' },
              ],
            },
          },
        ],
      },
    });
  });

  it('list what the resolvers do not know instead of sending it', () => {
    const mapping = lineSends(
      draft({
        sendKind: 'narrowcast',
        recipient: {
          type: 'or',
          operands: [
            { type: 'audience', audienceId: 500 },
            { type: 'redelivery', broadcastId: 600 },
          ],
        },
        messages: [{ type: 'imagemap', projectId: 8, baseUrl: 'https://cdn.example.com/x' }],
      }),
      resolvers,
    );
    expect(mapping).toEqual({
      ok: false,
      unresolved: [
        { kind: 'audience', id: 500, path: 'recipient.or[0]' },
        { kind: 'redelivery', id: 600, path: 'recipient.or[1]' },
        { kind: 'imagemap', id: 8, path: 'messages[0]' },
      ],
    });
  });
});
