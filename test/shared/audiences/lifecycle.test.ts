// Lifecycle rules: 180-day expiry and countdown, chat-tag refresh, readiness before a send, names.

import { describe, expect, it } from 'vitest';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import { classifyId, normalizeId } from '../../../shared/audiences/ids';
import {
  canAddAudience,
  chatTagRefreshDueAt,
  daysUntilExpiry,
  effectiveStatus,
  readinessWarning,
} from '../../../shared/audiences/lifecycle';
import { checkAudienceName } from '../../../shared/audiences/names';
import { estimateRetargetingSize, retargetingUsability } from '../../../shared/audiences/retargeting';

const base: AudienceSummary = {
  id: 1,
  channelId: 1,
  name: 'VIP',
  kind: 'upload',
  idKind: 'userId',
  size: 100,
  status: 'READY',
  failure: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lineCreatedAt: '2026-01-01T00:00:00.000Z',
  lineAudienceGroupId: '1',
  lineType: null,
  tagIds: [],
  tagMatch: null,
  retargeting: null,
};
const day = 86_400_000;
const t0 = Date.parse('2026-01-01T00:00:00.000Z');

describe('lifecycle', () => {
  it('counts down 180 days from LINE creation, then is EXPIRED', () => {
    expect(daysUntilExpiry(base, new Date(t0 + day))).toBe(179);
    expect(effectiveStatus(base, new Date(t0 + 179 * day))).toBe('READY');
    expect(effectiveStatus(base, new Date(t0 + 180 * day))).toBe('EXPIRED');
    expect(daysUntilExpiry({ ...base, lineCreatedAt: null, status: 'local' }, new Date(t0))).toBeNull();
  });

  it('plans a chat-tag refresh 14 days before its upload expires', () => {
    expect(chatTagRefreshDueAt({ ...base, kind: 'chatTag' })?.toISOString()).toBe(
      new Date(t0 + 166 * day).toISOString(),
    );
    expect(chatTagRefreshDueAt({ ...base, kind: 'chatTag', lineCreatedAt: null })).toBeNull();
  });

  it('warns when a send is planned before a new audience is likely ready', () => {
    const now = new Date(t0);
    const local = { ...base, status: 'local' as const, lineCreatedAt: null };
    expect(readinessWarning(local, new Date(t0 + 2 * 3_600_000), now)).toBe('not-synced');
    expect(readinessWarning(local, new Date(t0 + 2 * day), now)).toBeNull();
    const inProgress = { ...base, status: 'IN_PROGRESS' as const };
    expect(readinessWarning(inProgress, new Date(t0 + 3_600_000), now)).toBe('likely-not-ready');
    expect(readinessWarning(base, new Date(t0 + 181 * day), now)).toBe('expires-before-send');
    expect(
      readinessWarning({ ...base, status: 'FAILED', failure: 'too-few-members' }, new Date(t0 + day), now),
    ).toBe('failed');
  });

  it('enforces 1,000 audiences per channel and 120-character names', () => {
    expect(canAddAudience(999)).toBe(true);
    expect(canAddAudience(1000)).toBe(false);
    expect(checkAudienceName('x'.repeat(120))).toBeNull();
    expect(checkAudienceName('x'.repeat(121))).toBe('too-long');
    expect(checkAudienceName('😀'.repeat(120))).toBeNull();
    expect(checkAudienceName('  ')).toBe('blank');
    expect(checkAudienceName('a\tb')).toBe('control-characters');
    expect(checkAudienceName('Vip ', ['VIP'])).toBe('taken');
  });
});

describe('ids and retargeting', () => {
  it('classifies IDs typed by hand', () => {
    expect(classifyId(` U${'a'.repeat(32)} `)).toBe('userId');
    expect(classifyId(`U${'A'.repeat(32)}`)).toBe('user-id-uppercase');
    expect(normalizeId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toEqual({
      kind: 'ifa',
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    });
  });

  it('is usable within 60 days of sending, and estimates from statistics or the rate', () => {
    const broadcast = {
      id: 1,
      channelId: 1,
      title: 'Sale',
      kind: 'broadcast' as const,
      requestId: 'r',
      plannedAt: null,
      sentAt: new Date(t0).toISOString(),
      plannedRecipients: 10_000,
      uniqueImpressions: null,
      uniqueClicks: null,
    };
    expect(retargetingUsability(broadcast, new Date(t0 + 60 * day))).toBe('usable');
    expect(retargetingUsability(broadcast, new Date(t0 + 61 * day))).toBe('too-old');
    expect(retargetingUsability({ ...broadcast, requestId: null, sentAt: null }, new Date(t0))).toBe(
      'not-sent',
    );
    expect(retargetingUsability({ ...broadcast, sentAt: 'yesterday-ish' }, new Date(t0))).toBe('not-sent');
    expect(estimateRetargetingSize('click', broadcast, 0.05)).toEqual({
      kind: 'estimate',
      low: 250,
      expected: 500,
      high: 750,
    });
    expect(estimateRetargetingSize('impression', { ...broadcast, uniqueImpressions: 6000 }, 0.6)).toEqual({
      kind: 'estimate',
      low: 6000,
      expected: 6000,
      high: 6000,
    });
  });
});
