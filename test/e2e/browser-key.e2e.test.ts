// Browser mode keeps the launch key out of addresses in real Chromium: only the launch address
// and the event stream carry it in the query; API calls and the user's photos send it in a header,
// and the photos still show on the canvas (fetched, then shown through object URLs).

import type { Request } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalog';
import { openAppInChromium } from '../helpers/page';

describe('the launch key in browser mode', () => {
  it('travels in a header for API calls and photos; only the launch address and events carry it', async () => {
    const { page, app, problems } = await openAppInChromium();
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));

    await page.locator('[data-testid="new-project"]').click();
    await page.locator('[data-testid="family-richMenuLarge"]').click();
    await page.locator('[data-testid="template-richmenu-large-1"]').click();
    await page.locator('[data-testid="new-project-name"]').fill('Key check');
    await page.locator('[data-testid="create-project"]').click();
    await page.locator('[data-testid="editor-workspace"]').waitFor();

    const red = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#e01010' } })
      .png()
      .toBuffer();
    const assetLoaded = page.waitForResponse(
      (response) =>
        /\/assets\/[0-9a-f]{64}\?variant=editing/.test(response.url()) && response.status() === 200,
    );
    const canvas = page.locator('[data-testid="editor-canvas"]');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the canvas has no box');
    const dataTransfer = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], 'red.png', { type: 'image/png' }));
      return transfer;
    }, red.toString('base64'));
    const point = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    await canvas.dispatchEvent('dragover', { dataTransfer, ...point });
    await canvas.dispatchEvent('drop', { dataTransfer, ...point });
    const asset = await assetLoaded;
    expect(new URL(asset.url()).searchParams.has('key')).toBe(false);
    expect(asset.request().headers()['x-oa-planner-key']).toBe(app.key);

    // The photo is on the canvas: the middle of the cell is red.
    await expect
      .poll(
        async () => {
          const shot = await page.screenshot({
            clip: { x: box.x + box.width / 2 - 2, y: box.y + box.height / 2 - 2, width: 4, height: 4 },
          });
          const { data } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
          return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
        },
        { timeout: 20_000 },
      )
      .toSatisfy(([r, g, b]: number[]) => (r ?? 0) > 180 && (g ?? 255) < 80 && (b ?? 255) < 80);

    const withKeyInUrl = requests
      .map((request) => new URL(request.url()))
      .filter((url) => url.searchParams.has('key'))
      .map((url) => url.pathname);
    // (The launch address itself was opened before this listener; the page removed the key from it.)
    expect(withKeyInUrl.filter((pathname) => pathname !== '/api/events')).toEqual([]);
    expect(page.url()).not.toContain('key=');
    const apiCalls = requests.filter((request) => new URL(request.url()).pathname.startsWith('/api/invoke/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const call of apiCalls) expect(call.headers()['x-oa-planner-key']).toBe(app.key);
    expect(problems).toEqual([]);
  });

  it('names the command the user ran when a tab opens the app without the key', async () => {
    const { page, app } = await openAppInChromium({ env: { OA_PLANNER_LAUNCH_COMMAND: 'npm start' } });
    await page.locator('[data-testid="browser-mode-badge"]').waitFor();
    // A new tab of the same browser has the page cookie, but not the key the first tab keeps.
    const other = await page.context().newPage();
    await other.goto(`${app.origin}/`);
    await expect
      .poll(() => other.locator('body').textContent(), { timeout: 20_000 })
      .toContain(translate('en', 'app.missingLaunchKey', { command: 'npm start' }));
    // Without the cookie either (another browser), the server's own page names it too.
    const refused = await fetch(`${app.origin}/`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('printed by `npm start`');
  });
});
