// The outbox rules shared by main and the UI: which answers are retried, LINE's retry-key window,
// the quota check, and a campaign's sync state read from its requests.

import { describe, expect, it } from 'vitest';
import { lineErrorMessages } from '../../../shared/line/errors';
import {
  campaignSyncState,
  failureHandling,
  quotaFit,
  retryKeyWindowMs,
  retryWindowPassed,
  type OutboxState,
} from '../../../shared/sync/outbox';

const states = (...list: OutboxState[]) => list.map((state) => ({ state }));

describe('campaignSyncState', () => {
  it('reads a campaign’s requests: nothing, queued, sending, done', () => {
    expect(campaignSyncState([])).toBe('not-queued');
    expect(campaignSyncState(states('pending', 'pending'))).toBe('queued');
    expect(campaignSyncState(states('done', 'pending'))).toBe('sending');
    expect(campaignSyncState(states('running', 'pending'))).toBe('sending');
    expect(campaignSyncState(states('done', 'done'))).toBe('done');
  });

  it('lets a problem win over progress: one refused request makes the campaign failed', () => {
    expect(campaignSyncState(states('done', 'failed', 'pending'))).toBe('failed');
    expect(campaignSyncState(states('failed', 'needs-user'))).toBe('needs-user');
  });
});

describe('the rules of a send', () => {
  it('retries 5xx and 429 and refuses other 4xx and a monthly limit', () => {
    expect(failureHandling(500, undefined)).toBe('retry');
    expect(failureHandling(429, 'Too Many Requests')).toBe('retry');
    expect(failureHandling(undefined, undefined)).toBe('retry');
    expect(failureHandling(400, 'The request body has 1 error(s)')).toBe('refused');
    expect(failureHandling(429, lineErrorMessages.monthlyLimit)).toBe('refused');
  });

  it('treats a send as past LINE’s window only once its first attempt is nearly 24 hours old', () => {
    expect(retryWindowPassed(null, 10 * retryKeyWindowMs)).toBe(false);
    expect(retryWindowPassed(0, retryKeyWindowMs - 11 * 60_000)).toBe(false);
    expect(retryWindowPassed(0, retryKeyWindowMs - 10 * 60_000)).toBe(true);
  });

  it('fits a send into what is left of a limited quota, and any send into no limit', () => {
    expect(quotaFit({ type: 'limited', value: 500, totalUsage: 450 }, 50)).toEqual({ fits: true });
    expect(quotaFit({ type: 'limited', value: 500, totalUsage: 451 }, 50)).toEqual({
      fits: false,
      remaining: 49,
      needed: 50,
    });
    expect(quotaFit({ type: 'none', totalUsage: 10_000 }, 10_000)).toEqual({ fits: true });
  });
});
