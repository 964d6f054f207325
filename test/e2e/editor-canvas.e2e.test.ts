// The editor's canvas gestures in real Chromium: moving and resizing a layer, abandoning a drag with
// Escape, drawing and moving a tap area, each as one undo step; zooming a photo with the wheel;
// where a new rich-message video goes, and pressing inside its box; text that overflows its box.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addVideo, createProject, dragOnPage, dropFiles, imageToPage, photo } from '../helpers/editor-page';
import { openAppInChromium } from '../helpers/page';

/** The selected layer's X, Y, width and height, as the properties panel shows them. */
async function layerGeometry(page: Page): Promise<number[]> {
  const inputs = page.locator('[data-testid="layer-geometry"] input');
  return Promise.all([0, 1, 2, 3].map(async (i) => Number(await inputs.nth(i).inputValue())));
}

async function areaGeometry(page: Page): Promise<number[]> {
  return Promise.all(
    ['x', 'y', 'w', 'h'].map(async (f) =>
      Number(await page.locator(`[data-testid="area-${f}"]`).inputValue()),
    ),
  );
}

async function videoGeometry(page: Page): Promise<number[]> {
  return Promise.all(
    ['x', 'y', 'w', 'h'].map(async (f) =>
      Number(await page.locator(`[data-testid="video-${f}"]`).inputValue()),
    ),
  );
}

/** How many text-overflow marks the canvas draws (Konva nodes on the handles layer). */
async function overflowMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const stage = (window as unknown as { Konva: { stages: { find(selector: string): unknown[] }[] } }).Konva
      .stages[0];
    return stage ? stage.find('.text-overflow').length : -1;
  });
}

/** Whether a value is within a few image pixels of another (the mouse moves in whole page pixels). */
const near = (value: number | undefined, target: number, slack = 5): boolean =>
  value !== undefined && Math.abs(value - target) <= slack;

describe('editor canvas gestures in Chromium', () => {
  it('moves and resizes a layer, abandons a drag with Escape, draws and moves an area', async () => {
    const { page, problems } = await openAppInChromium();
    await createProject(page, 'richMenuLarge', 'richmenu-large-columns-2', 'Gestures');
    // A 562×562 rectangle in the middle of the 2500×1686 menu, selected.
    await page.locator('[data-testid="add-rect"]').click();
    await expect.poll(() => layerGeometry(page)).toEqual([969, 562, 562, 562]);
    const at = await imageToPage(page);

    // A drag by (400, 200) lands where no snap line is near, and is one undo step.
    await dragOnPage(page, at(1250, 843), at(1650, 1043));
    await expect.poll(async () => near((await layerGeometry(page))[0], 1369)).toBe(true);
    expect(near((await layerGeometry(page))[1], 762)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => layerGeometry(page)).toEqual([969, 562, 562, 562]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => near((await layerGeometry(page))[0], 1369)).toBe(true);
    const [x, y] = await layerGeometry(page);

    // The right-hand handle makes it 200 pixels wider, keeping its left edge.
    await dragOnPage(page, at(x! + 562, y! + 281), at(x! + 762, y! + 281));
    await expect.poll(async () => near((await layerGeometry(page))[2], 762)).toBe(true);
    const resized = await layerGeometry(page);
    expect(near(resized[0], x!, 1)).toBe(true);
    expect(resized[3]).toBe(562);

    // Escape during a drag puts the layer back and leaves no step: undo then takes back the resize.
    await page.mouse.move(...xy(at(x! + 300, y! + 281)));
    await page.mouse.down();
    await page.mouse.move(...xy(at(x! + 500, y! + 481)), { steps: 5 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(() => layerGeometry(page)).toEqual(resized);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await layerGeometry(page))[2]).toBe(562);

    // Tap areas: free the right half, draw an area there, then drag it down.
    await page.locator('[data-testid="mode-areas"]').click();
    await page.locator('[data-testid="area-row"]').nth(1).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('[data-testid="area-row"]').count()).toBe(1);
    await dragOnPage(page, at(1500, 300), at(2200, 900));
    await expect.poll(() => page.locator('[data-testid="area-row"]').count()).toBe(2);
    const drawn = await areaGeometry(page);
    expect(near(drawn[0], 1500) && near(drawn[1], 300)).toBe(true);
    expect(near(drawn[2], 700) && near(drawn[3], 600)).toBe(true);
    await dragOnPage(page, at(1850, 600), at(1950, 900));
    await expect.poll(async () => near((await areaGeometry(page))[1], drawn[1]! + 300)).toBe(true);
    expect(near((await areaGeometry(page))[0], drawn[0]! + 100)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => areaGeometry(page)).toEqual(drawn);
    expect(problems).toEqual([]);
  });
  it('zooms a photo in its cell a few percent per wheel notch, and warns once it is enlarged', async () => {
    const { page, problems } = await openAppInChromium();
    await createProject(page, 'richMenuLarge', 'richmenu-large-columns-2', 'Zoom');
    // 1500×2000 in a 1250×1686 cell: 1.19 photo pixels per image pixel at first.
    await dropFiles(
      page,
      [{ name: 'tall.jpg', type: 'image/jpeg', bytes: await photo(1500, 2000, 'jpeg', [200, 120, 40]) }],
      { x: 0.3, y: 0.5 },
    );
    const zoom = page.locator('[data-testid="cell-zoom"]');
    await zoom.waitFor({ timeout: 20_000 });
    expect(await zoom.inputValue()).toBe('1');
    expect(await page.locator('[data-code="photo-upscaled"]').count()).toBe(0);

    const at = await imageToPage(page);
    const over = at(625, 843);
    await page.mouse.move(over.x, over.y);
    // Five notches of a mouse wheel, 120 pixels each (what made 448 % before).
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
    await expect.poll(async () => Number(await zoom.inputValue())).toBeCloseTo(1.52, 2);
    // Zoomed 152 %, the photo shows at 128 % of its own pixels: the check says so, naming the cell.
    const finding = page.locator('[data-code="photo-upscaled"]');
    await expect.poll(() => finding.textContent()).toContain('cell 1 is shown at 128 %');
    // One wheel run is one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(() => zoom.inputValue()).toBe('1');
    await expect.poll(() => finding.count()).toBe(0);
    expect(problems).toEqual([]);
  });
  it('places a new video off the tap areas, or says why it cannot; a press inside it selects it', async () => {
    const { page, problems, screenshot } = await openAppInChromium();
    const preview = await photo(640, 360, 'jpeg', [120, 40, 160]);
    const settings = page.locator('[data-testid="video-settings"]');
    const note = page.locator('[data-testid="video-overlap-note"]');
    const rows = page.locator('[data-testid="area-row"]');

    // Two rows of areas cover the image: the video has to cover both, and the editor says so.
    await createProject(page, 'imagemap', 'imagemap-square-rows-2', 'Covered');
    await page.locator('[data-testid="mode-areas"]').click();
    await addVideo(page, preview);
    await expect.poll(() => videoGeometry(page)).toEqual([0, 0, 1040, 585]);
    expect(await note.getAttribute('data-room')).toBe('false');
    expect(await note.textContent()).toContain('1, 2');
    await expect
      .poll(() => page.locator('[data-testid="lint-finding"][data-code="video-no-room"]').textContent())
      .toContain('area 1, 2');
    await screenshot('editor-video-no-room');
    // Its label is set in the bundled faces of every language (zh-TW's "▶ 影片" drew boxes before).
    const labelFonts = await page.evaluate(() => {
      type Node = { findOne(selector: string): Node | undefined; fontFamily?: () => string };
      const stage = (window as unknown as { Konva: { stages: Node[] } }).Konva.stages[0];
      return stage?.findOne('#video-area-label')?.findOne('Text')?.fontFamily?.() ?? '';
    });
    for (const face of ['Noto Sans TC', 'Noto Sans JP', 'Noto Sans Thai']) expect(labelFonts).toContain(face);
    // A press inside the dashed box, over area 1, selects the video, not the area under it.
    let at = await imageToPage(page);
    await page.mouse.click(...xy(at(300, 400)));
    await expect.poll(() => settings.getAttribute('data-selected')).toBe('true');
    expect(await page.locator('[data-testid="area-editor"]').count()).toBe(0);
    await dragOnPage(page, at(300, 300), at(300, 400));
    await expect.poll(async () => near((await videoGeometry(page))[1], 100)).toBe(true);
    expect(await rows.count()).toBe(2);

    // With the bottom half free, the video goes in its middle, at its preview’s 16:9, covering nothing.
    await page.locator('[data-testid="back-to-projects"]').click();
    await createProject(page, 'imagemap', 'imagemap-square-rows-2', 'Free');
    await page.locator('[data-testid="mode-areas"]').click();
    await rows.nth(1).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => rows.count()).toBe(1);
    await addVideo(page, preview);
    await expect.poll(() => videoGeometry(page)).toEqual([58, 520, 924, 519]);
    expect(await note.count()).toBe(0);
    expect(await page.locator('[data-testid="lint-finding"][data-code^="video"]').count()).toBe(0);
    await screenshot('editor-video-placed-free');
    // A press and drag inside its box, where no area is, moves the video and draws no area.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    at = await imageToPage(page);
    await dragOnPage(page, at(400, 800), at(370, 800));
    await expect.poll(() => settings.getAttribute('data-selected')).toBe('true');
    await expect.poll(async () => near((await videoGeometry(page))[0], 28)).toBe(true);
    expect(await rows.count()).toBe(1);
    expect(problems).toEqual([]);
  });
  it('marks vertical text in a narrow box that spills columns, in the checks and on the canvas', async () => {
    const { page, problems, screenshot } = await openAppInChromium({ locale: 'zh-TW' });
    await createProject(page, 'richMenuLarge', 'richmenu-large-columns-2', '直排文字');
    const findings = page.locator('[data-testid="lint-finding"][data-code="text-overflow"]');
    // A new vertical text box holds one column of six characters: its default text fits.
    await page.locator('[data-testid="add-vertical-text"]').click();
    await page.locator('[data-testid="text-font"]').selectOption('Noto Sans TC');
    await expect.poll(() => overflowMarks(page)).toBe(0);
    expect(await findings.count()).toBe(0);

    // Twenty-four characters need four columns: three spill out of the box to the left.
    await page
      .locator('[data-testid="text-content"]')
      .fill('春季特賣全館八折限時優惠歡迎光臨好禮相送數量有限');
    await expect.poll(() => findings.count()).toBe(1);
    expect(await findings.getAttribute('data-severity')).toBe('warning');
    expect(await findings.textContent()).toContain('文字框');
    await expect.poll(() => overflowMarks(page)).toBe(1);
    await screenshot('editor-text-overflow-zh-TW');

    // A box wide enough for the four columns clears both.
    const width = page.locator('[data-testid="layer-geometry"] input').nth(2);
    await width.fill('800');
    await width.press('Enter');
    await expect.poll(() => findings.count()).toBe(0);
    await expect.poll(() => overflowMarks(page)).toBe(0);

    // Horizontal text whose lines do not all fit the height is reported too (its last lines are cut).
    await page.locator('[data-testid="add-text"]').click();
    await page
      .locator('[data-testid="text-content"]')
      .fill('春季特賣全館八折，限時優惠歡迎光臨，好禮相送數量有限，會員再享九五折');
    await expect.poll(() => findings.count()).toBe(1);
    await expect.poll(() => overflowMarks(page)).toBe(1);
    // Clicking the check selects that layer.
    await page.locator('[data-testid="layer-row"]').first().click();
    await findings.click();
    await expect
      .poll(() => page.locator('[data-testid="text-content"]').inputValue())
      .toContain('會員再享九五折');
    expect(problems).toEqual([]);
  });
});

const xy = (point: { x: number; y: number }): [number, number] => [point.x, point.y];
