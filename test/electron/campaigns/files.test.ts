// Campaign files in and out of a real database: the issue's example imported with its names
// resolved, upserts by key, a sent campaign left alone or refused, ready campaigns held to the rules,
// any problem leaving the database as it was, and export then import changing nothing.

import { describe, expect, it } from 'vitest';
import { exportCampaignFileText, importCampaignFileText } from '../../../electron/campaigns/files';
import { recordBroadcastSent } from '../../../electron/campaigns/broadcasts';
import { listCampaigns } from '../../../electron/campaigns/repository';
import { getChannelPlanning } from '../../../electron/quota/planning';
import { problemLine } from '../../../shared/campaigns/file';
import { englishText } from '../../../shared/i18n/text';
import { openTempDatabase } from '../../helpers/temp-database';
import { issueExample } from '../../shared/campaigns/fixtures';
import { campaignTables, imagemapProject, uploadAudience } from './fixtures';

const now = new Date('2026-12-01T00:00:00Z');

function setup() {
  const database = openTempDatabase();
  const { db } = database;
  // 1,200 VIPs, 200 of them also blocked: 1,000 × 55 % female = 550, capped at 500.
  const vip = uploadAudience(
    db,
    'VIP 客人',
    Array.from({ length: 1200 }, (_, i) => i + 1),
  );
  const blocked = uploadAudience(
    db,
    'Blocked',
    Array.from({ length: 200 }, (_, i) => i + 1),
  );
  const project = imagemapProject(db, 'Spring menu');
  return { db, vip, blocked, project };
}

const importText = (
  db: Parameters<typeof importCampaignFileText>[0],
  file: unknown,
  channel: string | null = null,
) => importCampaignFileText(db, typeof file === 'string' ? file : JSON.stringify(file), { channel, now });

const lines = (outcome: ReturnType<typeof importCampaignFileText>) =>
  outcome.ok ? [] : outcome.problems.map((p) => englishText(problemLine(p)));

describe('importing a campaign file', () => {
  it('imports the issue’s example with its names resolved, planning figures and reach', () => {
    const { db, vip, blocked, project } = setup();
    const outcome = importText(db, issueExample);
    expect(lines(outcome)).toEqual([]);
    expect(outcome.ok && outcome.result).toEqual({
      channel: { id: 1, name: 'Sandbox' },
      created: ['xmas', 'vip'],
      updated: [],
      unchanged: [],
      planningChanged: true,
    });
    expect(getChannelPlanning(db, 1)).toMatchObject({
      timeZone: 'Asia/Taipei',
      planId: 'tw-2023-high',
      additionalMessageCap: 2000,
      friends: issueExample.friends,
      consumed: { month: '2026-12', messages: 0 },
      automations: issueExample.automations,
    });
    const [vipCampaign, xmas] = listCampaigns(db, 1);
    expect(xmas).toMatchObject({
      key: 'xmas',
      status: 'ready',
      at: '2026-12-20T12:00:00+08:00',
      plannedRecipients: 2000,
    });
    expect(vipCampaign).toMatchObject({
      key: 'vip',
      status: 'ready',
      at: '2026-12-18T20:00:00+08:00',
      plannedRecipients: 500,
      recipient: {
        type: 'and',
        operands: [
          { type: 'audience', audienceId: vip },
          { type: 'not', operand: { type: 'audience', audienceId: blocked } },
        ],
      },
      messages: [{ type: 'imagemap', projectId: project, baseUrl: 'https://cdn.example.com/spring' }],
    });
  });

  it('exports the same file, and importing it again changes nothing', () => {
    const { db } = setup();
    importText(db, issueExample);
    const exported = exportCampaignFileText(db, 1, null);
    expect(JSON.parse(exported)).toEqual({
      ...issueExample,
      campaigns: [issueExample.campaigns[1], issueExample.campaigns[0]],
    });
    const before = campaignTables(db);
    const again = importText(db, exported);
    expect(again.ok && again.result).toMatchObject({
      created: [],
      updated: [],
      unchanged: ['vip', 'xmas'],
      planningChanged: false,
    });
    expect(campaignTables(db)).toEqual(before);
    expect(JSON.parse(exportCampaignFileText(db, 1, '2026-12')).campaigns).toHaveLength(2);
    expect(JSON.parse(exportCampaignFileText(db, 1, '2027-01')).campaigns).toHaveLength(0);
  });

  it('upserts by key and leaves the channel’s other campaigns alone', () => {
    const { db } = setup();
    importText(db, issueExample);
    const changed = {
      format: 'oa-planner.campaigns',
      version: 1,
      campaigns: [{ ...issueExample.campaigns[0], title: 'Christmas SALE', status: 'draft' }],
    };
    const outcome = importText(db, changed);
    expect(outcome.ok && outcome.result).toMatchObject({
      created: [],
      updated: ['xmas'],
      planningChanged: false,
    });
    expect(listCampaigns(db, 1).map((c) => [c.key, c.title, c.status])).toEqual([
      ['vip', 'VIP preview', 'ready'],
      ['xmas', 'Christmas SALE', 'draft'],
    ]);
  });

  it('is all or nothing: one problem and the database stays as it was, every problem named by its path', () => {
    const { db } = setup();
    importText(db, issueExample);
    const before = campaignTables(db);
    const broken = {
      ...issueExample,
      plan: { id: 'tw-2023-light' },
      campaigns: [
        { ...issueExample.campaigns[0], title: 'Renamed' },
        { ...issueExample.campaigns[1], limit: { max: 49 } },
        {
          key: 'new',
          title: 'New',
          status: 'ready',
          send: 'broadcast',
          at: '2026-12-24T12:00',
          messages: [{ type: 'text', text: 'x'.repeat(5001) }],
        },
      ],
    };
    expect(lines(importText(db, broken))).toEqual([
      'campaigns[1].limit.max: With an attribute filter the number of recipients must be at least 50; it is 49. Set it to 50 or more, or remove the filter.',
      'campaigns[2].messages[0].text: The text is 5001 UTF-16 units long; LINE takes at most 5000 (an emoji such as 🍎 counts 2). Shorten it to 5000 units, or split it into two bubbles.',
    ]);
    expect(campaignTables(db)).toEqual(before);
    // As a draft the same campaign is taken: drafts may break rules.
    const asDraft = {
      ...broken,
      campaigns: [broken.campaigns[2] && { ...broken.campaigns[2], status: 'draft' }],
    };
    expect(lines(importText(db, asDraft))).toEqual([]);
  });

  it('leaves a sent campaign alone when the file has it as stored, and refuses any change to it', () => {
    const { db } = setup();
    importText(db, issueExample);
    const xmas = listCampaigns(db, 1).find((c) => c.key === 'xmas');
    recordBroadcastSent(
      db,
      xmas?.id ?? 0,
      '5b59509c-c57b-4a6a-8b3d-000000000001',
      '2026-12-20T04:00:00.000Z',
    );
    const exported = exportCampaignFileText(db, 1, null);
    expect(importText(db, exported).ok).toBe(true);
    const file = JSON.parse(exported) as typeof issueExample;
    const before = campaignTables(db);
    const edited = {
      ...file,
      campaigns: file.campaigns.map((c) => (c.key === 'xmas' ? { ...c, at: '2026-12-21T12:00' } : c)),
    };
    expect(lines(importText(db, edited))).toEqual([
      'campaigns[1]: “xmas” is sent and cannot change, but the file changes it. Leave it as exported, remove it from the file, or give the new plan another key.',
    ]);
    const invented = { ...file, campaigns: [{ ...file.campaigns[1], key: 'invented' }] };
    expect(lines(importText(db, invented))).toEqual([
      'campaigns[0].status: “invented” is marked sent, but no such campaign went out from this channel; only sync records sends. Import it as a draft (status “draft”), or remove it.',
    ]);
    expect(campaignTables(db)).toEqual(before);
  });

  it('resolves a redelivery to a campaign further down the file', () => {
    const { db } = setup();
    const file = {
      format: 'oa-planner.campaigns',
      version: 1,
      campaigns: [
        {
          key: 'again',
          title: 'Again',
          send: 'narrowcast',
          at: '2026-12-21T12:00',
          recipient: { type: 'redelivery', campaign: 'first' },
          messages: [{ type: 'text', text: 'Again' }],
        },
        {
          key: 'first',
          title: 'First',
          send: 'narrowcast',
          at: '2026-12-20T12:00',
          messages: [{ type: 'text', text: 'First' }],
        },
      ],
    };
    expect(lines(importText(db, file))).toEqual([]);
    const stored = listCampaigns(db, 1);
    const first = stored.find((c) => c.key === 'first');
    expect(stored.find((c) => c.key === 'again')?.recipient).toEqual({
      type: 'redelivery',
      broadcastId: first?.id,
    });
  });

  it('names the channel it needs and JSON that does not parse', () => {
    const { db } = setup();
    expect(lines(importText(db, { ...issueExample, channel: 'Shop' }))).toEqual([
      'channel: There is no channel “Shop”. Use one of: 1 “Sandbox”.',
    ]);
    expect(
      lines(importText(db, '{"format": "oa-planner.campaigns",\n "version": 1\n "campaigns": []}')),
    ).toEqual([expect.stringMatching(/^—: The file is not valid JSON at line 3, column 2 /)]);
  });
});
