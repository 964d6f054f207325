// The image editor end to end in real Chromium against the real browser-mode server: create a rich
// menu from a template, drop two photos (PNG and JPEG made here with sharp), add Traditional Chinese
// text, set the tap areas' actions, undo and redo, export, then check the files on disk — the exact
// size, at most 1 MB, valid JSON — and the same for a rich message's five widths, whose video area is
// dragged and resized on the canvas.

import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { EditorDocument } from '../../shared/editor/document';
import { imagemapWidths, richMenuImageMaxBytes, imagemapImageMaxBytes } from '../../shared/editor/limits';
import { translate } from '../../shared/i18n/catalog';
import {
  addVideo,
  createProject,
  dropFiles,
  exportTo,
  filesUnder,
  photo,
  setAreaAction,
  waitSaved,
} from '../helpers/editor-page';
import type { Page } from 'playwright-core';
import { openAppInChromium } from '../helpers/page';
import { makeTempDir } from '../helpers/temp-dir';

describe('image editor in Chromium', () => {
  it('makes a rich menu: template, two dropped photos, zh-TW text, actions, undo/redo, export', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await createProject(page, 'richMenuLarge', 'richmenu-large-columns-2', '春季選單');

    await dropFiles(
      page,
      [
        // Enough pixels for its 1250×1686 cell, or the checks would warn that it is enlarged.
        { name: 'left.png', type: 'image/png', bytes: await photo(1400, 1900, 'png', [220, 90, 60]) },
        { name: 'right.jpg', type: 'image/jpeg', bytes: await photo(3000, 4000, 'jpeg', [40, 120, 200]) },
      ],
      { x: 0.3, y: 0.5 },
    );
    // Both cells fill (the one under the drop first, then the next empty one).
    await expect
      .poll(() => page.locator('[data-testid="cell-row"] [data-filled="true"]').count(), { timeout: 20_000 })
      .toBe(2);

    // Text in Traditional Chinese, in the TC font, then vertical.
    await page.locator('[data-testid="add-text"]').click();
    await page.locator('[data-testid="text-content"]').fill('春季特賣 全館８折');
    await page.locator('[data-testid="text-font"]').selectOption('Noto Sans TC');
    await page.locator('[data-testid="add-vertical-text"]').click();
    await page.locator('[data-testid="text-content"]').fill('限時優惠。');
    await page.locator('[data-testid="text-font"]').selectOption('Noto Sans TC');
    await expect.poll(() => page.locator('[data-testid="layer-row"]').count()).toBe(2);

    // Undo takes the vertical text's font, text and layer back one step each; redo restores them.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid="layer-row"]').count()).toBe(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('[data-testid="layer-row"]').count()).toBe(2);

    // Tap areas: one link, one message; the checks then have nothing to report.
    await page.locator('[data-testid="mode-areas"]').click();
    await expect
      .poll(() => page.locator('[data-testid="lint-finding"][data-code="action-missing"]').count())
      .toBe(2);
    await setAreaAction(page, 0, 'uri', { 'action-uri': 'https://example.com/spring' });
    await setAreaAction(page, 1, 'message', { 'action-text': '我要優惠' });
    await page.locator('[data-testid="menu-chatbar"]').fill('點我看優惠');
    await page.locator('[data-testid="lint-ok"]').waitFor();

    // A bad link is reported live, names the area, and clicking it selects that area.
    await page.locator('[data-testid="area-row"]').nth(0).click();
    await page.locator('[data-testid="action-uri"]').fill('javascript:alert(1)');
    const finding = page.locator('[data-testid="lint-finding"][data-code="uri-scheme"]');
    await expect.poll(() => finding.textContent()).toContain('javascript');
    await page.locator('[data-testid="area-row"]').nth(1).click();
    await finding.click();
    expect(await page.locator('[data-testid="area-x"]').inputValue()).toBe('0');
    await page.locator('[data-testid="action-uri"]').fill('https://example.com/spring');
    await page.locator('[data-testid="lint-ok"]').waitFor();

    await page.locator('[data-testid="mode-design"]').click();
    await waitSaved(page);
    await screenshot('editor-richmenu');

    const outDir = makeTempDir();
    await exportTo(page, outDir);
    expect(await page.locator('[data-testid="export-quality"]').first().textContent()).toMatch(
      /JPEG quality \d+/,
    );
    await screenshot('editor-richmenu-exported');

    const files = filesUnder(outDir);
    const image = files.find((f) => /\.(jpe?g|png)$/i.test(f));
    const json = files.find((f) => f.endsWith('.json'));
    if (!image || !json) throw new Error(`export wrote ${files.join(', ')}`);
    const meta = await sharp(image).metadata();
    expect([meta.width, meta.height]).toEqual([2500, 1686]);
    expect(statSync(image).size).toBeLessThanOrEqual(richMenuImageMaxBytes);
    // The photos made it into the image: the left half is warm, the right half cool.
    const { data } = await sharp(image)
      .resize(2, 1, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(data[2] ?? 0);
    expect(data[5]).toBeGreaterThan(data[3] ?? 0);

    const menu = JSON.parse(readFileSync(json, 'utf8')) as {
      size: { width: number; height: number };
      chatBarText: string;
      areas: {
        bounds: { x: number; width: number };
        action: { type: string; uri?: string; text?: string };
      }[];
    };
    expect(menu.size).toEqual({ width: 2500, height: 1686 });
    expect(menu.chatBarText).toBe('點我看優惠');
    expect(menu.areas.map((a) => a.action.type)).toEqual(['uri', 'message']);
    expect(menu.areas[0]?.action.uri).toBe('https://example.com/spring');
    expect(menu.areas[1]?.action.text).toBe('我要優惠');
    expect(menu.areas.map((a) => a.bounds.x)).toEqual([0, 1250]);

    // The project is listed with its thumbnail.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="back-to-projects"]').click();
    const card = page.locator('[data-testid="project-card"]');
    await expect.poll(() => card.textContent()).toContain('春季選單');
    await expect.poll(() => card.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(problems).toEqual([]);
  });

  it('makes a rich message and exports the five widths and the imagemap JSON', async () => {
    const { page, problems, screenshot } = await openAppInChromium({ locale: 'zh-TW' });
    await createProject(page, 'imagemap', 'imagemap-square-rows-2', '圖文訊息');
    await dropFiles(
      page,
      [{ name: 'top.jpg', type: 'image/jpeg', bytes: await photo(2000, 1500, 'jpeg', [250, 200, 40]) }],
      {
        x: 0.5,
        y: 0.3,
      },
    );
    await expect
      .poll(() => page.locator('[data-testid="cell-row"] [data-filled="true"]').count(), { timeout: 20_000 })
      .toBe(1);
    await page.locator('[data-testid="add-text"]').click();
    await page.locator('[data-testid="text-content"]').fill('新品上市');
    await page.locator('[data-testid="mode-areas"]').click();
    await setAreaAction(page, 0, 'uri', { 'action-uri': 'https://example.com/new' });
    await setAreaAction(page, 1, 'clipboard', { 'action-clipboard': 'SPRING2025' });
    await expect
      .poll(() => page.locator('[data-testid="lint-finding"][data-severity="error"]').count())
      .toBe(0);
    await waitSaved(page);
    await screenshot('editor-imagemap-zh-TW');

    const outDir = makeTempDir();
    await exportTo(page, outDir);
    const files = filesUnder(outDir);
    for (const width of imagemapWidths) {
      const file = files.find((f) => path.basename(f) === String(width));
      if (!file) throw new Error(`no file ${String(width)} among ${files.join(', ')}`);
      const meta = await sharp(file).metadata();
      expect(meta.width).toBe(width);
      expect(meta.height).toBe(width);
      expect(statSync(file).size).toBeLessThanOrEqual(imagemapImageMaxBytes);
    }
    const json = files.find((f) => f.endsWith('.json'));
    if (!json) throw new Error(`no JSON among ${files.join(', ')}`);
    const message = JSON.parse(readFileSync(json, 'utf8')) as {
      type: string;
      baseUrl: string;
      baseSize: { width: number; height: number };
      actions: { type: string; area: unknown }[];
    };
    expect(message.type).toBe('imagemap');
    expect(message.baseSize).toEqual({ width: 1040, height: 1040 });
    expect(message.baseUrl).toMatch(/^https:\/\//);
    expect(message.actions.map((a) => a.type)).toEqual(['uri', 'clipboard']);
    expect(problems).toEqual([]);
  });

  it('draws the rich message video area in tap-area mode: drag, clamp, undo, keep in sync', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await createProject(page, 'imagemap', 'imagemap-square-rows-2', 'Video');
    await page.locator('[data-testid="mode-areas"]').click();
    await addVideo(page, await photo(640, 360, 'jpeg', [120, 40, 160]));
    const video = page.locator('[data-testid="video-settings"]');
    const field = (name: string) => page.locator(`[data-testid="video-${name}"]`);
    await expect.poll(() => field('h').inputValue(), { timeout: 20_000 }).toBe('585');
    await screenshot('editor-imagemap-video-area');

    // Image pixels to page pixels, from the Konva stage's own position and scale.
    const box = await page.locator('[data-testid="editor-canvas"] .konvajs-content').boundingBox();
    if (!box) throw new Error('the canvas has no box');
    const view = await page.evaluate(() => {
      const stage = (
        window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number }[] } }
      ).Konva.stages[0];
      return stage ? { x: stage.x(), y: stage.y(), scale: stage.scaleX() } : null;
    });
    if (!view) throw new Error('no Konva stage');
    const scale = view.scale;
    const left = box.x + view.x;
    const top = box.y + view.y;
    // Its label sits in the area's top-right corner: grab it and drag the area down by 150 pixels (an
    // offset that snaps to no cell or area edge or centre).
    const grab = { x: left + 1040 * scale - 30, y: top + 15 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(grab.x, grab.y + ((150 * scale) / 5) * i);
    await page.mouse.up();
    expect(await video.getAttribute('data-selected')).toBe('true');
    // The mouse moves in whole page pixels, about two image pixels at this zoom.
    await expect
      .poll(async () => Math.abs(Number(await field('y').inputValue()) - 150))
      .toBeLessThanOrEqual(3);
    const moved = await field('y').inputValue();
    expect(await field('x').inputValue()).toBe('0');

    // Dragged far below the image, it stops at the bottom edge; undo takes back one drag at a time.
    const from = { x: grab.x, y: grab.y + 150 * scale };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(from.x, from.y + 120 * i);
    await page.mouse.up();
    await expect.poll(() => field('y').inputValue()).toBe(String(1040 - 585));
    await screenshot('editor-imagemap-video-area-moved');
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('y').inputValue()).toBe(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('y').inputValue()).toBe('0');

    // The numeric fields move it too, and the canvas follows: the label is found at its new place.
    await field('h').fill('300');
    await field('h').press('Enter');
    await field('y').fill('600');
    await field('y').press('Enter');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.mouse.move(grab.x, top + 600 * scale + 15);
    await page.mouse.down();
    await page.mouse.move(grab.x, top + 500 * scale + 15, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Math.abs(Number(await field('y').inputValue()) - 500))
      .toBeLessThanOrEqual(3);
    expect(await field('h').inputValue()).toBe('300');
    await expect.poll(() => video.getAttribute('data-selected')).toBe('true');

    // Selected, it has resize handles: the bottom one makes it 100 pixels shorter, as one undo step.
    const y = Number(await field('y').inputValue());
    const handle = { x: left + 520 * scale, y: top + (y + 300) * scale };
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x, handle.y - 100 * scale, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Math.abs(Number(await field('h').inputValue()) - 200))
      .toBeLessThanOrEqual(3);
    expect(await field('y').inputValue()).toBe(String(y));
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('h').inputValue()).toBe('300');
    expect(problems).toEqual([]);
  });

  it('refuses a file that is not an image, naming it, and leaves the project untouched', async () => {
    const { page } = await openAppInChromium({ locale: 'ja-JP' });
    await createProject(page, 'richMenuCompact', 'richmenu-compact-3', 'テスト');
    await dropFiles(
      page,
      [
        {
          name: 'notes.svg',
          type: 'image/svg+xml',
          bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
      ],
      {
        x: 0.2,
        y: 0.5,
      },
    );
    await expect.poll(() => page.locator('.ed-notice').first().textContent()).toContain('notes.svg');
    await dropFiles(
      page,
      [{ name: 'fake.png', type: 'image/png', bytes: Buffer.from('this is not a png') }],
      { x: 0.2, y: 0.5 },
    );
    await expect
      .poll(() => page.locator('.ed-notice').last().textContent(), { timeout: 15_000 })
      .toContain('fake.png');
    // Refused as a photo, in a photo's words: nothing about videos.
    expect(await page.locator('.ed-notice').last().textContent()).not.toContain('MP4');
    expect(await page.locator('[data-testid="cell-row"] [data-filled="true"]').count()).toBe(0);

    // The same refusal again counts up instead of stacking; all of them go at once.
    const notices = page.locator('.ed-notice');
    expect(await notices.count()).toBe(2);
    await dropFiles(
      page,
      [
        {
          name: 'notes.svg',
          type: 'image/svg+xml',
          bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
      ],
      { x: 0.2, y: 0.5 },
    );
    await expect.poll(() => notices.last().textContent()).toContain('×2');
    expect(await notices.count()).toBe(2);
    await page.getByRole('button', { name: translate('ja', 'editor.common.dismissAll') }).click();
    expect(await notices.count()).toBe(0);

    // Back in the list, the project's name opens it, and so does its Open button.
    await page.locator('[data-testid="back-to-projects"]').click();
    await page.locator('[data-testid="project-name"]').click();
    await page.locator('[data-testid="editor-workspace"]').waitFor();
    await page.locator('[data-testid="back-to-projects"]').click();
    await page.locator('[data-testid="open-project"]').click();
    await page.locator('[data-testid="editor-workspace"]').waitFor();
  });
});

describe('rich-menu tab sets in Chromium', () => {
  it('checks every menu: tabs count their errors, export is off listing each problem; a clean set downloads as a zip', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await createProject(page, 'richMenuCompact', 'richmenu-compact-2', 'Tabs');
    await page.locator('[data-testid="mode-areas"]').click();
    await setAreaAction(page, 0, 'message', { 'action-text': 'left' });
    await setAreaAction(page, 1, 'message', { 'action-text': 'right' });
    await page.locator('[data-testid="lint-ok"]').waitFor();

    // A second menu starts with two areas and no actions: the open (first) menu is fine, but the
    // set is not ready, and the second tab says how many errors it has.
    await page.locator('[data-testid="add-tab"]').click();
    const tabs = page.locator('[data-testid="document-tab"]');
    await expect.poll(() => tabs.count()).toBe(2);
    await tabs.nth(0).click();
    expect(await tabs.nth(0).textContent()).toBe('tab-a');
    await expect.poll(() => tabs.nth(1).getAttribute('data-errors')).toBe('2');
    expect(await tabs.nth(1).locator('[data-testid="tab-error-count"]').textContent()).toBe('2');
    expect(await tabs.nth(0).locator('[data-testid="tab-error-count"]').count()).toBe(0);
    expect(await page.locator('[data-testid="lint-ok"]').count()).toBe(0);
    expect(await page.locator('[data-testid="lint-summary"]').textContent()).toContain('Errors: 2');
    const otherMenu = page.locator('[data-testid="lint-group"][data-document="1"]');
    expect(await otherMenu.locator('h4').textContent()).toBe('tab-b');
    expect(await otherMenu.locator('[data-testid="lint-finding"]').count()).toBe(2);

    // Export is off while errors exist, and says why: every problem, named as the tab names it.
    await page.locator('[data-testid="open-export"]').click();
    const run = page.locator('[data-testid="run-export"]');
    expect(await run.isDisabled()).toBe(true);
    const listed = await page.locator('[data-testid="export-problem"]').allTextContents();
    expect(listed).toEqual([
      'tab-b: Area 1 has no action yet. Choose what happens when it is tapped.',
      'tab-b: Area 2 has no action yet. Choose what happens when it is tapped.',
    ]);
    await screenshot('editor-tabs-export-blocked');
    await page.keyboard.press('Escape');

    // Clicking a finding of the other menu opens that menu with the area selected.
    await otherMenu.locator('[data-testid="lint-finding"]').first().click();
    await expect.poll(() => tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    await setAreaAction(page, 0, 'richmenuswitch', {});
    await setAreaAction(page, 1, 'message', { 'action-text': 'more' });
    await page.locator('[data-testid="lint-ok"]').waitFor();
    expect(await tabs.nth(1).getAttribute('data-errors')).toBe('0');

    // Exported to the default folder, the set can be downloaded as one zip.
    await page.locator('[data-testid="open-export"]').click();
    await page.locator('[data-testid="run-export"]').click();
    await page.locator('[data-testid="export-result"]').waitFor({ timeout: 45_000 });
    const quality = await page.locator('[data-testid="export-quality"]').allTextContents();
    expect(quality.map((q) => q.split(':')[0])).toEqual(['tab-a', 'tab-b']);
    const folder = (await page.locator('[data-testid="export-folder-result"]').textContent()) ?? '';
    expect((await page.locator('[data-testid="export-dialog"]').textContent())?.split(folder).length).toBe(2);
    await screenshot('editor-tabs-exported');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${path.basename(folder)}.zip`);
    const zipFile = path.join(makeTempDir(), 'export.zip');
    await download.saveAs(zipFile);
    const listing = spawnSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' });
    expect(listing.status).toBe(0);
    expect(listing.stdout.trim().split('\n').sort()).toEqual(
      ['richmenu-tab-a.jpg', 'richmenu-tab-a.json', 'richmenu-tab-b.jpg', 'richmenu-tab-b.json'].map(
        (name) => `${path.basename(folder)}/${name}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('autosave in browser mode', () => {
  it('keeps an edit made just before a reload, and warns before losing one it cannot send', async () => {
    const { app, page, problems } = await openAppInChromium({ locale: 'zh-TW' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await createProject(page, 'richMenuCompact', 'richmenu-compact-2', '自動儲存');
    await page.locator('[data-testid="mode-areas"]').click();
    await waitSaved(page);
    // A new menu's chat-bar text, which LINE users see, is in the UI's language.
    expect(await page.locator('[data-testid="menu-chatbar"]').inputValue()).toBe('選單');
    // Typed, then the page reloads at once: well within the autosave delay (700 ms).
    await page.locator('[data-testid="menu-chatbar"]').fill('點我看優惠');
    await page.reload();
    await page.locator('[data-testid="editor-workspace"]').waitFor();
    await page.locator('[data-testid="mode-areas"]').click();
    expect(await page.locator('[data-testid="menu-chatbar"]').inputValue()).toBe('點我看優惠');
    // Sent on its way as the page went, so there was nothing to warn about.
    expect(dialogs).toEqual([]);

    // A project too large for a request that outlives the page (over 64 KB): leaving with an
    // unsaved edit asks first.
    const call = async (method: string, ...args: unknown[]) => {
      const response = await fetch(`${app.origin}/api/invoke/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-oa-planner-key': app.key },
        body: JSON.stringify(args),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    };
    const big = (await call('createProject', {
      channelId: 1,
      name: 'Big',
      templateId: 'richmenu-compact-2',
    })) as { id: number; documents: EditorDocument[] };
    const base = big.documents[0]!;
    const shapes = Array.from({ length: 300 }, (_, i) => ({
      id: `shape-${String(i)}`,
      name: `${'形'.repeat(190)}${String(i)}`,
      type: 'shape',
      shape: 'rect',
      rect: { x: i, y: 10, width: 20, height: 20 },
      rotation: 0,
      opacity: 1,
      locked: false,
      hidden: false,
      fill: '#ff0000',
      stroke: null,
      strokeWidth: 0,
      cornerRadius: 0,
    }));
    await call('saveProject', { id: big.id, documents: [{ ...base, layers: shapes }] });
    await call('setPreferences', { lastProjectId: big.id });
    await page.reload();
    await page.locator('[data-testid="editor-workspace"]').waitFor();
    await page.locator('[data-testid="mode-areas"]').click();
    await page.locator('[data-testid="menu-chatbar"]').fill('太大了');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });
});

/**
 * A real, playable MP4 made by the page's own Chromium (MediaRecorder from a canvas): a few frames
 * of changing colour, so the preview's video element has something to play to its end.
 */
async function recordMp4(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/mp4;codecs=avc1' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let frame = 0; frame < 15; frame++) {
      context.fillStyle = `hsl(${String(frame * 24)}, 80%, 50%)`;
      context.fillRect(0, 0, 320, 180);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  });
  return Buffer.from(bytes);
}

describe('rich-message preview in Chromium', () => {
  it('shows the video’s preview image, plays the video when tapped, then shows its link', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    await createProject(page, 'imagemap', 'imagemap-square-rows-2', 'Video preview');
    await page.locator('[data-testid="mode-areas"]').click();
    await addVideo(page, await photo(640, 360, 'jpeg', [120, 40, 160]), await recordMp4(page));
    await page.locator('[data-testid="video-link-on"]').check();
    await page.locator('[data-testid="video-link-uri"]').fill('https://example.com/more');
    await page.locator('[data-testid="video-link-label"]').fill('See more');

    await page.locator('[data-testid="open-preview"]').click();
    const player = page.locator('[data-testid="preview-video"]');
    expect(await player.getAttribute('data-phase')).toBe('poster');
    // The preview image, in the video's area (the top 585 of 1040 pixels, at the bubble's scale).
    const poster = player.locator('img');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const area = await player.boundingBox();
    const picture = await page.locator('[data-testid="preview-picture"]').boundingBox();
    if (!area || !picture) throw new Error('the preview has no box');
    expect(Math.round(area.width)).toBe(Math.round(picture.width));
    expect(Math.round(area.height)).toBe(Math.round((picture.width * 585) / 1040));
    await screenshot('editor-preview-video-poster');

    // Tapped, the video plays in its area; when it ends, the link's label appears, as in LINE.
    await page.locator('[data-testid="preview-video-play"]').click();
    await page.locator('[data-testid="preview-video-player"]').waitFor();
    await expect.poll(() => player.getAttribute('data-phase'), { timeout: 20_000 }).toBe('ended');
    const link = page.locator('[data-testid="preview-video-link"]');
    expect(await link.textContent()).toBe('See more');
    await screenshot('editor-preview-video-ended');
    await link.click();
    expect(await page.locator('[data-testid="preview-message"]').textContent()).toBe(
      '“See more” opens https://example.com/more',
    );
    expect(problems).toEqual([]);
  });
});
