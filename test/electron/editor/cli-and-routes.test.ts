// `oa-planner export` on a real data folder (the bundled CLI as a child process), and the asset
// route of browser mode over real HTTP on loopback.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { EditorDocument, TextLayer } from '../../../shared/editor/document';
import { assetUrl } from '../../../shared/editor/assets';
import { exportDownloadPath } from '../../../shared/editor/project';
import { fillFrame } from '../../../shared/editor/geometry';
import { textRasterKey } from '../../../shared/editor/rasters';
import { createAppServices } from '../../../electron/app/services';
import { startBrowserServer } from '../../../electron/server/browser-server';
import { exportSummaryLines } from '../../../electron/cli/commands/export';
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
    // The folder once, then the menu named as the editor's tab names it, then its files.
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Exported to ${out}`);
    expect(lines[1]).toMatch(/^Rich menu: JPEG quality \d+, \d+ bytes$/);
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[0])).toEqual(['richmenu.jpg', 'richmenu.json']);
    expect(run.stdout.split(out).length - 1).toBe(1);
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
    expect(byId.stdout).toMatch(/^Rich menu: PNG(, full colour| with \d+ colours), \d+ bytes$/m);
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

  it('refuses a folder with files in it, as the app does, and leaves those files alone', async () => {
    const dataDirectory = await dataFolderWithProject();
    const out = makeTempDir();
    writeFileSync(path.join(out, 'richmenu.jpg'), 'not to be overwritten');
    const run = runCliProcess(['export', 'Spring menu', '--out', out, '--data-dir', dataDirectory]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `oa-planner export: The folder “${out}” is not empty: choose a new or empty folder so no file is overwritten.`,
    );
    expect(readdirSync(out)).toEqual(['richmenu.jpg']);
    expect(readFileSync(path.join(out, 'richmenu.jpg'), 'utf8')).toBe('not to be overwritten');
    // A file where the folder should be is refused too; an empty folder is fine.
    const file = path.join(makeTempDir(), 'file');
    writeFileSync(file, 'x');
    const onFile = runCliProcess(['export', 'Spring menu', '--out', file, '--data-dir', dataDirectory]);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toContain(`“${file}” is not a folder`);
    const empty = makeTempDir();
    expect(runCliProcess(['export', 'Spring menu', '--out', empty, '--data-dir', dataDirectory]).status).toBe(
      0,
    );
  });

  it('suggests the close project names for a name that matches none', async () => {
    const dataDirectory = await dataFolderWithProject();
    const typo = runCliProcess([
      'export',
      'Sprnig menu',
      '--out',
      makeTempDir(),
      '--data-dir',
      dataDirectory,
    ]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain(
      `oa-planner export: There is no project “Sprnig menu” in ${dataDirectory}. Did you mean “Spring menu” (id 1)?`,
    );
    // Case and a part of the name count as close; a name like no other gets the list command.
    const part = runCliProcess(['export', 'spring', '--out', makeTempDir(), '--data-dir', dataDirectory]);
    expect(part.stderr).toContain('Did you mean “Spring menu” (id 1)?');
    const far = runCliProcess(['export', 'Autumn', '--out', makeTempDir(), '--data-dir', dataDirectory]);
    expect(far.stderr).not.toContain('Did you mean');
    expect(far.stderr).toContain('`oa-planner project list` lists the projects with their ids.');
  });
});

describe('export download route', () => {
  it('serves this run’s export folders as zips, to holders of the launch key only', async () => {
    const dataDirectory = await dataFolderWithProject();
    const data = createAppServices({ shell: 'browser', dataDirectory });
    const renderer = makeTempDir();
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>OA Planner</title>');
    const server = await startBrowserServer({
      rendererDirectory: renderer,
      createHandlers: () => data.handlers,
      exportDownloads: data.exportDownload,
    });
    onTestFinished(async () => {
      await server.close();
      await data.close();
    });
    const result = await data.handlers.exportProject({ id: 1, format: 'jpeg' });
    expect(result.folderId).toMatch(/^[0-9a-f]{32}$/);
    const address = `${server.origin}${exportDownloadPath(result.folderId!)}`;

    const keyed = { headers: { 'x-oa-planner-key': server.key } };
    const zip = await fetch(address, keyed);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const folderName = path.basename(result.outDir);
    expect(zip.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${folderName}.zip`)}`,
    );
    const file = path.join(makeTempDir(), 'export.zip');
    writeFileSync(file, Buffer.from(await zip.arrayBuffer()));
    const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(tested.status, tested.stdout).toBe(0);
    const names = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(names.sort()).toEqual([`${folderName}/richmenu.jpg`, `${folderName}/richmenu.json`]);

    // The page's cookie opens the page's own files, never the user's work.
    const page = await fetch(`${server.origin}/?key=${server.key}`);
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).not.toBe('');
    expect((await fetch(address, { headers: { cookie } })).status).toBe(403);
    expect((await fetch(address)).status).toBe(403);
    expect((await fetch(address, { headers: { 'x-oa-planner-key': 'wrong' } })).status).toBe(403);
    // The key in the address (where history and logs keep it) opens nothing.
    expect((await fetch(`${address}?key=${server.key}`)).status).toBe(403);
    expect((await fetch(`${server.origin}${exportDownloadPath('f'.repeat(32))}`, keyed)).status).toBe(404);
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

describe('export summary on the command line', () => {
  it('names each document as its tab does, prints the folder once, and suggests JPEG for banded PNGs', () => {
    const outDir = path.join(makeTempDir(), 'out');
    const file = (name: string, bytes: number) => ({ path: path.join(outDir, name), bytes });
    const lines = exportSummaryLines({
      outDir,
      documents: [
        {
          index: 0,
          kind: 'richmenu',
          name: { key: 'editor.tabs.alias', params: { alias: 'tab-a' } },
          format: 'png',
          jpegQuality: null,
          pngColours: 16,
          imageBytes: 900_000,
          suggestJpeg: true,
          files: [file('richmenu-tab-a.png', 900_000), file('richmenu-tab-a.json', 300)],
        },
        {
          index: 1,
          kind: 'richmenu',
          name: { key: 'editor.tabs.menu', params: { number: 2 } },
          format: 'png',
          jpegQuality: null,
          pngColours: null,
          imageBytes: 40_000,
          suggestJpeg: false,
          files: [file('richmenu-2.png', 40_000)],
        },
      ],
      files: [],
    });
    expect(lines).toEqual([
      `Exported to ${outDir}`,
      'tab-a: PNG with 16 colours, 900000 bytes',
      '  So few colours make photos look banded and blotchy: export as JPEG instead, which keeps every colour.',
      '  richmenu-tab-a.png  900000 bytes',
      '  richmenu-tab-a.json  300 bytes',
      'Menu 2: PNG, full colour, 40000 bytes',
      '  richmenu-2.png  40000 bytes',
    ]);
  });
});
