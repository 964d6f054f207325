// The campaign file, version 1, exactly as the issue gives it: names resolved, `at` in the file's
// zone, every problem with its JSON path, and a round trip through the writer.

import { describe, expect, it } from 'vitest';
import {
  bindPendingIds,
  campaignFileText,
  parseCampaignFile,
  pendingCampaignId,
  problemLine,
  readCampaignFileJson,
  resolveFileChannel,
  serializeCampaignFile,
  type CampaignFileOptions,
} from '../../../shared/campaigns/file';
import type { Campaign } from '../../../shared/campaigns/model';
import { englishText } from '../../../shared/i18n/text';
import { issueExample } from './fixtures';

const options: CampaignFileOptions = {
  channel: { id: 1, name: 'Sandbox' },
  timeZone: 'Asia/Tokyo',
  audiences: [
    { id: 11, name: 'VIP 客人' },
    { id: 12, name: 'Blocked' },
  ],
  projects: [{ id: 7, name: 'Spring menu' }],
  campaigns: [{ id: 40, key: 'autumn' }],
};

const problems = (value: unknown, o: CampaignFileOptions = options) => {
  const result = parseCampaignFile(value, o);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${englishText(p.problem)}`);
};
const withCampaign = (campaign: Record<string, unknown>) => ({
  format: 'oa-planner.campaigns',
  version: 1,
  campaigns: [campaign],
});
const plain = { key: 'k', title: 'T', send: 'broadcast', messages: [{ type: 'text', text: 'Hi' }] };

describe('reading a campaign file', () => {
  it('reads the issue’s example, names resolved and times in its zone', () => {
    const result = parseCampaignFile(issueExample, options);
    if (!result.ok) throw new Error(result.problems.map((p) => englishText(problemLine(p))).join('\n'));
    const { file } = result;
    expect(file.timeZone).toBe('Asia/Taipei');
    expect(file.planning).toEqual({
      timeZone: 'Asia/Taipei',
      planId: 'tw-2023-high',
      additionalMessageCap: 2000,
      friends: issueExample.friends,
      consumed: { month: '2026-12', messages: 0 },
      automations: [{ title: 'Order updates', kind: 'push', perDay: 10 }],
    });
    expect(file.campaigns.map((c) => [c.index, c.status, c.draft.key, c.draft.at])).toEqual([
      [0, 'ready', 'xmas', '2026-12-20T12:00:00+08:00'],
      [1, 'ready', 'vip', '2026-12-18T20:00:00+08:00'],
    ]);
    expect(file.campaigns[1]?.draft).toMatchObject({
      sendKind: 'narrowcast',
      recipient: {
        type: 'and',
        operands: [
          { type: 'audience', audienceId: 11 },
          { type: 'not', operand: { type: 'audience', audienceId: 12 } },
        ],
      },
      filter: { demographic: { type: 'gender', oneOf: ['female'] } },
      limit: { max: 500, upToRemainingQuota: true },
      messages: [{ type: 'imagemap', projectId: 7, baseUrl: 'https://cdn.example.com/spring' }],
      notificationDisabled: false,
      to: [],
      abTest: null,
    });
  });

  it('needs only format, version and campaigns; the channel’s zone applies without timeZone', () => {
    const result = parseCampaignFile(withCampaign({ ...plain, at: '2026-12-20T12:00' }), options);
    expect(result.ok && result.file.planning).toEqual({});
    expect(result.ok && result.file.campaigns[0]?.draft.at).toBe('2026-12-20T12:00:00+09:00');
    expect(result.ok && result.file.campaigns[0]?.status).toBe('draft');
  });

  it('takes `at` with an offset, or null for the next sync', () => {
    const at = (value: unknown) => {
      const result = parseCampaignFile(
        { ...withCampaign({ ...plain, at: value }), timeZone: 'Asia/Taipei' },
        options,
      );
      return result.ok ? result.file.campaigns[0]?.draft.at : result.problems.map((p) => p.path);
    };
    expect(at('2026-12-20T12:00+09:00')).toBe('2026-12-20T11:00:00+08:00');
    expect(at('2026-12-20T04:00:00Z')).toBe('2026-12-20T12:00:00+08:00');
    expect(at(null)).toBeNull();
    expect(at('20 Dec')).toEqual(['campaigns[0].at']);
    // 02:30 does not exist in New York on 2026-03-08.
    const gap = parseCampaignFile(
      { ...withCampaign({ ...plain, at: '2026-03-08T02:30' }), timeZone: 'America/New_York' },
      options,
    );
    expect(gap.ok ? [] : gap.problems.map((p) => englishText(p.problem))).toEqual([
      '2026-03-08T02:30 does not exist in America/New_York: the clocks skip it for daylight saving time.',
    ]);
  });

  it('names every problem by its JSON path, and says how to fix it', () => {
    const file = {
      format: 'oa-planner.campaigns',
      version: 1,
      timeZone: 'Mars/Olympus',
      friends: { followers: 10, blocks: 20, targetReach: 5, asOf: '2026-02-30' },
      campaigns: [
        plain,
        { ...plain, key: 'b', send: 'tweet' },
        { ...plain, key: 'c', messages: [{ type: 'text', text: 42 }] },
        { ...plain, key: 'd', recipient: { type: 'audience', audience: 'Nobody' }, sned: 1 },
        {
          ...plain,
          key: 'e',
          messages: [{ type: 'imagemap', project: 'Autumn', baseUrl: 'https://x.example.com/a' }],
        },
        { ...plain, key: 'f', recipient: { type: 'redelivery', campaign: 'missing' } },
        { ...plain, key: 'k' },
      ],
    };
    expect(problems(file)).toEqual([
      'timeZone: “Mars/Olympus” is not an IANA time zone.',
      'friends.asOf: “2026-02-30” is not a date.',
      'friends.blocks: 20 blocks is more than the 10 followers.',
      'campaigns[6].key: The key “k” is already used by campaigns[0] in this file.',
      'campaigns[1].send: “tweet” is not allowed here.',
      'campaigns[2].messages[0].text: This must be a string (in quotes).',
      'campaigns[3].sned: “sned” is not a field of the campaign file here.',
      'campaigns[3].recipient.audience: There is no audience “Nobody” in this channel.',
      'campaigns[4].messages[0].project: There is no editor project “Autumn” in this channel.',
      'campaigns[5].recipient.campaign: No campaign of this channel or of the file has the key “missing”.',
    ]);
    const result = parseCampaignFile(file, options);
    const line = result.ok ? '' : englishText(problemLine(result.problems[5]!));
    expect(line).toBe('campaigns[2].messages[0].text: This must be a string (in quotes). Correct the value.');
  });

  it('refuses another format or version, and says where its JSON breaks', () => {
    expect(problems({ format: 'other', version: 1, campaigns: [] })).toEqual([
      'format: The file’s format is “other”, not “oa-planner.campaigns”.',
    ]);
    expect(problems({ format: 'oa-planner.campaigns', version: 2, campaigns: [] })).toEqual([
      'version: The file is version 2; this OA Planner reads version 1.',
    ]);
    expect(problems({ version: 1, campaigns: [] })).toEqual(['format: “format” is missing.']);
    const broken = readCampaignFileJson('{\n  "format": "oa-planner.campaigns",\n  "version": 1,,\n}');
    expect(broken.ok ? [] : broken.problems.map((p) => englishText(p.problem))).toEqual([
      expect.stringMatching(/^The file is not valid JSON at line 3, column 16 /),
    ]);
  });

  it('resolves redelivery keys to stored campaigns and to campaigns further down the file', () => {
    const file = {
      format: 'oa-planner.campaigns',
      version: 1,
      campaigns: [
        { ...plain, key: 'follow', send: 'narrowcast', recipient: { type: 'redelivery', campaign: 'first' } },
        { ...plain, key: 'again', send: 'narrowcast', recipient: { type: 'redelivery', campaign: 'autumn' } },
        { ...plain, key: 'first', send: 'narrowcast' },
      ],
    };
    const result = parseCampaignFile(file, options);
    if (!result.ok) throw new Error('refused');
    expect(result.file.campaigns[0]?.draft.recipient).toEqual({
      type: 'redelivery',
      broadcastId: pendingCampaignId(2),
    });
    expect(result.file.campaigns[1]?.draft.recipient).toEqual({ type: 'redelivery', broadcastId: 40 });
    const bound = bindPendingIds(result.file.campaigns[0]!.draft, (index) => 100 + index);
    expect(bound.recipient).toEqual({ type: 'redelivery', broadcastId: 102 });
  });

  it('checks plan ids through the catalogue’s hook when one is given', () => {
    const file = { ...withCampaign(plain), plan: { id: 'tw-2099-huge' } };
    expect(problems(file)).toEqual([]);
    expect(problems(file, { ...options, knownPlanIds: (id) => id.startsWith('tw-2023-') })).toEqual([
      'plan.id: There is no plan “tw-2099-huge”.',
    ]);
  });
});

describe('the channel of an import', () => {
  const channels = [
    { id: 1, name: 'Sandbox' },
    { id: 2, name: 'Shop' },
  ];
  it('is the one chosen, the file’s, or the only one', () => {
    expect(resolveFileChannel(null, '2', channels)).toEqual({ ok: true, channel: channels[1] });
    expect(resolveFileChannel('shop', null, channels)).toEqual({ ok: true, channel: channels[1] });
    expect(resolveFileChannel(null, null, [channels[0]!])).toEqual({ ok: true, channel: channels[0] });
    const need = resolveFileChannel(null, null, channels);
    expect(need.ok ? '' : englishText(need.problem.problem)).toBe(
      'This data folder has 2 channels and the file names none.',
    );
    const mismatch = resolveFileChannel('Sandbox', 'Shop', channels);
    expect(mismatch.ok ? '' : mismatch.problem.path).toBe('channel');
  });
});

describe('writing a campaign file', () => {
  it('reads back to the same campaigns and planning figures', () => {
    const read = parseCampaignFile(issueExample, options);
    if (!read.ok) throw new Error('refused');
    const stored: Campaign[] = read.file.campaigns.map((entry, i) => ({
      ...entry.draft,
      id: 50 + i,
      channelId: 1,
      status: entry.status,
      createdAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
      plannedRecipients: 0,
      delivery: {
        requestId: null,
        sentAt: null,
        uniqueImpressions: null,
        uniqueClicks: null,
        delivered: null,
        statsPulledAt: null,
      },
    }));
    const names = {
      audience: (id: number) => options.audiences.find((a) => a.id === id)?.name,
      project: (id: number) => options.projects.find((p) => p.id === id)?.name,
      campaignKey: (id: number) => stored.find((c) => c.id === id)?.key,
    };
    const planning = {
      timeZone: 'Asia/Taipei',
      planId: 'tw-2023-high',
      additionalMessageCap: 2000,
      friends: issueExample.friends,
      consumed: { month: '2026-12', messages: 0 },
      automations: [{ title: 'Order updates', kind: 'push' as const, perDay: 10 }],
    };
    const written = serializeCampaignFile({ channel: options.channel, planning, campaigns: stored, names });
    expect(written).toEqual(issueExample);
    const text = campaignFileText(written);
    const again = readCampaignFileJson(text);
    const reread = again.ok ? parseCampaignFile(again.value, options) : again;
    expect(reread.ok && reread.file.campaigns.map((c) => c.draft)).toEqual(
      read.file.campaigns.map((c) => c.draft),
    );
  });
});
