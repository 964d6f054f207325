// A page driver for end-to-end tests: a fresh data folder, the real `oa-planner serve`, and a
// Chromium page on it; everything is stopped when the test ends.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { serveApp, type ServingApp } from './cli';
import { launchChromium } from './chromium';
import { testOutputDirectory } from './project';
import { makeTempDir } from './temp-dir';

export interface OpenedApp {
  readonly app: ServingApp;
  readonly page: Page;
  readonly browser: Browser;
  readonly dataDirectory: string;
  /** Console errors and failed requests seen by the page. */
  readonly problems: string[];
  screenshot(name: string): Promise<string>;
}

export async function openAppInChromium(
  options: { locale?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<OpenedApp> {
  const dataDirectory = makeTempDir();
  const app = await serveApp(dataDirectory, options.env);
  onTestFinished(async () => {
    await app.stop();
  });
  const browser = await launchChromium();
  onTestFinished(() => browser.close());
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A reload or navigation cancels requests still in flight; anything else is a real failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    // Object URLs of the app's own origin (the photos it fetched) are the app too.
    const url = request.url().replace(/^blob:/, '');
    if (!url.startsWith(`${app.origin}/`)) problems.push(`left the app: ${request.url()}`);
  });
  await page.goto(app.url);
  return {
    app,
    page,
    browser,
    dataDirectory,
    problems,
    async screenshot(name) {
      const dir = path.join(testOutputDirectory, 'e2e');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
