// The editor's figures in real Chromium against the real browser-mode server: the work per frame
// while dragging one layer of thirty on a 2500×1686 canvas, and the renderer's resident memory with
// twenty 12-megapixel photos open (the canvas loads downsampled editing copies, never the originals).

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { EditorDocument, Layer } from '../../shared/editor/document';
import { fillFrame } from '../../shared/editor/geometry';
import { addLayer, newShapeLayer, newTextLayer, setCellPhoto } from '../../shared/editor/operations';
import type { AssetInfo } from '../../shared/editor/assets';
import type { Project } from '../../shared/editor/project';
import { launchChromium } from '../helpers/chromium';
import { type Benchmark, type Figure, median, percentile } from './harness';

// Bundled by esbuild, import.meta.url would point into the bundle: `npm run bench` runs from the root.
const cliLauncher = path.join(process.cwd(), 'electron', 'bin', 'oa-planner.mjs');

interface Server {
  readonly url: string;
  readonly origin: string;
  readonly key: string;
  stop(): void;
}

function serve(dataDirectory: string): Promise<Server> {
  const child = spawn(process.execPath, [cliLauncher, 'serve', '--no-open', '--data-dir', dataDirectory], {
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?key=([\w-]+)/.exec(output);
      if (!match?.[1] || !match[2] || !output.includes('Press Ctrl+C')) return;
      clearTimeout(timer);
      resolve({ url: match[0], origin: match[1], key: match[2], stop: () => child.kill('SIGTERM') });
    });
  });
}

async function call<T>(server: Server, method: string, ...args: unknown[]): Promise<T> {
  const response = await fetch(`${server.origin}/api/invoke/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-oa-planner-key': server.key },
    body: JSON.stringify(args),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? 'failed'}`);
  return result.value as T;
}

async function createProject(server: Server, request: Record<string, unknown>): Promise<Project> {
  const channels = await call<{ id: number }[]>(server, 'listChannels');
  const channelId = channels[0]?.id;
  if (channelId === undefined) throw new Error('no channel');
  return call<Project>(server, 'createProject', { channelId, name: 'bench', ...request });
}

async function upload(server: Server, projectId: number, name: string, bytes: Buffer): Promise<AssetInfo> {
  const { uploadId } = await call<{ uploadId: string }>(server, 'beginAssetUpload', {
    projectId,
    fileName: name,
    byteLength: bytes.length,
  });
  const chunk = 4 * 1024 * 1024;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await call(server, 'appendAssetChunk', {
      uploadId,
      offset,
      chunkBase64: bytes.subarray(offset, offset + chunk).toString('base64'),
    });
  }
  return call<AssetInfo>(server, 'finishAssetUpload', uploadId);
}

async function openEditor(
  server: Server,
  projectId: number,
): Promise<{ page: Page; close: () => Promise<void> }> {
  await call(server, 'setPreferences', { lastProjectId: projectId });
  const before = chromiumPids();
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(server.url);
  await page.locator('[data-testid="editor-workspace"]').waitFor({ timeout: 60_000 });
  const mine = new Set([...chromiumPids()].filter((pid) => !before.has(pid)));
  rendererPids = mine;
  return { page, close: () => browser.close() };
}

let rendererPids = new Set<number>();

function chromiumPids(): Set<number> {
  const pids = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (/chrom/i.test(cmdline)) pids.add(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Resident memory (MB) of this browser's renderer processes: the largest is the app's page. */
function rendererRssMb(): number {
  let largest = 0;
  for (const pid of rendererPids) {
    try {
      if (!readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      largest = Math.max(largest, kb / 1024);
    } catch {
      // Gone.
    }
  }
  return largest;
}

/** Thirty layers: shapes and a few texts, with the one to drag at the canvas centre on top. */
function thirtyLayers(doc: EditorDocument): EditorDocument {
  let next = doc;
  for (let i = 0; i < 29; i++) {
    const rect = { x: 60 + (i % 10) * 240, y: 80 + Math.floor(i / 10) * 520, width: 200, height: 160 };
    const layer: Layer =
      i % 5 === 0
        ? newTextLayer(`t${String(i)}`, `Text ${String(i)}`, rect, {
            text: '春季特賣',
            fontFamily: 'Noto Sans TC',
            fontSize: 60,
          })
        : newShapeLayer(`s${String(i)}`, `Shape ${String(i)}`, i % 2 ? 'ellipse' : 'roundedRect', rect);
    next = addLayer(next, layer);
  }
  return addLayer(
    next,
    newShapeLayer('drag-me', 'Dragged', 'rect', { x: 1150, y: 743, width: 200, height: 200 }),
  );
}

async function dragFrames(page: Page): Promise<{ work: number[]; intervals: number[] }> {
  const canvas = page.locator('[data-testid="editor-canvas"]');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Per pointer move: from the event's dispatch to just after the frame that drew it (a task posted
  // from a rAF callback runs after that frame's rendering).
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __intervals: number[] };
    w.__work = [];
    w.__intervals = [];
    const channel = new MessageChannel();
    let started = 0;
    channel.port1.onmessage = () => w.__work.push(performance.now() - started);
    window.addEventListener(
      'pointermove',
      () => {
        started = performance.now();
        requestAnimationFrame(() => channel.port2.postMessage(0));
      },
      { capture: true },
    );
    let last = 0;
    const tick = (time: number) => {
      if (last) w.__intervals.push(time - last);
      last = time;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 150; i++) {
    await page.mouse.move(cx + Math.sin(i / 10) * 200, cy + Math.cos(i / 13) * 120);
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __intervals: number[] };
    return { work: w.__work.slice(10), intervals: w.__intervals.slice(10) };
  });
}

async function twelveMegapixel(index: number): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 25 },
    },
  })
    .jpeg({ quality: 70 })
    .toBuffer();
  return sharp(noise)
    .composite([
      {
        input: {
          create: {
            width: 4000,
            height: 3000,
            channels: 3,
            background: { r: (index * 37) % 255, g: 120, b: 200 },
          },
        },
        blend: 'overlay',
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
}

export const editorUiBenchmark: Benchmark = {
  name: 'editor-ui',
  async run(): Promise<Figure[]> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'oa-planner-editor-bench-'));
    const server = await serve(scratch);
    try {
      // 1. Dragging one object among thirty on a 2500×1686 canvas.
      const dragProject = await createProject(server, { templateId: 'richmenu-large-6' });
      const first = dragProject.documents[0];
      if (!first) throw new Error('no document');
      await call(server, 'saveProject', { id: dragProject.id, documents: [thirtyLayers(first)] });
      const drag = await openEditor(server, dragProject.id);
      await drag.page.waitForTimeout(1500);
      const frames = await dragFrames(drag.page);
      await drag.close();

      // 2. Twenty 12-megapixel photos in one project.
      const photoProject = await createProject(server, {
        custom: { kind: 'richmenu', size: { width: 2500, height: 1686 }, spec: '1:1:1:1:1 / 1:1:1:1' },
      });
      let doc = photoProject.documents[0];
      if (!doc) throw new Error('no document');
      for (let i = 0; i < 20; i++) {
        const cell = doc.cells[i];
        if (!cell) break;
        const asset = await upload(
          server,
          photoProject.id,
          `photo-${String(i)}.jpg`,
          await twelveMegapixel(i),
        );
        doc = setCellPhoto(doc, cell.id, fillFrame(asset.assetId, asset.natural, cell.rect));
      }
      await call(server, 'saveProject', { id: photoProject.id, documents: [doc] });
      const photos = await openEditor(server, photoProject.id);
      await photos.page.waitForFunction(
        () =>
          performance.getEntriesByType('resource').filter((e) => e.name.includes('/assets/')).length >= 20,
        undefined,
        { timeout: 120_000 },
      );
      await photos.page.waitForTimeout(3000);
      const rss = rendererRssMb();
      await photos.close();

      return [
        {
          name: 'drag 1 of 30 layers on 2500×1686: work per frame, median',
          value: median(frames.work),
          unit: 'ms',
          target: { atMost: 16 },
          note: `${String(frames.work.length)} moves`,
        },
        { name: 'drag 1 of 30 layers: work per frame, p95', value: percentile(frames.work, 95), unit: 'ms' },
        {
          name: 'drag 1 of 30 layers: rAF interval, median',
          value: median(frames.intervals),
          unit: 'ms',
          note: 'display cadence, 16.7 at 60 Hz',
        },
        {
          name: 'renderer resident memory, 20 × 12 MP photos open',
          value: rss,
          unit: 'MB',
          target: { atMost: 1536 },
        },
      ];
    } finally {
      server.stop();
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
