// The Sync section in real Chromium against the real browser-mode server and its Sandbox channel:
// a ready campaign shows in the diff with its recipients and cost, nothing leaves before Push, Push
// sends it and it shows done; a campaign LINE refuses shows LINE's message and details with retry
// and discard, and discarding it makes it ready again.

import { describe, expect, it } from 'vitest';
import { insertCampaign } from '../../electron/campaigns/repository';
import { openDataDirectory } from '../../electron/storage/database';
import { createApiClient } from '../../shared/api/client';
import type { CampaignDraft } from '../../shared/campaigns/model';
import { translate } from '../../shared/i18n/catalog';
import { createHttpWireApi } from '../../renderer/src/bridge/http-wire';
import { openAppInChromium } from '../helpers/page';

const draft = (title: string, text: string): CampaignDraft => ({
  title,
  key: title,
  sendKind: 'broadcast',
  at: null,
  messages: [{ type: 'text', text }],
  recipient: null,
  filter: null,
  limit: null,
  notificationDisabled: false,
  to: [],
  abTest: null,
});

describe('the Sync section in Chromium', () => {
  it('shows the diff, pushes on the click, shows done, and LINE’s refusal with retry and discard', async () => {
    const { app, page, problems, screenshot, dataDirectory } = await openAppInChromium();
    const api = createApiClient(createHttpWireApi(app.key, { base: app.origin }));
    // 4,300 followers, 300 blocks: a broadcast reaches 4,000 friends.
    const asOf = new Date().toISOString().slice(0, 10);
    await api.saveChannelPlanning(1, {
      friends: { followers: 4_300, blocks: 300, targetReach: 3_500, asOf, demographics: {} },
    });
    const ready = await api.createCampaign(1, draft('Winter sale', 'Winter sale starts today!'));
    await api.setCampaignStatus(ready.id, 'ready');
    // A text LINE refuses (empty), written around the app's rules as an older file could have left it.
    const database = openDataDirectory(dataDirectory);
    try {
      insertCampaign(database.db, 1, draft('Broken', ''), 'ready', 10);
    } finally {
      database.close();
    }

    await page.locator('nav a[data-nav="sync"]').click();
    await page.locator('[data-testid="sync-online"]').waitFor();
    const sends = page.locator('[data-testid="sync-diff-send"]');
    await expect.poll(() => sends.count()).toBe(2);
    await expect
      .poll(() => sends.first().textContent())
      .toBe('Winter sale: broadcast, 4,000 recipients, 4,000 messages');
    await expect.poll(() => page.locator('[data-testid="sync-quota"]').textContent()).toMatch(/messages/);
    // Nothing has left before the click.
    expect(await api.listOutbox(1)).toEqual([]);
    await page
      .locator('[data-testid="sync-entry"]')
      .count()
      .then((n) => expect(n).toBe(0));

    await page.locator('[data-testid="sync-push"]').click();
    const done = page.locator('[data-testid="sync-entry"][data-campaign="Winter sale"]');
    // The first send starts the Sandbox channel's emulator: the answer may take a while.
    await done.waitFor({ timeout: 60_000 });
    await expect.poll(() => done.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    await expect
      .poll(() => done.locator('[data-testid="sync-entry-state"]').textContent())
      .toBe(translate('en', 'sync.state.done'));
    const refused = page.locator('[data-testid="sync-entry"][data-campaign="Broken"]');
    await expect.poll(() => refused.getAttribute('data-state')).toBe('failed');
    const error = refused.locator('[data-testid="sync-entry-error"]');
    await expect.poll(() => error.textContent()).toContain('LINE refused the request (400)');
    expect(await error.getAttribute('data-kind')).toBe('error');
    await expect.poll(() => error.locator('code').first().textContent()).toContain('messages[0]');
    await refused.locator('[data-testid="sync-retry"]').waitFor();
    await refused.locator('[data-testid="sync-discard"]').waitFor();
    await screenshot('sync-pushed');

    const [entries, campaigns] = [await api.listOutbox(1), await api.listCampaigns(1, null)];
    expect(entries.map((e) => [e.campaign, e.state])).toEqual([
      ['Winter sale', 'done'],
      ['Broken', 'failed'],
    ]);
    expect(campaigns.find((c) => c.title === 'Winter sale')?.status).toBe('sent');

    await refused.locator('[data-testid="sync-discard"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sync-notice"]').textContent())
      .toBe(translate('en', 'sync.discardedReady', { title: 'Broken' }));
    await expect.poll(() => refused.count()).toBe(0);
    await expect.poll(() => sends.count()).toBe(1);
    expect((await api.listCampaigns(1, null)).find((c) => c.title === 'Broken')?.status).toBe('ready');
    expect(problems).toEqual([]);
  });
});
