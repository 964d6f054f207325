// The campaigns API through the real handlers over a real SQLite file: drafts and keys, the ready
// check naming every rule error, the lock on sent campaigns (in main and in the write path), reach
// kept as planned recipients, retargeting on campaigns made here, months in the channel's zone.

import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/result';
import { createWireApiTestDouble } from '../../../shared/api/test-double';
import { toDraft, type CampaignDraft } from '../../../shared/campaigns/model';
import { recordBroadcastSent } from '../../../electron/campaigns/broadcasts';
import { getCampaign, updateCampaign, deleteCampaign } from '../../../electron/campaigns/repository';
import { saveChannelPlanning } from '../../../electron/quota/planning';
import { openTestApp } from '../../helpers/test-handlers';
import { draft as baseDraft } from '../../shared/campaigns/fixtures';

const friends = {
  followers: 12_000,
  blocks: 2000,
  targetReach: 9000,
  asOf: '2030-11-28',
  demographics: { genders: { male: 0.4, female: 0.55, unknown: 0.05 } },
};

function setup() {
  const app = openTestApp();
  const db = app.data.database.db;
  saveChannelPlanning(db, 1, { friends, timeZone: 'Asia/Taipei' });
  return { app, db, api: createApiClient(createWireApiTestDouble(app.handlers).wire) };
}

const draft = (overrides: Partial<CampaignDraft> = {}): CampaignDraft =>
  baseDraft({ key: '', at: '2030-12-20T12:00:00+08:00', ...overrides });

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('campaign drafts', () => {
  it('are created with the title as their key, made unique, and keep the reach as planned recipients', async () => {
    const { api, app } = setup();
    const first = await api.createCampaign(1, draft());
    const second = await api.createCampaign(1, draft());
    expect([first.key, second.key]).toEqual(['Christmas sale', 'Christmas sale (2)']);
    expect(first).toMatchObject({ status: 'draft', channelId: 1, plannedRecipients: 10_000 });
    const moved = await api.createCampaign(1, draft({ key: 'vip', at: '2030-12-20T13:00:00+09:00' }));
    expect(moved.at).toBe('2030-12-20T12:00:00+08:00');
    await expect(api.createCampaign(1, draft({ key: 'vip' }))).rejects.toThrow(
      /cannot be saved until these 1 problems are fixed:\n- key: Another campaign of this channel already has the key “vip”/,
    );
    expect(app.events.filter((e) => e.event === 'campaignsChanged')).toHaveLength(3);
    expect(app.events.filter((e) => e.event === 'audiencesChanged')).toHaveLength(3);
  });

  it('save with rule errors as drafts, and cannot become ready until they are fixed', async () => {
    const { api } = setup();
    const broken = await api.createCampaign(
      1,
      draft({
        sendKind: 'narrowcast',
        filter: { demographic: { type: 'gender', oneOf: ['female'] } },
        limit: { max: 49 },
        messages: [],
      }),
    );
    expect(broken.status).toBe('draft');
    const error = await refusal(api.setCampaignStatus(broken.id, 'ready'));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(
      [
        '“Christmas sale” cannot become ready until these 2 problems are fixed:',
        '- messages: There are no bubbles to send. Add 1 to 5 bubbles: text, image, rich message, video, sticker or Flex.',
        '- limit.max: With an attribute filter the number of recipients must be at least 50; it is 49. Set it to 50 or more, or remove the filter.',
      ].join('\n'),
    );
    const fixed = await api.saveCampaign(broken.id, {
      ...toDraft(broken),
      limit: { max: 50 },
      messages: [{ type: 'text', text: 'Hi' }],
    });
    expect((await api.setCampaignStatus(fixed.id, 'ready')).status).toBe('ready');
    // A ready campaign that would break a rule is refused as it is, not stored half-checked.
    await expect(api.saveCampaign(fixed.id, { ...toDraft(fixed), limit: { max: 10 } })).rejects.toThrow(
      /cannot become ready/,
    );
    expect((await api.getCampaign(fixed.id)).limit).toEqual({ max: 50 });
    expect((await api.setCampaignStatus(fixed.id, 'scheduled')).status).toBe('scheduled');
    expect((await api.setCampaignStatus(fixed.id, 'draft')).status).toBe('draft');
  });

  it('are checked without saving: findings, reach and the sends the forecast takes', async () => {
    const { api } = setup();
    const check = await api.checkCampaign(
      1,
      draft({ messages: [{ type: 'text', text: 'Sale \u{100078}' }] }),
      null,
    );
    expect(check.canBeReady).toBe(false);
    expect(check.findings).toMatchObject([
      {
        code: 'device-dependent-character',
        path: 'messages[0].text',
        params: { character: 'U+100078', index: 6 },
      },
    ]);
    expect(check.reach).toMatchObject({ expected: 10_000, approximate: true, asOf: '2030-11-28' });
    expect(check.sends).toMatchObject([
      { key: 'Christmas sale', at: '2030-12-20T12:00:00+08:00', estimate: { expected: 10_000 } },
    ]);
  });

  it('are listed by month in the channel’s zone', async () => {
    const { api } = setup();
    await api.createCampaign(1, draft({ key: 'nov', at: '2030-11-30T23:30:00+08:00' }));
    await api.createCampaign(1, draft({ key: 'dec', at: '2030-11-30T16:30:00Z' })); // 00:30 on 1 Dec in Taipei
    await api.createCampaign(1, draft({ key: 'jan', at: '2031-01-01T00:00:00+08:00' }));
    expect((await api.listCampaigns(1, '2030-12')).map((c) => c.key)).toEqual(['dec']);
    expect((await api.listCampaigns(1, null)).map((c) => c.key)).toEqual(['nov', 'dec', 'jan']);
  });

  it('are listed for the calendar without their content, by month as the full list', async () => {
    const { api, db } = setup();
    const nov = await api.createCampaign(1, draft({ key: 'nov', at: '2030-11-30T23:30:00+08:00' }));
    await api.createCampaign(1, draft({ key: 'dec', at: '2030-11-30T16:30:00Z' }));
    await api.createCampaign(1, draft({ key: 'next', at: null }));
    await api.createCampaign(1, draft({ key: 'early', at: '2030-11-02T09:00:00+08:00' }));
    const full = await api.listCampaigns(1, null);
    const summaries = await api.listCampaignSummaries(1, null);
    expect(summaries.map((c) => c.key)).toEqual(['early', 'nov', 'dec', 'next']);
    expect(summaries).toEqual(
      full.map(({ id, key, title, status, sendKind, at, plannedRecipients }) => ({
        id,
        key,
        title,
        status,
        sendKind,
        at,
        plannedRecipients,
      })),
    );
    expect((await api.listCampaignSummaries(1, '2030-12')).map((c) => c.key)).toEqual(['dec']);
    // The content is never read: a row whose content this version cannot parse is still listed.
    db.prepare(`UPDATE campaigns SET content = '{"messages":5}' WHERE id = ?`).run(nov.id);
    await expect(api.listCampaigns(1, '2030-11')).rejects.toThrow();
    expect((await api.listCampaignSummaries(1, '2030-11')).map((c) => c.key)).toEqual(['early', 'nov']);
    await expect(api.listCampaignSummaries(1, '2030-13')).rejects.toThrow();
  });
});

describe('sent campaigns', () => {
  it('are locked: main refuses to change or delete them, and so does the write path', async () => {
    const { api, db } = setup();
    const campaign = await api.createCampaign(1, draft({ key: 'xmas' }));
    recordBroadcastSent(db, campaign.id, '5b59509c-c57b-4a6a-8b3d-000000000001', '2030-12-20T04:00:00.000Z');
    const sent = await api.getCampaign(campaign.id);
    expect(sent.status).toBe('sent');
    const locked =
      /“Christmas sale” is sent: sent campaigns are LINE’s history and cannot be changed or deleted/;
    await expect(api.saveCampaign(campaign.id, { ...toDraft(sent), title: 'Changed' })).rejects.toThrow(
      locked,
    );
    await expect(api.deleteCampaign(campaign.id)).rejects.toThrow(locked);
    await expect(api.setCampaignStatus(campaign.id, 'draft')).rejects.toThrow(locked);
    expect(() => updateCampaign(db, campaign.id, { ...toDraft(sent), title: 'Changed' }, 'draft', 0)).toThrow(
      locked,
    );
    expect(() => deleteCampaign(db, campaign.id)).toThrow(locked);
    expect(getCampaign(db, campaign.id)).toMatchObject({ title: 'Christmas sale', status: 'sent' });
  });

  it('are duplicated into new drafts', async () => {
    const { api, db } = setup();
    const campaign = await api.createCampaign(1, draft({ key: 'xmas' }));
    recordBroadcastSent(db, campaign.id, '5b59509c-c57b-4a6a-8b3d-000000000001', '2030-12-20T04:00:00.000Z');
    const copy = await api.duplicateCampaign(campaign.id);
    expect(copy).toMatchObject({
      title: 'Christmas sale (copy)',
      key: 'Christmas sale (copy)',
      status: 'draft',
      at: null,
      messages: campaign.messages,
    });
    await api.deleteCampaign(copy.id);
    await expect(api.getCampaign(copy.id)).rejects.toThrow(/There is no campaign/);
  });
});

describe('retargeting on campaigns made here', () => {
  it('lists them, estimates from their planned recipients and follows the rules of the send', async () => {
    const { api } = setup();
    const source = await api.createCampaign(1, draft({ key: 'xmas' }));
    const broadcasts = await api.listCampaignBroadcasts(1);
    expect(broadcasts).toMatchObject([
      { id: source.id, title: 'Christmas sale', plannedRecipients: 10_000, sentAt: null },
    ]);
    const clicked = await api.createRetargetingAudience({
      channelId: 1,
      name: 'Clicked the sale',
      kind: 'click',
      broadcastId: source.id,
      clickUrl: null,
      rate: 0.05,
    });
    const count = await api.countAudienceExpression(
      1,
      { type: 'audience', audienceId: clicked.id },
      { targetReach: null },
    );
    expect(count.count).toEqual({ kind: 'estimate', low: 250, expected: 500, high: 750 });

    const followUp = draft({
      title: 'Follow-up',
      key: 'follow-up',
      sendKind: 'narrowcast',
      at: '2030-12-23T12:00:00+08:00',
      recipient: { type: 'audience', audienceId: clicked.id },
    });
    const codes = async () => (await api.checkCampaign(1, followUp, null)).findings.map((f) => f.code);
    // A draft source is neither sent nor planned.
    expect(await codes()).toContain('retargeting-source-not-sent');
    await api.setCampaignStatus(source.id, 'ready');
    expect(await codes()).not.toContain('retargeting-source-not-sent');
    expect((await api.checkCampaign(1, followUp, null)).reach).toMatchObject({
      expected: 500,
      basis: 'audiences',
    });
    // The audience refers to the campaign: it cannot be deleted under it.
    await expect(api.deleteCampaign(source.id)).rejects.toThrow(
      /The audience “Clicked the sale” retargets “Christmas sale”/,
    );
  });
});

describe('campaign files through the API', () => {
  it('import all or nothing into the channel shown, and export the same format', async () => {
    const { api } = setup();
    const file = {
      format: 'oa-planner.campaigns',
      version: 1,
      campaigns: [
        {
          key: 'a',
          title: 'A',
          send: 'broadcast',
          at: '2030-12-20T12:00',
          messages: [{ type: 'text', text: 'A' }],
        },
      ],
    };
    expect(await api.importCampaignFile(1, JSON.stringify(file))).toEqual({
      channelId: 1,
      created: ['a'],
      updated: [],
      unchanged: [],
      planningChanged: false,
    });
    const error = await refusal(
      api.importCampaignFile(
        1,
        JSON.stringify({ ...file, campaigns: [{ ...file.campaigns[0], send: 'fax' }] }),
      ),
    );
    expect(error.message).toBe(
      [
        'The campaign file was not imported and nothing was changed. Fix these 1 problems:',
        '- campaigns[0].send: “fax” is not allowed here. Use one of: broadcast, narrowcast, multicast, push.',
      ].join('\n'),
    );
    expect(error.details).toHaveLength(1);
    const exported = JSON.parse(await api.exportCampaignFile(1, '2030-12')) as {
      campaigns: { key: string; at: string }[];
    };
    expect(exported.campaigns).toMatchObject([{ key: 'a', at: '2030-12-20T12:00' }]);
  });
});
