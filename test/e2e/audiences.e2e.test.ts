// Audiences in real Chromium against the real browser-mode server: import a file with bad rows
// (uploaded in chunks, with the progress bar), read the report and download it as CSV, then build
// an expression over two audiences and see its exact count. Screenshots in every language.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importChunkBytes } from '../../shared/audiences/api';
import { translate } from '../../shared/i18n/catalog';
import type { Locale } from '../../shared/domain/locale';
import { openAppInChromium } from '../helpers/page';

const u = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

async function importFile(page: Page, name: string, fileName: string, content: string): Promise<void> {
  await page.locator('[data-testid="open-import"]').click();
  const dialog = page.locator('[data-testid="import-dialog"]');
  await dialog.getByLabel(translate('en', 'audiences.import.name')).fill(name);
  await dialog
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(content) });
  await dialog.getByRole('button', { name: translate('en', 'audiences.import.start'), exact: true }).click();
  await dialog.locator('[data-testid="import-report"]').waitFor({ timeout: 20_000 });
}

async function openAudiences(page: Page): Promise<void> {
  await page.locator('nav a[data-nav="audiences"]').click();
  await page.locator('main[data-section="audiences"] [data-testid="open-import"]').waitFor();
}

describe('audiences in Chromium', () => {
  it('imports a file with bad rows, shows and downloads the report, and counts an expression', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await openAudiences(page);
    await expect
      .poll(() => page.locator('main[data-section="audiences"]').textContent())
      .toContain(translate('en', 'audiences.list.empty'));

    const rows = [
      'userId',
      ...Array.from({ length: 300 }, (_, i) => u(i)),
      u(5),
      u(6),
      'not an id',
      `U${'A'.repeat(32)}`,
      '',
    ];
    await importFile(page, 'Spring VIP', 'spring.csv', `\ufeff${rows.join('\r\n')}`);
    const dialog = page.locator('[data-testid="import-dialog"]');
    expect(await dialog.locator('[role="status"]').textContent()).toContain(
      '“Spring VIP” now holds 300 IDs.',
    );
    const report = await dialog.locator('[data-testid="import-report"]').textContent();
    expect(report).toContain(translate('en', 'audiences.report.duplicates'));
    const invalid = dialog.locator('[data-testid="invalid-rows"] tbody tr');
    expect(await invalid.count()).toBe(2);
    expect(await invalid.nth(0).textContent()).toBe(
      `304${translate('en', 'audiences.invalidReason.notAnId')}not an id`,
    );
    expect(await invalid.nth(1).textContent()).toContain(
      translate('en', 'audiences.invalidReason.userIdUppercase'),
    );
    await screenshot('audiences-report-en');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: translate('en', 'audiences.report.download') }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('spring-report.csv');
    expect(csv).toContain('duplicates in file,2');
    expect(csv).toContain('304,not-an-id,not an id');
    await dialog.getByRole('button', { name: translate('en', 'audiences.common.close') }).click();

    await importFile(
      page,
      'Lapsed',
      'lapsed.txt',
      Array.from({ length: 100 }, (_, i) => u(250 + i)).join('\n'),
    );
    await page
      .locator('[data-testid="import-dialog"]')
      .getByRole('button', { name: translate('en', 'audiences.common.close') })
      .click();
    const list = page.locator('[data-testid="audience-list"] tbody tr');
    await expect.poll(() => list.count()).toBe(2);
    expect(await list.nth(1).textContent()).toContain('Spring VIP');
    expect(await list.nth(1).textContent()).toContain('300');

    // Spring VIP AND NOT Lapsed: 300 − the 50 they share.
    const builder = page.locator('[data-testid="expression-builder"]');
    const operands = builder.getByLabel(translate('en', 'audiences.builder.operand'));
    await operands.nth(0).selectOption({ label: 'Spring VIP' });
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain('300 friends (exact)');
    await builder.getByRole('button', { name: translate('en', 'audiences.builder.addOperand') }).click();
    await operands.nth(1).selectOption({ label: 'Lapsed' });
    await builder.getByLabel(translate('en', 'audiences.builder.not')).nth(1).check();
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain('250 friends (exact)');
    await builder.getByLabel(translate('en', 'audiences.builder.operator')).selectOption('or');
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain('At least 300 friends');
    await builder.getByLabel(translate('en', 'audiences.builder.reach')).fill('1000');
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain('About 950 friends');
    await screenshot('audiences-builder-en');
    // Fewer friends than the 300 matching IDs: the count is capped at the friends, and says why.
    await builder.getByLabel(translate('en', 'audiences.builder.reach')).fill('200');
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain(translate('en', 'audiences.builder.capped', { n: '200' }));
    expect(await builder.locator('[data-testid="expression-problems"]').textContent()).toContain(
      translate('en', 'audiences.problem.countCapped', { counted: '300', friends: '200' }),
    );
    await builder.getByLabel(translate('en', 'audiences.builder.reach')).fill('1000');

    // Rename Lapsed in its row, from the keyboard: the name rules refuse a taken or too long name
    // inline, as the main process would, Escape leaves the name as it was, Enter saves, and the new
    // name survives a reload.
    // Found by id: while it is renamed, the name is in a field rather than the row's text.
    const lapsedId = await list.filter({ hasText: 'Lapsed' }).getAttribute('data-audience-id');
    const lapsedRow = page.locator(
      `[data-testid="audience-list"] tr[data-audience-id="${String(lapsedId)}"]`,
    );
    const renameButton = lapsedRow.getByRole('button', {
      name: translate('en', 'audiences.list.renameNamed', { name: 'Lapsed' }),
    });
    await renameButton.focus();
    await page.keyboard.press('Enter');
    const nameInput = lapsedRow.getByLabel(translate('en', 'audiences.list.renameLabel', { name: 'Lapsed' }));
    await expect.poll(() => nameInput.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nameInput.count()).toBe(0);
    await expect.poll(() => renameButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await nameInput.fill('spring vip');
    expect(await lapsedRow.getByRole('alert').textContent()).toBe(
      translate('en', 'audiences.nameProblem.taken'),
    );
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    await nameInput.fill('x'.repeat(121));
    expect(await lapsedRow.getByRole('alert').textContent()).toBe(
      translate('en', 'audiences.nameProblem.too-long'),
    );
    await nameInput.fill('Lapsed since 2025');
    expect(await lapsedRow.getByRole('alert').count()).toBe(0);
    await screenshot('audiences-rename-en');
    await nameInput.press('Enter');
    await expect.poll(() => nameInput.count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-testid="audience-list"]').textContent())
      .toContain('Lapsed since 2025');
    await page.reload();
    await openAudiences(page);
    await expect.poll(() => list.count()).toBe(2);
    const names = await page.locator('[data-testid="audience-list"] tbody th').allTextContents();
    expect([...names].sort()).toEqual(['Lapsed since 2025', 'Spring VIP']);

    // IFAs AND user IDs: never the same person, and the builder says so beside the 0.
    await importFile(
      page,
      'Devices',
      'devices.txt',
      Array.from(
        { length: 60 },
        (_, i) => `0000abcd-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      ).join('\n'),
    );
    await page
      .locator('[data-testid="import-dialog"]')
      .getByRole('button', { name: translate('en', 'audiences.common.close') })
      .click();
    await operands.nth(0).selectOption({ label: 'Devices' });
    await builder.getByRole('button', { name: translate('en', 'audiences.builder.addOperand') }).click();
    await operands.nth(1).selectOption({ label: 'Spring VIP' });
    await expect
      .poll(() => builder.locator('[data-testid="expression-count"]').textContent())
      .toContain('0 friends (exact)');
    // Told once, whether the builder found it or the count did.
    const neverMatch = translate('en', 'audiences.problem.idKindsNeverMatch', {
      ifa: 'Devices',
      userId: 'Spring VIP',
    });
    const problemList = builder.locator('[data-testid="expression-problems"] li');
    // The count's own problems are in (the result is under 50): the warning is still listed once.
    await expect
      .poll(() => problemList.allTextContents())
      .toContain(translate('en', 'audiences.problem.resultBelowMinimum', { minimum: '50' }));
    expect((await problemList.allTextContents()).filter((text) => text === neverMatch)).toEqual([neverMatch]);
    await screenshot('audiences-id-kinds-en');
    expect(problems).toEqual([]);
  });

  it('refuses a binary file and a mixed file with clear messages, and a cancelled upload leaves nothing', async () => {
    const { page, problems } = await openAppInChromium();
    await openAudiences(page);
    await page.locator('[data-testid="open-import"]').click();
    const dialog = page.locator('[data-testid="import-dialog"]');
    await dialog.getByLabel(translate('en', 'audiences.import.name')).fill('Broken');
    await dialog.locator('[data-testid="import-file"]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'),
    });
    await dialog
      .getByRole('button', { name: translate('en', 'audiences.import.start'), exact: true })
      .click();
    await expect
      .poll(() => dialog.locator('[data-testid="import-failure"]').textContent())
      .toContain('photo.png is not a text file');
    await dialog.getByRole('button', { name: translate('en', 'audiences.common.close') }).click();

    // User IDs, then an IFA: the message names the first line of each kind, as the CLI does.
    await page.locator('[data-testid="open-import"]').click();
    await dialog.getByLabel(translate('en', 'audiences.import.name')).fill('Mixed');
    await dialog.locator('[data-testid="import-file"]').setInputFiles({
      name: 'mixed.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`userId\n${u(1)}\n${u(2)}\n0000abcd-0000-4000-8000-000000000001\n`),
    });
    await dialog
      .getByRole('button', { name: translate('en', 'audiences.import.start'), exact: true })
      .click();
    await expect
      .poll(() => dialog.locator('[data-testid="import-failure"]').textContent())
      .toBe(
        'Line 4 of mixed.txt holds IFAs (advertising IDs), but line 2 holds LINE user IDs. One audience cannot mix the two. Nothing was imported.',
      );
    await dialog.getByRole('button', { name: translate('en', 'audiences.common.close') }).click();

    // A 12 MB file goes up in 3 chunks. The second chunk is held at the browser until Cancel has
    // been clicked and the server has dropped the session, so Cancel lands mid-upload on every run;
    // released, that chunk finds no import to append to, and nothing is imported.
    let releaseChunk: () => void = () => undefined;
    const chunkHeld = new Promise<void>((heldNow) => {
      let chunks = 0;
      void page.route('**/api/invoke/appendAudienceImportChunk', async (route) => {
        chunks++;
        if (chunks === 2) {
          const released = new Promise<void>((release) => (releaseChunk = release));
          heldNow();
          await released;
        }
        await route.continue();
      });
    });
    await page.locator('[data-testid="open-import"]').click();
    await dialog.getByLabel(translate('en', 'audiences.import.name')).fill('Big');
    const big = Buffer.from(Array.from({ length: 360_000 }, (_, i) => u(i)).join('\n'));
    await dialog
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: big });
    await dialog
      .getByRole('button', { name: translate('en', 'audiences.import.start'), exact: true })
      .click();
    await chunkHeld;
    // The first chunk is in: the bar shows it while the second waits.
    await expect
      .poll(() => dialog.locator('[data-testid="import-progress"]').getAttribute('value'))
      .toBe(String(importChunkBytes));
    const cancelled = page.waitForResponse('**/api/invoke/cancelAudienceImport');
    await dialog.getByRole('button', { name: translate('en', 'audiences.common.cancel') }).click();
    expect(((await (await cancelled).json()) as { ok: boolean }).ok).toBe(true);
    await expect
      .poll(() => dialog.locator('[data-testid="import-failure"]').textContent())
      .toBe(translate('en', 'audiences.failure.cancelled'));
    const lateChunk = page.waitForResponse('**/api/invoke/appendAudienceImportChunk');
    releaseChunk();
    expect(((await (await lateChunk).json()) as { error?: { key?: string } }).error?.key).toBe(
      'errors.audiences.importNotOpen',
    );
    await dialog.getByRole('button', { name: translate('en', 'audiences.common.close') }).click();
    await page.reload();
    await expect
      .poll(() => page.locator('main[data-section="audiences"]').textContent())
      .toContain(translate('en', 'audiences.list.empty'));
    expect(problems).toEqual([]);
  });

  it.each(['zh-TW', 'ja', 'th'] as const)(
    'renders the section and the report in %s',
    async (locale: Locale) => {
      const { page, problems, screenshot } = await openAppInChromium({ locale });
      await page.locator('nav a[data-nav="audiences"]').click();
      await page.locator('[data-testid="open-import"]').click();
      const dialog = page.locator('[data-testid="import-dialog"]');
      await dialog.getByLabel(translate(locale, 'audiences.import.name')).fill('VIP 2026');
      await dialog.locator('[data-testid="import-file"]').setInputFiles({
        name: 'ids.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(`${u(1)}\n${u(2)}\n${u(2)}\nbad\n`),
      });
      await dialog
        .getByRole('button', { name: translate(locale, 'audiences.import.start'), exact: true })
        .click();
      await dialog.locator('[data-testid="import-report"]').waitFor();
      expect(await dialog.textContent()).toContain(translate(locale, 'audiences.invalidReason.notAnId'));
      await screenshot(`audiences-report-${locale}`);
      await dialog.getByRole('button', { name: translate(locale, 'audiences.common.close') }).click();
      await page
        .locator('[data-testid="expression-builder"]')
        .getByLabel(translate(locale, 'audiences.builder.operand'))
        .selectOption({ label: 'VIP 2026' });
      await expect.poll(() => page.locator('[data-testid="expression-count"]').textContent()).toMatch(/2/);
      await screenshot(`audiences-${locale}`);
      expect(problems).toEqual([]);
    },
  );
});
