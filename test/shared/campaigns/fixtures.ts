// Small builders for campaign tests: drafts, contexts, friend statistics and audiences.

import type { AudienceSummary } from '../../../shared/audiences/audience';
import type { CampaignDraft } from '../../../shared/campaigns/model';
import type { CampaignCheckContext, CampaignSource } from '../../../shared/campaigns/rules';
import type { FriendStatistics } from '../../../shared/quota/model';

export const now = new Date('2026-12-01T00:00:00Z');
export const future = '2026-12-20T12:00:00+08:00';

export const userId = (n: number): string => `U${n.toString(16).padStart(32, '0')}`;

export function draft(overrides: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    title: 'Christmas sale',
    key: 'xmas',
    sendKind: 'broadcast',
    at: future,
    messages: [{ type: 'text', text: '聖誕特賣開跑！' }],
    recipient: null,
    filter: null,
    limit: null,
    notificationDisabled: false,
    to: [],
    abTest: null,
    ...overrides,
  };
}

export function friends(overrides: Partial<FriendStatistics> = {}): FriendStatistics {
  return {
    followers: 12_000,
    blocks: 2000,
    targetReach: 9000,
    asOf: '2026-11-28',
    demographics: {
      genders: { male: 0.4, female: 0.55, unknown: 0.05 },
      ages: { age_15: 0.1, age_20: 0.2, age_25: 0.2, age_30: 0.2, age_35: 0.1, age_40: 0.1, age_45: 0.1 },
      appTypes: { ios: 0.6, android: 0.4 },
      areas: { tw_01: 0.3, tw_02: 0.2, tw_03: 0.1 },
      subscriptionPeriods: { day_7: 0.1, day_30: 0.2, day_90: 0.2, day_180: 0.2, day_365: 0.3 },
    },
    ...overrides,
  };
}

export function context(overrides: Partial<CampaignCheckContext> = {}): CampaignCheckContext {
  return {
    now,
    friends: friends(),
    recipientCount: null,
    campaignId: null,
    status: 'draft',
    campaigns: [],
    audiences: [],
    ...overrides,
  };
}

export function source(overrides: Partial<CampaignSource> & { id: number }): CampaignSource {
  return {
    key: `c${String(overrides.id)}`,
    title: `Campaign ${String(overrides.id)}`,
    sendKind: 'narrowcast',
    status: 'sent',
    at: null,
    sentAt: '2026-11-25T03:00:00.000Z',
    requestId: `5b59509c-0000-4000-8000-${String(overrides.id).padStart(12, '0')}`,
    plannedRecipients: 5000,
    uniqueImpressions: null,
    uniqueClicks: null,
    ...overrides,
  };
}

export function audience(overrides: Partial<AudienceSummary> & { id: number }): AudienceSummary {
  return {
    channelId: 1,
    name: `Audience ${String(overrides.id)}`,
    kind: 'upload',
    idKind: 'userId',
    size: 1000,
    status: 'READY',
    failure: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    lineCreatedAt: '2026-11-01T00:00:00.000Z',
    lineAudienceGroupId: '5614991017776',
    lineType: null,
    tagIds: [],
    tagMatch: null,
    retargeting: null,
    ...overrides,
  };
}

/** The Flex Message Simulator's "Brown Cafe" bubble, shortened. */
export const cafeBubble = {
  type: 'bubble',
  hero: {
    type: 'image',
    url: 'https://example.com/cafe.jpg',
    size: 'full',
    aspectRatio: '20:13',
    aspectMode: 'cover',
  },
  body: {
    type: 'box',
    layout: 'vertical',
    contents: [{ type: 'text', text: 'Brown Cafe', weight: 'bold', size: 'xl' }],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    contents: [
      {
        type: 'button',
        style: 'link',
        height: 'sm',
        action: { type: 'uri', label: 'CALL', uri: 'https://example.com' },
      },
    ],
  },
};

/** The campaign file the issue gives as its example, exactly. */
export const issueExample = {
  format: 'oa-planner.campaigns',
  version: 1,
  channel: 'Sandbox',
  timeZone: 'Asia/Taipei',
  plan: { id: 'tw-2023-high', additionalMessageCap: 2000 },
  friends: {
    followers: 2300,
    blocks: 300,
    targetReach: 1900,
    asOf: '2026-11-28',
    demographics: { genders: { male: 0.4, female: 0.55, unknown: 0.05 } },
  },
  consumed: { month: '2026-12', messages: 0 },
  automations: [{ title: 'Order updates', kind: 'push' as const, perDay: 10 }],
  campaigns: [
    {
      key: 'xmas',
      title: 'Christmas sale',
      status: 'ready',
      send: 'broadcast',
      at: '2026-12-20T12:00',
      messages: [{ type: 'text', text: '聖誕特賣開跑！' }],
    },
    {
      key: 'vip',
      title: 'VIP preview',
      status: 'ready',
      send: 'narrowcast',
      at: '2026-12-18T20:00',
      recipient: {
        type: 'operator',
        and: [
          { type: 'audience', audience: 'VIP 客人' },
          { type: 'operator', not: { type: 'audience', audience: 'Blocked' } },
        ],
      },
      filter: { demographic: { type: 'gender', oneOf: ['female'] } },
      limit: { max: 500, upToRemainingQuota: true },
      messages: [{ type: 'imagemap', project: 'Spring menu', baseUrl: 'https://cdn.example.com/spring' }],
    },
  ],
};

/** The example moved to another year, for commands that check send times against the real clock. */
export const issueExampleIn = (year: number): typeof issueExample =>
  JSON.parse(JSON.stringify(issueExample).replaceAll('2026-', `${String(year)}-`)) as typeof issueExample;
