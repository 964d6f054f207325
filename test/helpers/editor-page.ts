// A driver for the image editor in end-to-end tests: test photos, drops, projects from templates,
// tap-area actions, saving and exporting, and the Konva stage's image-pixel to page-pixel mapping.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect } from 'vitest';

/** A photo-like test image: smooth colour with noise, so JPEG has real work to do. */
export async function photo(
  width: number,
  height: number,
  format: 'png' | 'jpeg',
  hue: [number, number, number],
) {
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .png()
    .toBuffer();
  const image = sharp({
    create: { width, height, channels: 3, background: { r: hue[0], g: hue[1], b: hue[2] } },
  }).composite([{ input: noise, blend: 'overlay' }]);
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 92 }).toBuffer();
}

export interface DropFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
}

/** Drops files onto the canvas at a fraction of its box, the way a file manager drag does. */
export async function dropFiles(page: Page, files: readonly DropFile[], at: { x: number; y: number }) {
  const canvas = page.locator('[data-testid="editor-canvas"]');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no box');
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  const point = { clientX: box.x + box.width * at.x, clientY: box.y + box.height * at.y };
  await canvas.dispatchEvent('dragover', { dataTransfer, ...point });
  await canvas.dispatchEvent('drop', { dataTransfer, ...point });
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

export async function createProject(page: Page, family: string, template: string, name: string) {
  await page.locator('[data-testid="new-project"]').click();
  await page.locator(`[data-testid="family-${family}"]`).click();
  await page.locator(`[data-testid="template-${template}"]`).click();
  await page.locator('[data-testid="new-project-name"]').fill(name);
  await page.locator('[data-testid="create-project"]').click();
  await page.locator('[data-testid="editor-workspace"]').waitFor();
}

export async function setAreaAction(page: Page, index: number, type: string, fill: Record<string, string>) {
  await page.locator('[data-testid="area-row"]').nth(index).click();
  await page.locator('[data-testid="action-type"]').selectOption(type);
  for (const [testId, value] of Object.entries(fill)) {
    await page.locator(`[data-testid="${testId}"]`).fill(value);
  }
}

export async function waitSaved(page: Page) {
  await expect
    .poll(() => page.locator('[data-testid="save-state"]').getAttribute('data-state'), { timeout: 20_000 })
    .toBe('saved');
}

export async function exportTo(page: Page, outDir: string) {
  await page.locator('[data-testid="open-export"]').click();
  await page.locator('[data-testid="export-folder"]').fill(outDir);
  await page.locator('[data-testid="run-export"]').click();
  await page.locator('[data-testid="export-result"]').waitFor({ timeout: 45_000 });
}

/** Image pixels to page pixels, from the Konva stage's own position and scale (read once). */
export async function imageToPage(page: Page): Promise<(x: number, y: number) => { x: number; y: number }> {
  const box = await page.locator('[data-testid="editor-canvas"] .konvajs-content').boundingBox();
  if (!box) throw new Error('the canvas has no box');
  const view = await page.evaluate(() => {
    const stage = (
      window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number }[] } }
    ).Konva.stages[0];
    return stage ? { x: stage.x(), y: stage.y(), scale: stage.scaleX() } : null;
  });
  if (!view) throw new Error('no Konva stage');
  return (x, y) => ({ x: box.x + view.x + x * view.scale, y: box.y + view.y + y * view.scale });
}

/** Presses at one page point, moves to another in steps, and releases. */
export async function dragOnPage(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 6,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** The smallest MP4 the intake accepts: an ftyp box with an MP4 brand. */
export const tinyMp4 = Buffer.concat([
  Buffer.from([0, 0, 0, 24]),
  Buffer.from('ftypisom', 'latin1'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isommp41', 'latin1'),
]);

/** Adds a video to the open rich message (tap-area mode): the MP4, then its preview image. */
export async function addVideo(page: Page, preview: Buffer, mp4: Buffer = tinyMp4): Promise<void> {
  const video = page.locator('[data-testid="video-settings"]');
  await video.locator('input[type="file"][accept="video/mp4"]').setInputFiles({
    name: 'clip.mp4',
    mimeType: 'video/mp4',
    buffer: mp4,
  });
  await page.locator('[data-testid="choose-preview"]').waitFor();
  await video.locator('input[type="file"][accept^="image/"]').setInputFiles({
    name: 'preview.jpg',
    mimeType: 'image/jpeg',
    buffer: preview,
  });
  await page.locator('[data-testid="video-x"]').waitFor({ timeout: 20_000 });
}
