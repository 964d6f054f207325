// Campaigns in real Chromium against the real browser-mode server, the UI in Traditional Chinese:
// compose a narrowcast with zh-TW text, a LINE emoji and a rich message from an editor project,
// target it by attributes, see the rules refuse "ready" and pass once fixed, plan an A/B test,
// then drag a campaign to another day on the calendar and read its stored time. Screenshots of the
// calendar in two languages.

import path from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Campaign } from '../../shared/campaigns/model';
import type { Project } from '../../shared/editor/project';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import type { Locale } from '../../shared/domain/locale';
import { openAppInChromium } from '../helpers/page';
import { databaseFileName } from '../../electron/storage/database';

const zone = 'Asia/Taipei';
const ui = (locale: Locale, key: string, params: Record<string, string | number> = {}) =>
  translate(locale, `campaigns.ui.${key}` as MessageKey, params);

function apiCaller(origin: string, key: string) {
  return async <T>(method: string, ...args: unknown[]): Promise<T> => {
    const response = await fetch(`${origin}/api/invoke/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-oa-planner-key': key },
      body: JSON.stringify(args),
    });
    const result = (await response.json()) as { ok: boolean; value: T };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value;
  };
}

async function openCampaigns(page: Page): Promise<void> {
  await page.locator('nav a[data-nav="campaigns"]').click();
  await page.locator('[data-testid="campaign-calendar"]').waitFor();
}

const findingCodes = (page: Page) =>
  page
    .locator('[data-testid="all-findings"] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));

describe('campaigns in Chromium', () => {
  it('composes, targets, checks, A/B-plans and drags a campaign on the calendar', async () => {
    const { app, page, problems, screenshot, dataDirectory } = await openAppInChromium({ locale: 'zh-TW' });
    const call = apiCaller(app.origin, app.key);
    const [channel] = await call<{ id: number }[]>('listChannels');
    const channelId = channel?.id ?? 0;
    const now = DateTime.now().setZone(zone);
    const month = now.plus({ months: 1 }).startOf('month');
    const monthText = month.toFormat('yyyy-MM');
    await call('saveChannelPlanning', channelId, {
      timeZone: zone,
      friends: {
        followers: 12_000,
        blocks: 1_000,
        targetReach: 10_000,
        asOf: now.minus({ days: 1 }).toFormat('yyyy-MM-dd'),
        demographics: { genders: { male: 0.4, female: 0.55, unknown: 0.05 } },
      },
    });
    const project = await call<Project>('createProject', {
      channelId,
      name: '春季圖文',
      templateId: 'imagemap-square-rows-2',
    });
    const dragged = await call<Campaign>('createCampaign', channelId, {
      title: '週末快閃',
      key: '',
      sendKind: 'broadcast',
      at: month.set({ day: 10, hour: 19, minute: 30 }).toISO({ suppressMilliseconds: true }),
      messages: [{ type: 'text', text: '週末快閃 5 折' }],
      recipient: null,
      filter: null,
      limit: null,
      notificationDisabled: false,
      to: [],
      abTest: null,
    });

    await page.reload();
    await openCampaigns(page);
    expect(await page.locator('h1.page-title').textContent()).toBe(
      translate('zh-TW', 'sections.campaigns.title'),
    );

    // ---- compose
    await page.locator('[data-testid="new-campaign"]').click();
    const composer = page.locator('[data-testid="composer"]');
    await composer.getByLabel(ui('zh-TW', 'title'), { exact: true }).fill('聖誕特賣');
    await composer
      .getByLabel(ui('zh-TW', 'sendTime', { zone }), { exact: true })
      .fill(`${month.set({ day: 20 }).toFormat('yyyy-MM-dd')}T12:00`);
    await composer.getByLabel(ui('zh-TW', 'sendKind')).selectOption('narrowcast');
    const text = composer.getByLabel(ui('zh-TW', 'text'), { exact: true });
    await text.fill('聖誕特賣開跑！全館 8 折🎄');
    await expect
      .poll(() => composer.locator('[data-testid="text-counter"]').textContent())
      .toBe(ui('zh-TW', 'textCounter', { units: '15', max: '5,000' }));
    await composer.getByRole('button', { name: ui('zh-TW', 'emojiPicker') }).click();
    await composer.getByRole('button', { name: ui('zh-TW', 'insertEmoji', { id: 1 }), exact: true }).click();
    expect(await text.inputValue()).toBe('聖誕特賣開跑！全館 8 折🎄$');
    expect(await composer.locator('[data-testid="text-counter"]').textContent()).toBe(
      ui('zh-TW', 'textCounter', { units: '16', max: '5,000' }),
    );

    await composer.getByLabel(ui('zh-TW', 'newBubbleType')).selectOption('imagemap');
    await composer.getByRole('button', { name: ui('zh-TW', 'addBubble', { count: 1, max: 5 }) }).click();
    const imagemap = composer.locator('[data-testid="bubble"][data-type="imagemap"]');
    await imagemap.getByLabel(ui('zh-TW', 'imagemapProject')).selectOption({ label: '春季圖文' });
    await imagemap.getByLabel(ui('zh-TW', 'baseUrl')).fill('https://cdn.example.com/xmas');
    const preview = page.locator('[data-testid="phone-preview"]');
    await expect.poll(() => preview.locator('.camp-chat-row').count()).toBe(2);
    expect(await preview.textContent()).toContain('聖誕特賣開跑！全館 8 折🎄😀');
    expect(await preview.textContent()).toContain('春季圖文');

    // ---- target by attributes: women, at most 30 — below LINE's 50 for attribute filters
    const targeting = composer.locator('[data-testid="targeting"]');
    await targeting.getByLabel(ui('zh-TW', 'byAttributes')).check();
    await targeting.getByLabel(ui('zh-TW', 'gender-female')).check();
    await targeting.getByLabel(ui('zh-TW', 'limitMax')).fill('30');
    await expect.poll(() => findingCodes(page)).toContain('limit-max-below-minimum');
    const limitFinding = targeting.locator('li[data-code="limit-max-below-minimum"]');
    expect(await limitFinding.textContent()).toContain(
      translate('zh-TW', 'campaigns.rules.limit-max-below-minimum.fix' as MessageKey, {
        max: 30,
        minimum: 50,
      }),
    );
    await screenshot('campaigns-composer-rule-zh-TW');

    // Ready is refused while a rule fails; the draft is saved.
    await composer.getByRole('button', { name: ui('zh-TW', 'markReady') }).click();
    await composer.locator('[data-testid="composer-error"]').waitFor();
    expect(await composer.locator('[data-testid="composer-error"]').textContent()).toContain('limit.max');
    expect(await composer.getAttribute('data-status')).toBe('draft');

    // Fixed: 60 recipients.
    await targeting.getByLabel(ui('zh-TW', 'limitMax')).fill('60');
    await expect.poll(() => findingCodes(page)).not.toContain('limit-max-below-minimum');
    const reach = page.locator('[data-testid="reach-estimate"]');
    await expect.poll(() => reach.textContent()).toContain('60');
    expect(await reach.textContent()).toContain(
      translate('zh-TW', 'campaigns.reach.approximate', { expected: 60, days: 3, asOf: '' }).split('60')[0] ??
        '',
    );
    expect(await findingCodes(page)).not.toContain('filter-needs-target-reach');
    // The rich message's project still has tap areas without actions: the editor's checks say so.
    expect(await findingCodes(page)).toEqual(['imagemap-project-errors']);
    await call('saveProject', {
      id: project.id,
      documents: project.documents.map((document) => ({
        ...document,
        areas: document.areas.map((area) => ({
          ...area,
          action: { type: 'uri', uri: 'https://example.com/xmas' },
        })),
      })),
    });
    // Edited elsewhere: the checks run again on the next change.
    await composer.getByLabel(ui('zh-TW', 'title'), { exact: true }).fill('聖誕特賣 ');
    await composer.getByLabel(ui('zh-TW', 'title'), { exact: true }).fill('聖誕特賣');
    await expect.poll(() => findingCodes(page)).toEqual([]);
    await composer.getByRole('button', { name: ui('zh-TW', 'markReady') }).click();
    await expect.poll(() => composer.getAttribute('data-status')).toBe('ready');
    expect(await composer.locator('[data-testid="composer-notice"]').textContent()).toBe(
      ui('zh-TW', 'statusChanged', {
        title: '聖誕特賣',
        status: translate('zh-TW', 'campaigns.status.ready' as MessageKey),
      }),
    );

    // ---- A/B test: needs 5,000 target friends, which 60 is not; without the limit 10,000 × 55 % is.
    await composer.getByRole('button', { name: ui('zh-TW', 'backToDraft') }).click();
    await expect.poll(() => composer.getAttribute('data-status')).toBe('draft');
    await composer.getByLabel(ui('zh-TW', 'abTestOn')).check();
    await expect.poll(() => findingCodes(page)).toContain('ab-too-few-friends');
    await targeting.getByLabel(ui('zh-TW', 'limitMax')).fill('');
    await expect.poll(() => findingCodes(page)).not.toContain('ab-too-few-friends');
    const planner = composer.locator('[data-testid="ab-planner"]');
    expect(await planner.locator('[data-testid="ab-variant"]').count()).toBe(2);
    await planner.getByLabel(ui('zh-TW', 'abShareOf', { letter: 'B' })).fill('20');
    const plan = planner.locator('[data-testid="ab-plan"]');
    // 5,500 reached: A 10 % = 550, B 20 % = 1,100, the winner the other 3,850.
    await expect.poll(() => plan.locator('tr[data-part="b"]').textContent()).toContain('1,100');
    expect(await plan.locator('tr[data-part="a"]').textContent()).toContain('550');
    expect(await plan.locator('tr[data-part="winner"]').textContent()).toContain('3,850');
    // δ = 2.8016 × √(0.05 × 0.95 × (1/550 + 1/1100)) = 3.2 points of click rate.
    expect(await plan.locator('[data-testid="ab-mdd"]').textContent()).toContain('3.2');
    expect(await plan.locator('[data-testid="ab-quota"]').textContent()).toContain('5,500');
    await plan.scrollIntoViewIfNeeded();
    await screenshot('campaigns-ab-zh-TW');
    await composer.getByRole('button', { name: ui('zh-TW', 'saveDraft') }).click();
    await composer.locator('[data-testid="composer-notice"]').waitFor();
    const saved = (await call<Campaign[]>('listCampaigns', channelId, monthText)).find(
      (c) => c.title === '聖誕特賣',
    );
    expect(saved?.abTest?.variants.map((v) => v.share)).toEqual([0.1, 0.2]);
    expect(saved?.abTest?.variants[0]?.messages.map((m) => m.type)).toEqual(['text', 'imagemap']);
    expect(saved?.filter).toEqual({ demographic: { type: 'gender', oneOf: ['female'] } });
    expect(saved?.at).toBe(month.set({ day: 20, hour: 12 }).toISO({ suppressMilliseconds: true }));

    // ---- the calendar: next month, drag 週末快閃 from the 10th to the 17th
    await composer.getByRole('button', { name: ui('zh-TW', 'backToCalendar') }).click();
    await page.getByRole('button', { name: ui('zh-TW', 'nextMonth') }).click();
    await expect
      .poll(() => page.locator('[data-testid="calendar-month"]').getAttribute('data-month'))
      .toBe(monthText);
    const event = page.locator(`.camp-event[data-campaign-id="${String(dragged.id)}"]`);
    await event.waitFor();
    const from = await event.boundingBox();
    const target = page
      .locator('.rbc-month-view .rbc-date-cell:not(.rbc-off-range)')
      .filter({ hasText: /^17$/ });
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('no event or day on the calendar');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height + 12, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(async () => (await call<Campaign>('getCampaign', dragged.id)).at)
      .toBe(month.set({ day: 17, hour: 19, minute: 30 }).toISO({ suppressMilliseconds: true }));
    await screenshot('campaigns-calendar-zh-TW');

    // The list: status, time, kind and the rules' verdict.
    await page.locator('[data-testid="view-list"]').click();
    const row = page.locator(`[data-testid="campaign-list"] tr[data-campaign-id="${String(dragged.id)}"]`);
    await expect.poll(() => row.textContent()).toContain(ui('zh-TW', 'noProblems'));
    expect(await row.textContent()).toContain(translate('zh-TW', 'campaigns.kind.broadcast' as MessageKey));

    // Sync records a send (here straight in the database): the campaign is locked, opens read-only
    // and can only be duplicated into a new draft.
    const database = new Database(path.join(dataDirectory, databaseFileName));
    database
      .prepare("UPDATE campaigns SET status = 'sent', sent_at = ?, request_id = 'req-1' WHERE id = ?")
      .run(new Date().toISOString(), dragged.id);
    database.close();
    await page.reload();
    await openCampaigns(page);
    await page.getByRole('button', { name: ui('zh-TW', 'nextMonth') }).click();
    await event.waitFor();
    expect(await page.locator('.rbc-event', { has: event }).getAttribute('class')).toContain(
      'camp-event-locked',
    );
    await event.click();
    await expect.poll(() => composer.getAttribute('data-status')).toBe('sent');
    expect(await composer.getByLabel(ui('zh-TW', 'title'), { exact: true }).isDisabled()).toBe(true);
    expect(await composer.getByRole('button', { name: ui('zh-TW', 'markReady') }).count()).toBe(0);
    // A sent campaign still shows its estimated reach (the check answers for locked campaigns).
    await expect.poll(() => composer.locator('[data-testid="reach-estimate"]').textContent()).toMatch(/\d/);
    await screenshot('campaigns-sent-zh-TW');
    await composer.getByRole('button', { name: ui('zh-TW', 'duplicate') }).click();
    await expect.poll(() => composer.getAttribute('data-status')).toBe('draft');
    expect(await composer.getByLabel(ui('zh-TW', 'title'), { exact: true }).inputValue()).toBe(
      '週末快閃 (copy)',
    );
    expect(await composer.getByLabel(ui('zh-TW', 'atNextSync')).isChecked()).toBe(true);
    await composer.getByRole('button', { name: ui('zh-TW', 'backToCalendar') }).click();

    // The calendar in English.
    await call('setPreferences', { locale: 'en' });
    await page.reload();
    await openCampaigns(page);
    await page.getByRole('button', { name: ui('en', 'nextMonth') }).click();
    await event.waitFor();
    expect(await page.locator('.rbc-header').first().textContent()).toBe('Sun');
    await screenshot('campaigns-calendar-en');
    expect(problems).toEqual([]);
  });
});
