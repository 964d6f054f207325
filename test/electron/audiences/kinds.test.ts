// Chat tags and chat-tag audiences, click/impression retargeting on a campaign reference, and
// read-only audiences from LINE, through the real handlers over a real SQLite file.

import { describe, expect, it } from 'vitest';
import { insertCampaignBroadcast, recordBroadcastStatistics } from '../../../electron/campaigns/broadcasts';
import { upsertLineAudiences } from '../../../electron/audiences/line-audiences';
import { createApiClient } from '../../../shared/api/client';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import { openTestApp } from '../../helpers/test-handlers';

const u = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

function setup() {
  const app = openTestApp();
  return { app, db: app.data.database.db, api: createApiClient(createWireApiTestDouble(app.handlers).wire) };
}

describe('chat tags', () => {
  it('tags friends by hand and by file, and makes any/all audiences that follow the tags', async () => {
    const { api } = setup();
    const vip = await api.createChatTag(1, 'VIP');
    const tw = await api.createChatTag(1, '台北');
    await expect(api.createChatTag(1, 'vip')).rejects.toThrow(/already exists/);
    expect(await api.tagFriends(1, [u(1), u(2), u(3)], [vip.id])).toBe(3);
    await expect(api.tagFriends(1, [u(4), 'nope'], [vip.id])).rejects.toThrow(/Entry 2/);

    const file = `userId,tags\r\n${u(2)},台北;New\r\n${u(9)},"VIP; 台北"\r\nbad,VIP\r\n${u(5)},\r\n`;
    const report = await api.importChatTags(1, Buffer.from(`\ufeff${file}`).toString('base64'));
    expect(report).toMatchObject({ friends: 2, assignments: 4, invalidRows: 2 });
    expect(report.invalid.map((r) => [r.line, r.problem])).toEqual([
      [4, 'user-id'],
      [5, 'no-tags'],
    ]);
    const tags = await api.listChatTags(1);
    expect(tags.map((t) => [t.name, t.friendCount])).toEqual([
      ['New', 1],
      ['VIP', 4],
      ['台北', 2],
    ]);

    const any = await api.createChatTagAudience({
      channelId: 1,
      name: 'VIP or Taipei',
      tagIds: [vip.id, tw.id],
      match: 'any',
    });
    const all = await api.createChatTagAudience({
      channelId: 1,
      name: 'VIP in Taipei',
      tagIds: [vip.id, tw.id],
      match: 'all',
    });
    expect([any.size, all.size]).toEqual([4, 2]);
    expect(any).toMatchObject({
      kind: 'chatTag',
      idKind: 'userId',
      tagMatch: 'any',
      tagIds: [vip.id, tw.id].sort((a, b) => a - b),
    });

    const count = await api.countAudienceExpression(
      1,
      {
        type: 'and',
        operands: [
          { type: 'audience', audienceId: any.id },
          { type: 'not', operand: { type: 'audience', audienceId: all.id } },
        ],
      },
      { targetReach: null },
    );
    expect(count.count).toEqual({ kind: 'exact', count: 2 });

    await api.renameChatTag(tw.id, 'Taipei');
    await api.deleteChatTag(vip.id);
    const after = await api.listAudiences(1);
    expect(after.find((a) => a.id === any.id)?.size).toBe(2);
  });
});

describe('retargeting and LINE audiences', () => {
  it('creates click and impression audiences on a sent broadcast, estimates them and checks the rules', async () => {
    const { api, db } = setup();
    const sentAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const broadcast = insertCampaignBroadcast(db, {
      channelId: 1,
      title: 'Spring sale',
      kind: 'broadcast',
      requestId: 'req-1',
      plannedAt: null,
      sentAt,
      plannedRecipients: 10_000,
      uniqueImpressions: null,
      uniqueClicks: null,
    });
    const planned = insertCampaignBroadcast(db, {
      channelId: 1,
      title: 'Summer',
      kind: 'narrowcast',
      requestId: null,
      plannedAt: new Date().toISOString(),
      sentAt: null,
      plannedRecipients: 600,
      uniqueImpressions: null,
      uniqueClicks: null,
    });
    expect((await api.listCampaignBroadcasts(1)).map((b) => b.title).sort()).toEqual([
      'Spring sale',
      'Summer',
    ]);
    const opened = await api.createRetargetingAudience({
      channelId: 1,
      name: 'Opened',
      kind: 'impression',
      broadcastId: broadcast,
      clickUrl: null,
      rate: 0.6,
    });
    const clicked = await api.createRetargetingAudience({
      channelId: 1,
      name: 'Clicked',
      kind: 'click',
      broadcastId: planned,
      clickUrl: 'https://shop.example/sale',
      rate: 0.05,
    });
    await expect(
      api.createRetargetingAudience({
        channelId: 1,
        name: 'Bad',
        kind: 'click',
        broadcastId: broadcast,
        clickUrl: 'javascript:alert(1)',
        rate: 0.1,
      }),
    ).rejects.toThrow(/not a link/);
    expect(clicked.retargeting).toEqual({
      broadcastId: planned,
      clickUrl: 'https://shop.example/sale',
      rate: 0.05,
    });

    const both = await api.countAudienceExpression(
      1,
      {
        type: 'or',
        operands: [
          { type: 'audience', audienceId: opened.id },
          { type: 'audience', audienceId: clicked.id },
        ],
      },
      { targetReach: 20_000 },
    );
    expect(both.operands.map((o) => o.count)).toEqual([
      { kind: 'estimate', low: 3000, expected: 6000, high: 9000 },
      { kind: 'estimate', low: 15, expected: 30, high: 45 },
    ]);
    expect(both.count?.kind).toBe('estimate');
    expect(both.problems.map((p) => p.code)).toContain('retargeting-not-sent');
    expect(both.problems).toContainEqual({
      code: 'audience-below-minimum',
      audienceId: clicked.id,
      minimum: 50,
    });

    recordBroadcastStatistics(db, broadcast, { uniqueImpressions: 7123, uniqueClicks: 400 });
    const synced = await api.countAudienceExpression(
      1,
      { type: 'audience', audienceId: opened.id },
      { targetReach: null },
    );
    expect(synced.count).toEqual({ kind: 'estimate', low: 7123, expected: 7123, high: 7123 });

    const redelivery = await api.countAudienceExpression(
      1,
      { type: 'redelivery', broadcastId: planned },
      { targetReach: null },
    );
    expect(redelivery.problems).toContainEqual({ code: 'redelivery-not-sent', broadcastId: planned });
  });

  it('keeps audiences from LINE read-only, updated and removed with each sync', async () => {
    const { api, db } = setup();
    const created = Math.floor(Date.now() / 1000);
    upsertLineAudiences(db, 1, [
      {
        audienceGroupId: '4389303728991',
        type: 'CHAT_TAG',
        description: 'OAM tag',
        status: 'READY',
        failedType: null,
        audienceCount: 1200,
        created,
      },
      {
        audienceGroupId: '4389303728992',
        type: 'WEBTRAFFIC',
        description: 'Site visitors',
        status: 'FAILED',
        failedType: 'AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT',
        audienceCount: 0,
        created,
      },
    ]);
    let list = await api.listAudiences(1);
    // Newest first; both arrived in one sync, so the later row comes first.
    expect(list.map((a) => [a.name, a.kind, a.lineType, a.status, a.failure, a.size])).toEqual([
      ['Site visitors', 'line', 'WEBTRAFFIC', 'FAILED', 'too-few-members', 0],
      ['OAM tag', 'line', 'CHAT_TAG', 'READY', null, 1200],
    ]);
    const tag = list.find((a) => a.name === 'OAM tag');
    if (!tag) throw new Error('missing');
    await expect(api.deleteAudience(tag.id)).rejects.toThrow(/read-only/);
    await expect(api.renameAudience(tag.id, 'Mine')).rejects.toThrow(/read-only/);
    upsertLineAudiences(db, 1, [
      {
        audienceGroupId: '4389303728991',
        type: 'CHAT_TAG',
        description: 'OAM tag',
        status: 'READY',
        failedType: null,
        audienceCount: 1300,
        created,
      },
    ]);
    list = await api.listAudiences(1);
    expect(list.map((a) => [a.name, a.size])).toEqual([['OAM tag', 1300]]);
  });
});
