// The whole sync flow in real Chromium, as a user points the app at LINE: the LINE sandbox runs as a
// process of its own (`oa-planner sandbox`), the channel is added in Settings with its token and
// origin and chosen in the title bar, a pull brings LINE's quota into the forecast, a campaign is
// planned in the composer, the diff shows it before anything leaves, Push sends it, and the next
// pull brings its statistics back to the campaign.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import { cliLauncher } from '../helpers/project';
import { openAppInChromium } from '../helpers/page';
import { makeTempDir } from '../helpers/temp-dir';

const token = 'e2e-flow-token-3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e1f';
const ui = (key: string, params: Record<string, string | number> = {}) =>
  translate('en', `campaigns.ui.${key}` as MessageKey, params);

/** `oa-planner sandbox` in a child process; resolves with its origin once it listens. */
async function sandboxProcess(): Promise<string> {
  const child = spawn(
    process.execPath,
    [cliLauncher, 'sandbox', '--port', '0', '--token', token, '--friends', '300', '--quota', '1000'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }
      }),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (origin) resolve(origin);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${String(code)}): ${out}`)));
  });
}

describe('sync with LINE, end to end', () => {
  it('adds a channel, pulls its quota, plans a campaign, shows the diff, pushes, and pulls its statistics', async () => {
    const origin = await sandboxProcess();
    const keyFile = path.join(makeTempDir(), 'tokens.key');
    const { page, problems, screenshot } = await openAppInChromium({
      env: { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: keyFile },
    });

    // ---- Settings: the channel, checked by LINE before it is saved
    await page.locator('nav a[data-nav="settings"]').click();
    await page.locator('[data-testid="channel-add"]').click();
    const form = page.locator('[data-testid="channel-form"]');
    await form.locator('[data-testid="channel-name"]').fill('Tea shop');
    await form.locator('[data-testid="channel-token"]').fill(token);
    await form.locator('summary').click();
    await form.locator('[data-testid="channel-api-url"]').fill(origin);
    await form.locator('[data-testid="channel-data-api-url"]').fill(origin);
    await form.locator('[data-testid="channel-save"]').click();
    await expect.poll(() => form.count()).toBe(0);

    // ---- The title bar: plan for the new channel
    const choice = page.locator('[data-testid="channel-choice"]');
    await choice.selectOption({ label: 'Tea shop' });
    await expect
      .poll(() => page.locator('[data-testid="current-channel"]').getAttribute('data-channel-kind'))
      .toBe('line');

    // ---- Pull: LINE's quota and friends arrive
    await page.locator('nav a[data-nav="sync"]').click();
    await page.locator('[data-testid="sync-online"]').waitFor();
    await page.locator('[data-testid="sync-pull"]').click();
    const notice = page.locator('[data-testid="sync-notice"]');
    await expect.poll(() => notice.textContent()).toMatch(/^Pulled from LINE: .*quota/);

    await page.locator('nav a[data-nav="quota"]').click();
    const pulledQuota = page.locator('[data-testid="quota-pulled"]');
    await expect
      .poll(() => pulledQuota.textContent())
      .toMatch(/^LINE’s quota for this month: 1,000 messages/);

    // ---- Campaigns: a broadcast at the next sync
    await page.locator('nav a[data-nav="campaigns"]').click();
    await page.locator('[data-testid="new-campaign"]').click();
    const composer = page.locator('[data-testid="composer"]');
    await composer.getByLabel(ui('title'), { exact: true }).fill('New oolong');
    await composer.getByLabel(ui('atNextSync')).check();
    await composer.getByLabel(ui('sendKind')).selectOption('broadcast');
    await composer.getByLabel(ui('text'), { exact: true }).fill('Our new oolong is in: 10% off this week 🍵');
    await composer.getByRole('button', { name: ui('markReady') }).click();
    await expect.poll(() => composer.getAttribute('data-status')).toBe('ready');

    // ---- Sync: the diff first, nothing sent before Push
    await page.locator('nav a[data-nav="sync"]').click();
    const send = page.locator('[data-testid="sync-diff-send"]');
    await expect
      .poll(() => send.textContent())
      .toMatch(/^New oolong: broadcast, [\d,]+ recipients, [\d,]+ messages$/);
    await expect
      .poll(() => page.locator('[data-testid="sync-quota"]').textContent())
      .toContain(translate('en', 'sync.sourceLine'));
    expect(await page.locator('[data-testid="sync-entry"]').count()).toBe(0);
    await screenshot('sync-flow-diff');

    await page.locator('[data-testid="sync-push"]').click();
    const entry = page.locator('[data-testid="sync-entry"][data-campaign="New oolong"]');
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');

    // ---- The next pull brings the send's statistics back to the campaign
    await page.locator('[data-testid="sync-pull"]').click();
    await expect.poll(() => notice.textContent()).toMatch(/statistics/);
    await page.locator('nav a[data-nav="campaigns"]').click();
    await page.locator('[data-testid="view-list"]').click();
    await page.locator('[data-testid="campaign-list"] button', { hasText: 'New oolong' }).click();
    const delivery = page.locator('[data-testid="campaign-delivery"]');
    await expect
      .poll(() => delivery.locator('[data-testid="campaign-delivery-request"]').textContent())
      .toMatch(/^Request ID [0-9a-f-]{36}, accepted /);
    await expect
      .poll(() => delivery.locator('[data-testid="campaign-delivery-stats"]').textContent())
      .toMatch(/^Delivered to [\d,]+ · opened by [\d,]+ · clicked by /);
    await screenshot('sync-flow-statistics');

    expect(await page.content()).not.toContain(token);
    expect(problems).toEqual([]);
  });
});
