// The app shell in real Chromium against the real browser-mode server: it loads, every section opens,
// the language switch changes the text, and Chinese, Japanese and Thai render with the bundled fonts.

import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSections } from '../../shared/domain/sections';
import { translate } from '../../shared/i18n/catalog';
import type { Locale } from '../../shared/domain/locale';
import { openAppInChromium } from '../helpers/page';

async function heading(page: Page, section: string): Promise<string> {
  return (await page.locator(`main[data-section="${section}"] h1`).textContent({ timeout: 10_000 })) ?? '';
}

/**
 * Loaded font faces that drew the given text: fontsource splits each family into unicode-range
 * subsets that the browser loads only when a glyph needs them, so a loaded subset of the right
 * family proves the text was drawn with it and not with a fallback (or as boxes).
 */
async function familiesDrawing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(async (sel) => {
    await document.fonts.ready;
    const element = document.querySelector(sel);
    if (!element) throw new Error(`no ${sel}`);
    const text = element.textContent ?? '';
    const loaded = [...document.fonts].filter((face) => face.status === 'loaded');
    const covers = (face: FontFace) =>
      face.unicodeRange.split(',').some((range) => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
        const start = parseInt(from ?? '0', 16);
        const end = to ? parseInt(to, 16) : start;
        return [...text].some((ch) => {
          const code = ch.codePointAt(0) ?? 0;
          return code >= start && code <= end && code > 0x024f;
        });
      });
    return [...new Set(loaded.filter(covers).map((face) => face.family.replace(/["']/g, '')))];
  }, selector);
}

const fontFor: Record<Exclude<Locale, 'en'>, string> = {
  'zh-TW': 'Noto Sans TC',
  ja: 'Noto Sans JP',
  th: 'Noto Sans Thai',
};

describe('app shell in Chromium', () => {
  it('loads in browser mode on the Sandbox channel, with the launch key taken out of the address', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await expect.poll(() => heading(page, 'editor')).toBe(translate('en', 'sections.editor.title'));
    await expect
      .poll(() => page.locator('[data-testid="current-channel"]').textContent())
      .toContain('Sandbox');
    expect(await page.locator('[data-testid="browser-mode-badge"]').isVisible()).toBe(true);
    expect(page.url()).not.toContain('key=');
    const file = await screenshot('shell-en');
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('opens every section from the navigation, and keeps it across a reload', async () => {
    const { page, problems } = await openAppInChromium();
    for (const section of appSections) {
      await page.locator(`nav a[data-nav="${section}"]`).click();
      await expect.poll(() => heading(page, section)).toBe(translate('en', `sections.${section}.title`));
      expect(await page.locator(`nav a[data-nav="${section}"]`).getAttribute('aria-current')).toBe('page');
      if (section !== 'settings') {
        expect(await page.locator(`main[data-section="${section}"]`).textContent()).toContain(
          translate('en', `sections.${section}.empty`),
        );
      }
    }
    await page.reload();
    await expect.poll(() => heading(page, 'settings')).toBe(translate('en', 'sections.settings.title'));
    expect(problems).toEqual([]);
  });

  it('switches language in Settings, renders zh-TW, ja and th with the bundled fonts, and remembers it', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await page.locator('nav a[data-nav="settings"]').click();
    for (const locale of ['zh-TW', 'ja', 'th'] as const) {
      await page.locator('#language-select').selectOption(locale);
      await expect.poll(() => heading(page, 'settings')).toBe(translate(locale, 'sections.settings.title'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await page.locator('nav a[data-nav="audiences"]').textContent()).toContain(
        translate(locale, 'nav.audiences'),
      );
      await page.locator('nav a[data-nav="audiences"]').click();
      await expect.poll(() => heading(page, 'audiences')).toBe(translate(locale, 'sections.audiences.title'));
      await expect
        .poll(() => familiesDrawing(page, 'main[data-section="audiences"]'))
        .toContain(fontFor[locale]);
      await screenshot(`shell-${locale}`);
      await page.locator('nav a[data-nav="settings"]').click();
    }
    await page.reload();
    await expect.poll(() => heading(page, 'settings')).toBe(translate('th', 'sections.settings.title'));
    expect(problems).toEqual([]);
  });

  it('follows the system language until the user chooses one', async () => {
    const { page } = await openAppInChromium({ locale: 'ja-JP' });
    await expect.poll(() => heading(page, 'editor')).toBe(translate('ja', 'sections.editor.title'));
  });

  it('refuses to open without the launch key', async () => {
    const { app, browser } = await openAppInChromium();
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(app.origin + '/');
    expect(response?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('oa-planner serve');
  });
});
