// An upload audience through the Sync section in real Chromium, against the real browser-mode server
// and its Sandbox channel: a narrowcast to an audience imported through the API shows the audience
// in the diff, Push uploads it first and its entry shows LINE's progress with a bar (nothing counted
// while LINE works on it, then the members LINE found among the channel's friends once it is READY),
// and the narrowcast leaves once the audience is ready.

import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import type { CampaignDraft } from '../../shared/campaigns/model';
import { translate } from '../../shared/i18n/catalog';
import { createHttpWireApi } from '../../renderer/src/bridge/http-wire';
import { generateFriends } from '../../electron/sandbox/population';
import { openAppInChromium } from '../helpers/page';

const count = (n: number) => new Intl.NumberFormat('en-US').format(n);

describe('an audience upload in the Sync section in Chromium', () => {
  it('shows the audience in the diff, uploads it on Push and shows LINE’s progress with a bar', async () => {
    const { app, page, problems, screenshot } = await openAppInChromium();
    const api = createApiClient(createHttpWireApi(app.key, { base: app.origin }));
    // The Sandbox channel's friends are generated from seed 1: LINE counts only IDs of its friends,
    // so 60 of them and 20 IDs it does not know.
    const friends = [...generateFriends({ count: 60, seed: 1, now: 0, region: 'tw' })].map((f) => f.userId);
    const strangers = Array.from(
      { length: 20 },
      (_, i) => `U${'f'.repeat(28)}${i.toString(16).padStart(4, '0')}`,
    );
    const members = friends.length + strangers.length;
    const file = Buffer.from([...friends, ...strangers].join('\n'));
    const { importId } = await api.beginAudienceImport({
      target: { mode: 'create', channelId: 1, name: 'Tea lovers' },
      fileName: 'tea-lovers.txt',
      totalBytes: file.byteLength,
    });
    await api.appendAudienceImportChunk(importId, 0, file.toString('base64'));
    await api.finishAudienceImport(importId);
    const [audience] = await api.listAudiences(1);
    expect(audience?.size).toBe(members);
    const draft: CampaignDraft = {
      title: 'Tea tasting',
      key: 'tea-tasting',
      sendKind: 'narrowcast',
      at: null,
      messages: [{ type: 'text', text: 'Join our tea tasting on Saturday 🍵' }],
      recipient: { type: 'audience', audienceId: audience!.id },
      filter: null,
      limit: null,
      notificationDisabled: false,
      to: [],
      abTest: null,
    };
    const campaign = await api.createCampaign(1, draft);
    await api.setCampaignStatus(campaign.id, 'ready');

    // ---- The diff: the audience is created on LINE first, for the campaign
    await page.locator('nav a[data-nav="sync"]').click();
    // The first look starts the Sandbox channel's emulator: the answer may take a while.
    await page.locator('[data-testid="sync-online"]').waitFor({ timeout: 60_000 });
    const diffAudiences = page.locator('[data-testid="sync-diff-audience"]');
    await expect
      .poll(() => diffAudiences.allTextContents())
      .toEqual([
        translate('en', 'sync.audienceLine', {
          name: 'Tea lovers',
          members: count(members),
          files: count(1),
          for: 'Tea tasting',
        }),
      ]);
    await expect.poll(() => page.locator('[data-testid="sync-diff-send"]').count()).toBe(1);
    expect(await api.listOutbox(1)).toEqual([]);

    // ---- Push: the upload is taken by LINE, which works on it while the narrowcast waits
    await page.locator('[data-testid="sync-push"]').click();
    const upload = page.locator('[data-testid="sync-entry"]', {
      hasText: `Tea lovers · ${translate('en', 'sync.kind.audienceCreate')}`,
    });
    await upload.waitFor({ timeout: 60_000 });
    await expect.poll(() => upload.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    // The push's own counts, dated: the waiting send goes on by itself after them.
    await expect
      .poll(() => page.locator('[data-testid="sync-notice"]').textContent(), { timeout: 60_000 })
      .toMatch(/^Push at \d{1,2}:\d{2}(\s?[AP]M)?: done 1; failed 0; waiting 1\. The outbox below shows/);
    await expect
      .poll(() => upload.locator('[data-testid="sync-entry-state"]').textContent())
      .toBe(translate('en', 'sync.state.done'));
    const progress = upload.locator('[data-testid="sync-audience-progress"]');
    const bar = progress.locator('progress');
    const text = progress.locator('span');
    await expect
      .poll(() => text.textContent())
      .toBe(
        translate('en', 'sync.audienceProgress', {
          count: count(0),
          members: count(members),
          status: 'IN_PROGRESS',
        }),
      );
    expect(await bar.evaluate((p: HTMLProgressElement) => [p.max, p.value])).toEqual([members, 0]);
    const send = page.locator('[data-testid="sync-entry"][data-campaign="Tea tasting"]');
    await expect.poll(() => send.getAttribute('data-state')).toBe('pending');
    // Waiting for the audience is no failure: the note says so in the waiting style, and the
    // button asks LINE again now.
    const note = send.locator('[data-testid="sync-entry-error"]');
    await expect.poll(() => note.getAttribute('data-kind')).toBe('waiting');
    expect(await note.getAttribute('class')).toBe('sync-wait-note');
    expect(await send.locator('[data-testid="sync-retry"]').textContent()).toBe(
      translate('en', 'sync.checkNow'),
    );
    // The section scrolls inside the window: the upload's entry is brought into view for the picture.
    await upload.scrollIntoViewIfNeeded();
    await screenshot('sync-audience-progress-working');

    // ---- LINE has it READY: the waiting narrowcast asks again (on its own, after the app's poll
    // interval), the upload's entry shows what LINE counted, and the narrowcast leaves.
    const ready = translate('en', 'sync.audienceProgress', {
      count: count(friends.length),
      members: count(members),
      status: 'READY',
    });
    await expect.poll(() => text.textContent(), { timeout: 90_000, interval: 500 }).toBe(ready);
    expect(await bar.evaluate((p: HTMLProgressElement) => [p.max, p.value])).toEqual([
      members,
      friends.length,
    ]);
    await expect.poll(() => send.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    await screenshot('sync-audience-progress');

    const entries = await api.listOutbox(1);
    expect(entries.map((e) => [e.kind, e.state])).toEqual([
      ['audienceCreate', 'done'],
      ['narrowcast', 'done'],
    ]);
    expect(entries[0]?.progress).toMatchObject({
      phase: 'ready',
      status: 'READY',
      members,
      audienceCount: friends.length,
    });
    expect(problems).toEqual([]);
    // The waiting narrowcast asks LINE again only after the app's 30-second poll interval.
  }, 180_000);
});
