// The Quota section in real Chromium against the real browser-mode server: campaigns seeded through
// the API, then in the UI a plan and cap chosen (the cap refused live on a plan without additional
// messages), the month's chart and run-out day (the date the forecast gives), a refused send fixed
// with limit.max and the month it gives seen; the chart in English, Traditional Chinese and Thai.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import type { CampaignDraft } from '../../shared/campaigns/model';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import type { Locale } from '../../shared/domain/locale';
import { createHttpWireApi } from '../../renderer/src/bridge/http-wire';
import { formatCount, formatDate, formatMonth } from '../../renderer/src/quota/format';
import { openAppInChromium } from '../helpers/page';
import { testOutputDirectory } from '../helpers/project';

const qt = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  translate(locale, `quota.screen.${key}` as MessageKey, params);

const zone = 'Asia/Taipei';
// Next month in the channel's zone, so every send is in the future whenever the test runs.
const month = DateTime.now().setZone(zone).plus({ months: 1 }).toFormat('yyyy-MM');
const at = (day: number) => `${month}-${String(day).padStart(2, '0')}T12:00:00+08:00`;

const campaign = (
  key: string,
  title: string,
  day: number,
  extra: Partial<CampaignDraft> = {},
): CampaignDraft => ({
  title,
  key,
  sendKind: 'broadcast',
  at: at(day),
  messages: [{ type: 'text', text: `${title}開跑！` }],
  recipient: null,
  filter: null,
  limit: null,
  notificationDisabled: false,
  to: [],
  abTest: null,
  ...extra,
});

async function openQuotaMonth(page: Page, locale: Locale): Promise<void> {
  await page.locator('nav a[data-nav="quota"]').click();
  await page.locator('[data-testid="quota-month-view"]').waitFor();
  await page.locator('[data-testid="quota-next-month"]').click();
  await expect
    .poll(() => page.locator('[data-testid="quota-month"]').textContent())
    .toBe(formatMonth(locale, month));
  await page.locator('[data-testid="quota-chart"][data-ready="true"] canvas').waitFor();
}

/** One card alone, scrolled into view (the page scrolls inside the shell): the chart by default. */
async function cardScreenshot(page: Page, name: string, title = 'quota-chart-title'): Promise<void> {
  const dir = path.join(testOutputDirectory, 'e2e');
  mkdirSync(dir, { recursive: true });
  const card = page.locator(`section[aria-labelledby="${title}"]`);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: path.join(dir, `${name}.png`) });
}

describe('the Quota section in Chromium', () => {
  it('sets a plan and cap, shows the month and its run-out day, and fixes a refused send', async () => {
    const { app, page, problems, screenshot } = await openAppInChromium();
    const api = createApiClient(createHttpWireApi(app.key, { base: app.origin }));
    // 4,300 followers, 300 blocks: a broadcast reaches 4,000 friends.
    await api.saveChannelPlanning(1, {
      timeZone: zone,
      friends: { followers: 4_300, blocks: 300, targetReach: 3_500, asOf: `${month}-01`, demographics: {} },
    });
    const ids: number[] = [];
    for (const draft of [
      campaign('opening', '週年慶開幕', 5),
      campaign('vip', 'VIP 預購', 8, { sendKind: 'narrowcast', limit: { max: 1_200 } }),
      campaign('finale', '最後一波', 12),
    ]) {
      const created = await api.createCampaign(1, draft);
      await api.setCampaignStatus(created.id, 'ready');
      ids.push(created.id);
    }
    await api.createCampaign(1, campaign('idea', '還在想', 20));

    // Planning, for the month on screen: a plan without additional messages refuses the cap live.
    await openQuotaMonth(page, 'en');
    await page.locator('[data-testid="quota-tab-planning"]').click();
    const planning = page.locator('[data-testid="quota-planning"]');
    await planning.locator('[data-testid="quota-plan-select"]').selectOption('tw-2023-medium');
    await planning.locator('[data-testid="quota-cap"]').fill('500');
    await expect
      .poll(() => planning.getByRole('alert').first().textContent())
      .toBe(translate('en', 'errors.quota.capNotAllowed', { plan: '中用量' }));
    expect(await planning.locator('[data-testid="quota-save-planning"]').isDisabled()).toBe(true);
    await screenshot('quota-planning-cap-refused-en');
    await planning.locator('[data-testid="quota-plan-select"]').selectOption('tw-2023-high');
    await expect.poll(() => planning.getByRole('alert').count()).toBe(0);
    await planning.locator('[data-testid="quota-consumed"]').fill('1,000');
    await planning.locator('[data-testid="quota-save-planning"]').click();
    await expect
      .poll(() => planning.locator('[data-testid="quota-planning-status"]').textContent())
      .toBe(qt('en', 'planningSaved'));
    const stored = await api.getChannelPlanning(1);
    expect([stored.planId, stored.additionalMessageCap, stored.consumed]).toEqual([
      'tw-2023-high',
      500,
      { month, messages: 1_000 },
    ]);

    // The month: 1,000 used, 4,000 on the 5th, 1,200 on the 8th (6,200: the 6,000 free run out
    // that day, 200 additional), and the 12th's 4,000 do not fit the 300 left: refused.
    const forecast = await api.forecastMonth(1, month);
    expect(forecast.freeRunsOutOn).toBe(`${month}-08`);
    expect(forecast.sends.map((s) => [s.key, s.outcome])).toEqual([
      ['opening', 'free'],
      ['vip', 'mixed'],
      ['finale', 'refused'],
    ]);
    await page.locator('[data-testid="quota-tab-month"]').click();
    const view = page.locator('[data-testid="quota-month-view"]');
    await page.locator('[data-testid="quota-chart"][data-ready="true"] canvas').waitFor();
    const runsOut = view.locator('[data-testid="quota-free-runs-out"]');
    expect(await runsOut.getAttribute('data-date')).toBe(forecast.freeRunsOutOn);
    expect(await runsOut.textContent()).toBe(formatDate('en', forecast.freeRunsOutOn!));
    expect(await view.locator('[data-testid="quota-cap-reached"]').textContent()).toBe(
      qt('en', 'notThisMonth'),
    );
    expect(await view.locator('[data-testid="quota-overage"]').textContent()).toBe('NT$40.00');
    expect(await view.locator('[data-testid="quota-total"]').textContent()).toBe('6,200');
    const finale = view.locator('[data-testid="quota-sends"] tr[data-send-key="finale"]');
    expect(await finale.getAttribute('data-outcome')).toBe('refused');
    expect(await finale.textContent()).toContain(qt('en', 'noteNeeded', { count: '4,000' }));
    expect(await view.locator('[data-testid="quota-drafts"]').textContent()).toContain('還在想');
    expect(await view.locator('[data-testid="quota-refused"]').textContent()).toContain('最後一波');
    await screenshot('quota-month-en');
    await cardScreenshot(page, 'quota-chart-en');
    await cardScreenshot(page, 'quota-fixes-en', 'quota-fixes-title');
    await cardScreenshot(page, 'quota-sends-en', 'quota-sends-title');

    // The fix: cap the refused send at the 300 that fit, with its effect shown before it is applied.
    const fix = forecast.fixes.find((f) => f.kind === 'capSend');
    expect(fix).toMatchObject({ key: 'finale', max: 300 });
    const fixRow = view.locator('[data-fix="capSend"]');
    expect(await fixRow.textContent()).toContain(qt('en', 'fixCapSend', { send: '最後一波', max: '300' }));
    expect(await fixRow.textContent()).toContain(
      qt('en', 'effectNothingRefused', {
        messages: formatCount('en', fix!.effect.messages),
        cost: 'NT$100.00',
      }),
    );
    await fixRow.getByRole('button', { name: qt('en', 'applyFix') }).click();
    await expect.poll(() => finale.getAttribute('data-outcome')).toBe('additional');
    await expect
      .poll(() => view.locator('[data-testid="quota-total"]').textContent())
      .toBe(formatCount('en', fix!.effect.messages));
    expect(await view.locator('[data-testid="quota-refused-total"]').textContent()).toBe('0');
    expect(await view.locator('[data-testid="quota-overage"]').textContent()).toBe('NT$100.00');
    expect(await view.locator('[data-testid="quota-cap-reached"]').getAttribute('data-date')).toBe(
      `${month}-12`,
    );
    expect(await view.locator('[data-testid="quota-fixes"]').count()).toBe(0);
    // The campaign itself changed: a narrowcast to all friends with limit.max.
    const capped = await api.getCampaign(ids[2]!);
    expect([capped.sendKind, capped.recipient, capped.limit]).toEqual(['narrowcast', null, { max: 300 }]);
    await screenshot('quota-fixed-en');
    await cardScreenshot(page, 'quota-chart-fixed-en');

    // In Traditional Chinese: the same facts in its words and formats, the chart's faces loaded.
    await page.locator('nav a[data-nav="settings"]').click();
    await page.locator('#language-select').selectOption('zh-TW');
    await openQuotaMonth(page, 'zh-TW');
    expect(await runsOut.textContent()).toBe(formatDate('zh-TW', forecast.freeRunsOutOn!));
    expect(await runsOut.textContent()).toMatch(/年.*月.*日/);
    expect(await view.textContent()).toContain(qt('zh-TW', 'chartTitle'));
    expect(
      await page.evaluate(
        (text) => document.fonts.check('12px "Noto Sans TC"', text),
        qt('zh-TW', 'chartUsage') + qt('zh-TW', 'chartFreePlusCap'),
      ),
    ).toBe(true);
    await screenshot('quota-month-zh-TW');
    await cardScreenshot(page, 'quota-chart-zh-TW');

    // And in Thai, whose dates count Buddhist years.
    await page.locator('nav a[data-nav="settings"]').click();
    await page.locator('#language-select').selectOption('th');
    await openQuotaMonth(page, 'th');
    expect(await runsOut.textContent()).toBe(formatDate('th', forecast.freeRunsOutOn!));
    expect(
      await page.evaluate(
        (text) => document.fonts.check('12px "Noto Sans Thai"', text),
        qt('th', 'chartUsage') + qt('th', 'chartFreePlusCap'),
      ),
    ).toBe(true);
    await cardScreenshot(page, 'quota-chart-th');
    expect(problems).toEqual([]);
  });

  it('reads, edits, reverts and adds plans in the catalogue', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await page.locator('nav a[data-nav="quota"]').click();
    await page.locator('[data-testid="quota-tab-plans"]').click();
    const table = page.locator('[data-testid="quota-plans"]');
    const standard = table.locator('tr[data-plan-id="jp-2023-standard"]');
    expect(await standard.textContent()).toContain('lycbiz.com');
    expect(await standard.textContent()).toContain(qt('en', 'tierUpTo', { upTo: '50,000', price: '¥3' }));

    await standard
      .getByRole('button', { name: qt('en', 'editNamed', { name: 'スタンダードプラン' }) })
      .click();
    const editor = page.locator('[data-testid="quota-plan-editor"]');
    await editor.getByLabel(qt('en', 'planFree'), { exact: true }).fill('32000');
    await editor.getByLabel(qt('en', 'planFee'), { exact: true }).fill('-1');
    await expect
      .poll(() => editor.locator('[data-testid="quota-plan-problems"]').textContent())
      .toContain(translate('en', 'errors.quota.feeNegative', { fee: -1 }));
    await screenshot('quota-plan-editor-en');
    await editor.getByLabel(qt('en', 'planFee'), { exact: true }).fill('16500');
    await editor.locator('[data-testid="quota-save-plan"]').click();
    await expect.poll(() => standard.textContent()).toContain('32,000');
    expect(await standard.textContent()).toContain(qt('en', 'badgeEdited'));
    page.once('dialog', (dialog) => void dialog.accept());
    await standard
      .getByRole('button', { name: qt('en', 'revertNamed', { name: 'スタンダードプラン' }) })
      .click();
    await expect.poll(() => standard.textContent()).toContain('30,000');
    expect(await standard.textContent()).not.toContain(qt('en', 'badgeEdited'));

    await page.locator('[data-testid="quota-add-plan"]').click();
    await editor.getByLabel(qt('en', 'planId'), { exact: true }).fill('agency-deal');
    await editor.getByLabel(qt('en', 'planName'), { exact: true }).fill('Agency deal');
    await editor.getByLabel(qt('en', 'planFee'), { exact: true }).fill('2000');
    await editor.getByLabel(qt('en', 'planFree'), { exact: true }).fill('12000');
    await editor.getByLabel(qt('en', 'planSource'), { exact: true }).fill('Contract with LINE Taiwan, 2026');
    await editor.locator('[data-testid="quota-save-plan"]').click();
    const added = table.locator('tr[data-plan-id="agency-deal"]');
    await expect.poll(() => added.textContent()).toContain('Agency deal');
    expect(await added.textContent()).toContain('NT$2,000.00');
    expect(await added.textContent()).toContain(qt('en', 'badgeUser'));
    expect(problems).toEqual([]);
  });
});
