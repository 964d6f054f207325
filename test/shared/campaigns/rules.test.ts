// Every rule of the "Rules" section, at its limit and just past it: a campaign that breaks
// one still saves as a draft (the findings say why) but cannot become ready.

import { describe, expect, it } from 'vitest';
import type { AudienceExpression } from '../../../shared/audiences/algebra';
import { canBeReady, findingFixText, findingText } from '../../../shared/campaigns/findings';
import type { AbTest, CampaignDraft } from '../../../shared/campaigns/model';
import { checkCampaign, type CampaignCheckContext } from '../../../shared/campaigns/rules';
import { englishText } from '../../../shared/i18n/text';
import { audience, context, draft, friends, source, userId } from './fixtures';

const found = (d: CampaignDraft, c: CampaignCheckContext = context()) =>
  checkCampaign(d, c).findings.map((f) => `${f.severity} ${f.code} ${f.path}`);
const has = (d: CampaignDraft, code: string, c?: CampaignCheckContext) =>
  checkCampaign(d, c ?? context()).findings.some((f) => f.code === code);

const female = { demographic: { type: 'gender' as const, oneOf: ['female' as const] } };
const narrowcast = (overrides: Partial<CampaignDraft> = {}) =>
  draft({ sendKind: 'narrowcast', ...overrides });
const a = (audienceId: number): AudienceExpression => ({ type: 'audience', audienceId });
const r = (broadcastId: number): AudienceExpression => ({ type: 'redelivery', broadcastId });

describe('a plain campaign', () => {
  it('passes and can become ready', () => {
    const check = checkCampaign(draft(), context());
    expect(check.findings).toEqual([]);
    expect(check.canBeReady).toBe(true);
    expect(check.reach.expected).toBe(10_000);
  });

  it('states each finding as a sentence with its fix', () => {
    const [f] = checkCampaign(narrowcast({ filter: female, limit: { max: 49 } }), context()).findings;
    expect(f).toMatchObject({ code: 'limit-max-below-minimum', severity: 'error', path: 'limit.max' });
    expect(englishText(findingText(f!))).toBe(
      'With an attribute filter the number of recipients must be at least 50; it is 49.',
    );
    expect(englishText(findingFixText(f!))).toBe('Set it to 50 or more, or remove the filter.');
  });
});

describe('the attribute filter', () => {
  it('needs a target reach of at least 100', () => {
    const withReach = (targetReach: number) => context({ friends: friends({ targetReach }) });
    expect(found(narrowcast({ filter: female }), withReach(100))).toEqual([]);
    expect(found(narrowcast({ filter: female }), withReach(99))).toContain(
      'error filter-needs-target-reach filter',
    );
  });

  it('needs limit.max of at least 50', () => {
    expect(has(narrowcast({ filter: female, limit: { max: 50 } }), 'limit-max-below-minimum')).toBe(false);
    expect(has(narrowcast({ filter: female, limit: { max: 49 } }), 'limit-max-below-minimum')).toBe(true);
    // Without a filter any whole number of 1 or more is fine.
    expect(found(narrowcast({ limit: { max: 1 } }))).toEqual([]);
    expect(found(narrowcast({ limit: { max: 0 } }))).toEqual(['error limit-max-invalid limit.max']);
    expect(found(narrowcast({ limit: { max: 2.5 } }))).toEqual(['error limit-max-invalid limit.max']);
  });

  it('warns when the friend statistics lack a dimension’s shares', () => {
    const c = context({ friends: friends({ demographics: {} }) });
    expect(found(narrowcast({ filter: female }), c)).toEqual([
      'warning filter-shares-unknown filter.demographic',
    ]);
  });
});

describe('limits', () => {
  it('forbid partial delivery only up to the remaining quota', () => {
    expect(found(narrowcast({ limit: { upToRemainingQuota: true, forbidPartialDelivery: true } }))).toEqual(
      [],
    );
    expect(found(narrowcast({ limit: { forbidPartialDelivery: true } }))).toEqual([
      'error forbid-partial-without-quota limit.forbidPartialDelivery',
    ]);
  });
});

describe('the bubbles', () => {
  it('are 1 to 5, and their own rules apply', () => {
    const bubble = { type: 'text' as const, text: 'Hi' };
    expect(found(draft({ messages: Array.from({ length: 5 }, () => bubble) }))).toEqual([]);
    expect(found(draft({ messages: Array.from({ length: 6 }, () => bubble) }))).toEqual([
      'error messages-too-many messages',
    ]);
    expect(found(draft({ messages: [] }))).toEqual(['error messages-missing messages']);
    expect(found(draft({ messages: [{ type: 'text', text: 'x'.repeat(5001) }] }))).toEqual([
      'error text-too-long messages[0].text',
    ]);
  });
});

describe('recipients', () => {
  const audiences = Array.from({ length: 11 }, (_, i) => audience({ id: i + 1 }));

  it('take 10 audience and redelivery operands, not 11', () => {
    const c = context({ audiences });
    const ten = { type: 'or' as const, operands: audiences.slice(0, 10).map((x) => a(x.id)) };
    expect(found(narrowcast({ recipient: ten }), c)).toEqual([]);
    const eleven = { type: 'or' as const, operands: audiences.map((x) => a(x.id)) };
    expect(found(narrowcast({ recipient: eleven }), c)).toEqual([
      'error recipient-too-many-operands recipient',
    ]);
    expect(found(narrowcast({ recipient: { type: 'and', operands: [] } }), c)).toEqual([
      'error recipient-empty-group recipient.and',
    ]);
  });

  it('are audiences of one ID kind', () => {
    const c = context({
      audiences: [audience({ id: 1 }), audience({ id: 2, idKind: 'ifa', name: 'Ad IDs' })],
      recipientCount: { kind: 'exact', count: 2000 },
    });
    expect(found(narrowcast({ recipient: { type: 'or', operands: [a(1), a(2)] } }), c)).toEqual([
      'error audience-ids-mixed recipient',
    ]);
  });

  it('name unknown, failed and expired audiences by their path', () => {
    const c = context({
      audiences: [
        audience({ id: 1, status: 'FAILED', failure: 'too-few-members', name: 'Few' }),
        audience({ id: 2, lineCreatedAt: '2026-05-01T00:00:00.000Z', name: 'Old' }),
      ],
      recipientCount: { kind: 'exact', count: 5000 },
    });
    expect(
      found(
        narrowcast({ recipient: { type: 'and', operands: [a(1), { type: 'not', operand: a(2) }, a(9)] } }),
        c,
      ),
    ).toEqual([
      'error audience-failed recipient.and[0]',
      'error audience-expired recipient.and[1].not',
      'error audience-unknown recipient.and[2]',
    ]);
  });

  it('flag audiences not yet ready on LINE at the send time', () => {
    const local = audience({
      id: 1,
      status: 'local',
      lineCreatedAt: null,
      lineAudienceGroupId: null,
      name: 'New',
    });
    const c = context({ audiences: [local], recipientCount: { kind: 'exact', count: 1000 } });
    // Made now, sent in 12 hours: LINE takes hours; in 2 days it is fine.
    expect(found(narrowcast({ recipient: a(1), at: '2026-12-01T12:00:00Z' }), c)).toEqual([
      'warning audience-not-ready recipient',
    ]);
    expect(found(narrowcast({ recipient: a(1), at: '2026-12-03T00:00:00Z' }), c)).toEqual([]);
  });

  it('warn when the result is likely under 50, except for the account’s own lists', () => {
    const c = (count: number) =>
      context({
        audiences: [audience({ id: 1, kind: 'line', idKind: null })],
        recipientCount: { kind: 'exact', count },
      });
    expect(found(narrowcast({ recipient: a(1) }), c(50))).toEqual([]);
    expect(found(narrowcast({ recipient: a(1) }), c(49))).toEqual([
      'warning recipients-below-minimum recipient',
    ]);
    const own = context({ audiences: [audience({ id: 1 })], recipientCount: { kind: 'exact', count: 10 } });
    expect(found(narrowcast({ recipient: a(1) }), own)).toEqual([]);
  });
});

describe('retargeting and redelivery', () => {
  const click = (broadcastId: number) =>
    audience({
      id: 1,
      kind: 'click',
      idKind: null,
      size: null,
      name: 'Clicked',
      status: 'local',
      lineCreatedAt: null,
      retargeting: { broadcastId, clickUrl: null, rate: 0.05 },
    });
  const at = '2026-12-20T12:00:00+08:00'; // 04:00Z

  it('need the source campaign sent, or planned before this send', () => {
    const sent = source({ id: 5, sendKind: 'broadcast', plannedRecipients: 10_000 });
    const plannedBefore = source({
      id: 5,
      status: 'ready',
      sentAt: null,
      requestId: null,
      at: '2026-12-10T12:00:00+08:00',
      plannedRecipients: 10_000,
    });
    const plannedAfter = { ...plannedBefore, at: '2026-12-21T12:00:00+08:00' };
    const draftSource = { ...plannedBefore, status: 'draft' as const };
    const c = (s: ReturnType<typeof source>) =>
      context({
        audiences: [click(5)],
        campaigns: [s],
        recipientCount: { kind: 'estimate', low: 250, expected: 500, high: 750 },
      });
    expect(found(narrowcast({ recipient: a(1), at }), c(sent))).toEqual([]);
    expect(found(narrowcast({ recipient: a(1), at }), c(plannedBefore))).toEqual([]);
    expect(found(narrowcast({ recipient: a(1), at }), c(plannedAfter))).toEqual([
      'error retargeting-source-not-sent recipient',
    ]);
    expect(found(narrowcast({ recipient: a(1), at }), c(draftSource))).toEqual([
      'error retargeting-source-not-sent recipient',
    ]);
    expect(found(narrowcast({ recipient: a(1), at }), context({ audiences: [click(5)] }))).toEqual([
      'error retargeting-source-missing recipient',
    ]);
  });

  it('need the source within 60 days of the send', () => {
    const c = (sentAt: string) =>
      context({
        audiences: [click(5)],
        campaigns: [source({ id: 5, sentAt, plannedRecipients: 10_000 })],
        recipientCount: { kind: 'estimate', low: 250, expected: 500, high: 750 },
      });
    // The send is 2026-12-20T04:00Z; 60 days earlier is 2026-10-21T04:00Z.
    expect(found(narrowcast({ recipient: a(1), at }), c('2026-10-21T04:00:00.000Z'))).toEqual([]);
    expect(found(narrowcast({ recipient: a(1), at }), c('2026-10-21T03:59:00.000Z'))).toEqual([
      'error retargeting-source-too-old recipient',
    ]);
  });

  it('warn when the retargeting audience is likely under 50', () => {
    const c = (plannedRecipients: number) =>
      context({
        audiences: [click(5)],
        campaigns: [source({ id: 5, plannedRecipients })],
        recipientCount: { kind: 'estimate', low: 25, expected: 50, high: 75 },
      });
    // 1,000 × 5 % = 50 clicks expected; 980 × 5 % = 49.
    expect(found(narrowcast({ recipient: a(1), at }), c(1000))).toEqual([]);
    expect(found(narrowcast({ recipient: a(1), at }), c(980))).toContain(
      'warning retargeting-likely-small recipient',
    );
  });

  it('redeliver a narrowcast sent, or planned earlier, less than 14 days before', () => {
    const c = (s: ReturnType<typeof source>) =>
      context({ campaigns: [s], recipientCount: { kind: 'estimate', low: 0, expected: 5000, high: 5000 } });
    // 14 days before the send is 2026-12-06T04:00Z.
    expect(
      found(narrowcast({ recipient: r(5), at }), c(source({ id: 5, sentAt: '2026-12-06T04:01:00.000Z' }))),
    ).toEqual([]);
    expect(
      found(narrowcast({ recipient: r(5), at }), c(source({ id: 5, sentAt: '2026-12-06T04:00:00.000Z' }))),
    ).toEqual(['error redelivery-too-old recipient']);
    expect(found(narrowcast({ recipient: r(5), at }), c(source({ id: 5, sendKind: 'broadcast' })))).toEqual([
      'error redelivery-not-narrowcast recipient',
    ]);
    const planned = source({
      id: 5,
      status: 'scheduled',
      sentAt: null,
      requestId: null,
      at: '2026-12-19T12:00:00+08:00',
    });
    expect(found(narrowcast({ recipient: r(5), at }), c(planned))).toEqual([]);
    expect(
      found(narrowcast({ recipient: r(5), at }), c({ ...planned, at: '2026-12-21T12:00:00+08:00' })),
    ).toEqual(['error redelivery-not-sent recipient']);
    expect(found(narrowcast({ recipient: r(9), at }), c(planned))).toEqual([
      'error redelivery-unknown recipient',
    ]);
    expect(
      found(
        narrowcast({ recipient: r(5), at }),
        c(source({ id: 5, plannedRecipients: 49, sentAt: '2026-12-15T00:00:00.000Z' })),
      ),
    ).toEqual(['warning redelivery-likely-small recipient']);
  });
});

describe('multicast and push', () => {
  it('multicast to 1 or more valid, distinct user IDs', () => {
    const multicast = (to: string[]) => draft({ sendKind: 'multicast', to });
    expect(found(multicast([userId(1)]))).toEqual([]);
    expect(found(multicast([]))).toEqual(['error user-ids-missing to']);
    expect(found(multicast([userId(1), 'U123', userId(1)]))).toEqual([
      'error user-id-invalid to[1]',
      'error user-id-duplicate to[2]',
    ]);
  });

  it('multicast to at most 100,000 user IDs in one campaign', () => {
    const ids = Array.from({ length: 100_001 }, (_, i) => userId(i + 1));
    expect(found(draft({ sendKind: 'multicast', to: ids.slice(0, 100_000) }))).toEqual([]);
    expect(found(draft({ sendKind: 'multicast', to: ids }))).toEqual(['error user-ids-too-many to']);
  });

  it('push to exactly one', () => {
    expect(found(draft({ sendKind: 'push', to: [userId(1)] }))).toEqual([]);
    expect(found(draft({ sendKind: 'push', to: [userId(1), userId(2)] }))).toEqual([
      'error push-needs-one to',
    ]);
    expect(found(draft({ sendKind: 'push', to: [] }))).toEqual(['error push-needs-one to']);
  });

  it('refuse fields of other send kinds', () => {
    expect(found(draft({ filter: female, to: [userId(1)] }))).toEqual([
      'error field-not-for-kind filter',
      'error field-not-for-kind to',
    ]);
  });
});

describe('identity and time', () => {
  it('needs a unique, non-empty key', () => {
    const c = context({
      campaignId: 2,
      campaigns: [source({ id: 1, key: 'xmas' }), source({ id: 2, key: 'mine' })],
    });
    expect(found(draft({ key: 'mine' }), c)).toEqual([]);
    expect(found(draft({ key: 'xmas' }), c)).toEqual(['error key-taken key']);
    expect(found(draft({ key: '' }), c)).toEqual(['error key-empty key']);
    expect(found(draft({ key: 'k'.repeat(220) }), c)).toEqual([]);
    expect(found(draft({ key: 'k'.repeat(221) }), c)).toEqual(['error key-too-long key']);
    expect(found(draft({ key: 'mine', title: ' ' }), c)).toEqual(['error title-empty title']);
    expect(found(draft({ key: 'mine', title: 't'.repeat(200) }), c)).toEqual([]);
    expect(found(draft({ key: 'mine', title: 't'.repeat(201) }), c)).toEqual(['error title-too-long title']);
  });

  it('refuses a send time in the past for what has not gone out', () => {
    expect(found(draft({ at: '2026-12-01T00:00:00Z' }))).toEqual([]);
    expect(found(draft({ at: '2026-11-30T23:59:00Z' }))).toEqual(['error send-time-past at']);
    expect(found(draft({ at: null }))).toEqual([]);
    expect(found(draft({ at: '2026-11-30T23:59:00Z' }), context({ status: 'sent' }))).toEqual([]);
  });

  it('warns when reach cannot be estimated', () => {
    expect(found(draft(), context({ friends: null }))).toEqual(['warning friends-unknown ']);
  });
});

describe('the A/B test', () => {
  const abTest = (overrides: Partial<AbTest> = {}): AbTest => ({
    variants: [
      { share: 0.1, messages: [{ type: 'text', text: 'A' }] },
      { share: 0.1, messages: [{ type: 'text', text: 'B' }] },
    ],
    metric: 'click',
    decideAfterHours: 72,
    ...overrides,
  });
  const test = (overrides: Partial<AbTest> = {}, d: Partial<CampaignDraft> = {}) =>
    draft({ messages: [], abTest: abTest(overrides), ...d });
  const reachable = (n: number) => context({ friends: friends({ followers: n, blocks: 0 }) });

  it('needs 5,000 target friends', () => {
    expect(found(test(), reachable(5000))).toEqual([]);
    expect(found(test(), reachable(4999))).toEqual(['error ab-too-few-friends abTest']);
  });

  it('has 2 to 4 variants whose shares stay under 100 %', () => {
    const variant = { share: 0.1, messages: [{ type: 'text' as const, text: 'x' }] };
    expect(found(test({ variants: [variant] }))).toEqual(['error ab-variant-count abTest.variants']);
    expect(found(test({ variants: [variant, variant, variant, variant] }))).toEqual([]);
    expect(found(test({ variants: [variant, variant, variant, variant, variant] }))).toEqual([
      'error ab-variant-count abTest.variants',
    ]);
    const halves = [
      { ...variant, share: 0.5 },
      { ...variant, share: 0.49 },
    ];
    expect(found(test({ variants: halves }))).toEqual([]);
    expect(
      found(
        test({
          variants: [
            { ...variant, share: 0.5 },
            { ...variant, share: 0.5 },
          ],
        }),
      ),
    ).toContain('error ab-shares-sum abTest.variants');
    expect(found(test({ variants: [{ ...variant, share: 0 }, variant] }))).toContain(
      'error ab-share-invalid abTest.variants[0].share',
    );
  });

  it('decides after 1 to 335 hours', () => {
    expect(found(test({ decideAfterHours: 335 }))).toEqual([]);
    expect(found(test({ decideAfterHours: 336 }))).toEqual([
      'error ab-decide-window abTest.decideAfterHours',
    ]);
    expect(found(test({ decideAfterHours: 1 }))).toEqual([]);
    expect(found(test({ decideAfterHours: 0 }))).toEqual(['error ab-decide-window abTest.decideAfterHours']);
  });

  it('carries its bubbles in the variants, each 1 to 5', () => {
    expect(found(test({}, { messages: [{ type: 'text', text: 'stray' }] }))).toEqual([
      'error messages-beside-ab-test messages',
    ]);
    const empty = abTest();
    expect(
      found(
        draft({
          messages: [],
          abTest: { ...empty, variants: [{ share: 0.1, messages: [] }, empty.variants[1]!] },
        }),
      ),
    ).toEqual(['error messages-missing abTest.variants[0].messages']);
  });

  it('gives targeted variants and the winner at least 50 recipients', () => {
    // 10,000 reachable friends, 9,000 target reach × 55 % female = 4,950; not enough for a test.
    const c = context({ friends: friends({ targetReach: 20_000 }) }); // 11,000 female
    expect(found(test({}, { sendKind: 'narrowcast', filter: female }), c)).toEqual([]);
    const tiny = abTest({
      variants: [
        { share: 0.004, messages: [{ type: 'text', text: 'A' }] },
        { share: 0.1, messages: [{ type: 'text', text: 'B' }] },
      ],
    });
    // 11,000 × 0.004 = 44 recipients.
    expect(found(draft({ sendKind: 'narrowcast', filter: female, messages: [], abTest: tiny }), c)).toEqual([
      'error ab-variant-small abTest.variants[0].share',
    ]);
  });

  it('keeps the winner’s redelivery operands within 10', () => {
    const audiences = Array.from({ length: 9 }, (_, i) => audience({ id: i + 1 }));
    const c = context({ audiences, recipientCount: { kind: 'exact', count: 9000 } });
    const eight = { type: 'or' as const, operands: audiences.slice(0, 8).map((x) => a(x.id)) };
    expect(found(test({}, { sendKind: 'narrowcast', recipient: eight }), c)).toEqual([]);
    const nine = { type: 'or' as const, operands: audiences.map((x) => a(x.id)) };
    expect(found(test({}, { sendKind: 'narrowcast', recipient: nine }), c)).toEqual([
      'error ab-winner-operands abTest',
    ]);
  });

  it('is not for multicast or push', () => {
    expect(has(test({}, { sendKind: 'multicast', to: [userId(1)] }), 'field-not-for-kind')).toBe(true);
  });
});

describe('canBeReady', () => {
  it('allows warnings and refuses errors', () => {
    expect(canBeReady([])).toBe(true);
    const warned = checkCampaign(draft(), context({ friends: null })).findings;
    expect(canBeReady(warned)).toBe(true);
    expect(canBeReady(checkCampaign(draft({ messages: [] }), context()).findings)).toBe(false);
  });
});
