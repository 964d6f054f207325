// `oa-planner export` on a real data folder (the bundled CLI as a child process), and the asset
// route of browser mode over real HTTP on loopback.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import { assetUrl } from '../../../shared/editor/assets';
import { fillFrame } from '../../../shared/editor/geometry';
import { textRasterKey } from '../../../shared/editor/rasters';
import { createAppServices } from '../../../electron/app/services';
import { startBrowserServer } from '../../../electron/server/browser-server';
import { runCliProcess } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { noisyJpeg, solidPng, textRasterPng, upload } from './fixtures';

/** A data folder holding one finished rich menu named “Spring menu” (photo, text, actions). */
async function dataFolderWithProject(): Promise<string> {
  const dataDirectory = makeTempDir();
  const data = createAppServices({ shell: 'browser', dataDirectory });
  try {
    const { handlers } = data;
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Spring menu',
      templateId: 'richmenu-compact-2@1200x405',
    });
    const photo = await upload(handlers, project.id, 'photo.jpg', await noisyJpeg(1600, 1200));
    const base = project.documents[0]!;
    const text: TextLayer = {
      id: 't',
      name: 'Title',
      type: 'text',
      rect: { x: 50, y: 50, width: 500, height: 120 },
      rotation: 10,
      opacity: 0.8,
      locked: false,
      hidden: false,
      text: 'セール',
      fontFamily: 'Noto Sans JP',
      fontSize: 90,
      fontWeight: 700,
      color: '#ffffff',
      align: 'left',
      lineHeight: 1.2,
      vertical: false,
      stroke: null,
      shadow: null,
    };
    const doc: EditorDocument = {
      ...base,
      cells: base.cells.map((c) => ({ ...c, photo: fillFrame(photo.assetId, photo.natural, c.rect) })),
      layers: [text],
      areas: base.areas.map((a) => ({ ...a, action: { type: 'postback', data: 'buy' } })),
    };
    await handlers.saveProject({
      id: project.id,
      documents: [doc],
      textRasters: [
        { key: textRasterKey(text), pngBase64: (await textRasterPng(500, 120)).toString('base64') },
      ],
    });
  } finally {
    await data.close();
  }
  return dataDirectory;
}

describe('oa-planner export', () => {
  it('exports a project by name into --out, printing the quality and files', async () => {
    const dataDirectory = await dataFolderWithProject();
    const out = path.join(makeTempDir(), 'export');
    const run = runCliProcess(['export', 'Spring menu', '--out', out, '--data-dir', dataDirectory]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Rich menu 1: JPEG quality \d+, \d+ bytes$/m);
    expect(run.stdout).toContain(path.join(out, 'richmenu.jpg'));
    expect(readdirSync(out).sort()).toEqual(['richmenu.jpg', 'richmenu.json']);
    const meta = await sharp(path.join(out, 'richmenu.jpg')).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 405]);
    expect(JSON.parse(readFileSync(path.join(out, 'richmenu.json'), 'utf8'))).toMatchObject({
      size: { width: 1200, height: 405 },
      areas: { length: 2 },
    });
    // By id, as PNG.
    const pngOut = makeTempDir();
    const byId = runCliProcess([
      'export',
      '1',
      '--out',
      pngOut,
      '--format',
      'png',
      '--data-dir',
      dataDirectory,
    ]);
    expect(byId.status).toBe(0);
    expect(readdirSync(pngOut).sort()).toEqual(['richmenu.json', 'richmenu.png']);
  });

  it('fails with a clear message and the right exit code', async () => {
    const dataDirectory = await dataFolderWithProject();
    const missing = runCliProcess(['export', 'Autumn', '--out', makeTempDir(), '--data-dir', dataDirectory]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('oa-planner export: There is no project “Autumn”');
    const noOut = runCliProcess(['export', 'Spring menu', '--data-dir', dataDirectory]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out DIR is required');
    const badFormat = runCliProcess([
      'export',
      'Spring menu',
      '--out',
      makeTempDir(),
      '--format',
      'gif',
      '--data-dir',
      dataDirectory,
    ]);
    expect(badFormat.status).toBe(2);
  });
});

describe('asset route', () => {
  it('serves editing copies and originals to holders of the key only', async () => {
    const dataDirectory = makeTempDir();
    const data = createAppServices({ shell: 'browser', dataDirectory });
    const renderer = makeTempDir();
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>OA Planner</title>');
    mkdirSync(path.join(renderer, 'assets'));
    const server = await startBrowserServer({
      rendererDirectory: renderer,
      createHandlers: () => data.handlers,
      assets: data.asset,
    });
    onTestFinished(async () => {
      await server.close();
      await data.close();
    });
    const { handlers } = data;
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'imagemap-square-1',
    });
    const original = await noisyJpeg(3000, 2000);
    const info = await upload(handlers, project.id, 'big.jpg', original);
    const withKey = { headers: { 'x-oa-planner-key': server.key } };
    const url = (variant: 'editing' | 'original') => `${server.origin}/${assetUrl(info.assetId, variant)}`;

    const full = await fetch(url('original'), withKey);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await full.arrayBuffer()).equals(original)).toBe(true);
    const editing = await fetch(url('editing'), withKey);
    expect(await sharp(Buffer.from(await editing.arrayBuffer())).metadata()).toMatchObject({
      width: 2500,
      height: 1667,
    });
    expect((await fetch(`${server.origin}/${assetUrl(info.assetId)}`)).status).toBe(403);
    // The key in the URL opens nothing: addresses end up in logs and history.
    expect((await fetch(`${server.origin}/${assetUrl(info.assetId)}&key=${server.key}`)).status).toBe(403);
    expect((await fetch(`${server.origin}/assets/${info.assetId}?variant=thumb`, withKey)).status).toBe(400);
    expect((await fetch(`${server.origin}/assets/${'0'.repeat(64)}`, withKey)).status).toBe(404);
    // The renderer's own files under assets/ are still served as before.
    expect((await fetch(`${server.origin}/assets/app.js?key=${server.key}`)).status).toBe(404);
    const small = await upload(handlers, project.id, 'small.png', await solidPng(10, 10));
    const smallEditing = await fetch(`${server.origin}/${assetUrl(small.assetId)}`, withKey);
    expect(smallEditing.headers.get('content-type')).toBe('image/png');
  });
});
