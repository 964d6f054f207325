// Settings' channel list in real Chromium against the real browser-mode server, which verifies
// tokens with a LINE sandbox on loopback: add (with "Check token" first), a refused token, rename,
// verify again, remove, the store this shell uses named with its meaning, and the token in none of
// the page's text nor any API response.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { runCliProcessAsync, serveApp } from '../helpers/cli';
import { translate } from '../../shared/i18n/catalog';
import { startTestLineSandbox } from '../helpers/line-sandbox';
import { openAppInChromium } from '../helpers/page';
import { makeTempDir } from '../helpers/temp-dir';

const token = 'e2e-shop-token-1b3d5f7a9c0e2b4d6f8a0c1e3b5d7f9a';

describe('channels in Settings', () => {
  it('adds a LINE channel after checking its token, renames, verifies and removes it', async () => {
    const sandbox = await startTestLineSandbox({ token });
    const bot = sandbox.channel(token).record;
    const keyFile = path.join(makeTempDir(), 'tokens.key');
    const { page, problems, screenshot } = await openAppInChromium({
      env: { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: keyFile },
    });
    const responses: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST')
        void response.text().then(
          (body) => responses.push(body),
          () => undefined,
        );
    });
    await page.locator('nav a[data-nav="settings"]').click();

    const store = page.locator('[data-testid="secret-store"]');
    await expect.poll(() => store.getAttribute('data-store')).toBe('encrypted-file');
    expect(await store.textContent()).toContain(keyFile);

    // A refused token: the dialog says so, and nothing is added.
    await page.locator('[data-testid="channel-add"]').click();
    const form = page.locator('[data-testid="channel-form"]');
    await form.locator('[data-testid="channel-name"]').fill('Shop');
    await form.locator('[data-testid="channel-token"]').fill('e2e-wrong-token-000111222333');
    await form.locator('summary').click();
    await form.locator('[data-testid="channel-api-url"]').fill(`${sandbox.origin}/v2`);
    await form.locator('[data-testid="channel-save"]').click();
    expect(await form.locator('[role="alert"]').first().textContent()).toContain('give the origin only');
    await form.locator('[data-testid="channel-api-url"]').fill(sandbox.origin);
    await form.locator('[data-testid="channel-save"]').click();
    await expect
      .poll(() => form.locator('[data-testid="channel-error"]').textContent())
      .toContain(`LINE at ${sandbox.origin} refused the token`);

    // The right token: checked first, then saved.
    await form.locator('[data-testid="channel-token"]').fill(token);
    await form.locator('[data-testid="channel-check"]').click();
    await expect
      .poll(() => form.locator('[data-testid="channel-checked"]').textContent())
      .toBe(translate('en', 'channels.checked', { displayName: bot.displayName, basicId: bot.basicId }));
    await form.locator('[data-testid="channel-save"]').click();
    await expect.poll(() => form.count()).toBe(0);

    const row = page.locator('[data-channel-kind="line"]');
    await expect
      .poll(() => row.locator('[data-testid="channel-bot"]').textContent())
      .toBe(`${bot.displayName} · ${bot.basicId}`);
    expect(await row.locator('[data-testid="channel-store"]').textContent()).toContain(
      'Token kept in an encrypted file',
    );
    await screenshot('settings-channels');

    // Rename through Edit, without a new token: LINE is not asked.
    const asked = sandbox.log.count('getBotInfo');
    await row.locator('[data-testid="channel-edit"]').click();
    await form.locator('[data-testid="channel-name"]').fill('Shop Taipei');
    await form.locator('[data-testid="channel-save"]').click();
    await expect.poll(() => row.locator('.channel-name').textContent()).toBe('Shop Taipei');
    expect(sandbox.log.count('getBotInfo')).toBe(asked);

    await row.locator('[data-testid="channel-verify"]').click();
    await expect.poll(() => sandbox.log.count('getBotInfo')).toBe(asked + 1);

    await row.locator('[data-testid="channel-remove"]').click();
    expect(await page.locator('[data-testid="channel-remove-dialog"]').textContent()).toContain(
      'Its projects, audiences and campaigns on this computer are deleted with it',
    );
    await page.locator('[data-testid="channel-remove-confirm"]').click();
    await expect.poll(() => row.count()).toBe(0);

    expect(await page.content()).not.toContain(token);
    expect(responses.length).toBeGreaterThan(5);
    expect(responses.join('\n')).toContain(bot.basicId);
    expect(responses.join('\n')).not.toContain(token);
    expect(problems).toEqual([]);
  });

  it('says a token saved where this shell cannot read it must be entered again', async () => {
    const sandbox = await startTestLineSandbox({ token });
    const dataDirectory = makeTempDir();
    const tokenFile = path.join(makeTempDir(), 'token.txt');
    writeFileSync(tokenFile, token);
    const added = await runCliProcessAsync(
      [
        'channel',
        'add',
        '--name',
        'Shop',
        '--token-file',
        tokenFile,
        '--api-url',
        sandbox.origin,
        '--data-dir',
        dataDirectory,
      ],
      { OA_PLANNER_SECRET_STORE: 'file', OA_PLANNER_SECRET_KEY_FILE: path.join(makeTempDir(), 'a.key') },
    );
    expect(added.status).toBe(0);

    // The same data folder served with another key file: the token is there but cannot be read.
    const app = await serveApp(dataDirectory, {
      OA_PLANNER_SECRET_STORE: 'file',
      OA_PLANNER_SECRET_KEY_FILE: path.join(makeTempDir(), 'b.key'),
    });
    onTestFinished(async () => {
      await app.stop();
    });
    const browser = await launchChromium();
    onTestFinished(() => browser.close());
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.locator('nav a[data-nav="settings"]').click();
    const row = page.locator('[data-channel-kind="line"]');
    await expect
      .poll(() => row.locator('[data-testid="channel-unreadable"]').textContent())
      .toBe(
        translate('en', 'channels.tokenUnreadable', {
          store: translate('en', 'channels.store.encrypted-file.name'),
        }),
      );
    await row.locator('[data-testid="channel-verify"]').click();
    await expect
      .poll(() => page.locator('[data-testid="channel-list-error"]').textContent())
      .toContain(
        'The token of “Shop” was saved in an encrypted file, which cannot be read here. Enter the token again',
      );

    // Entered again through Edit, it is readable here from then on.
    await row.locator('[data-testid="channel-edit"]').click();
    const form = page.locator('[data-testid="channel-form"]');
    await form.locator('[data-testid="channel-token"]').fill(token);
    await form.locator('[data-testid="channel-save"]').click();
    await expect.poll(() => row.locator('[data-testid="channel-unreadable"]').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
  });
});
