// The project API over a real data folder (SQLite file): create, save, rename, duplicate, trash,
// restore, delete for good, and chunked asset uploads, including refused files leaving nothing behind.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../shared/api/dispatch';
import type { EditorDocument } from '../../../shared/editor/document';
import { fillFrame } from '../../../shared/editor/geometry';
import { assetChunkMaxBytes } from '../../../shared/editor/project';
import { textRasterKey } from '../../../shared/editor/rasters';
import { readAsset } from '../../../electron/editor/projects';
import { openTestApp } from '../../helpers/test-handlers';
import {
  animatedGif,
  exifRotatedJpeg,
  mp4Stub,
  noisyJpeg,
  pngBombHeader,
  solidPng,
  svg,
  textRasterPng,
  upload,
  webp,
} from './fixtures';

/** Runs a handler that may throw synchronously, as a promise (handlers may be sync or async). */
const attempt = (fn: () => unknown): Promise<unknown> => Promise.resolve().then(fn);

const count = (app: ReturnType<typeof openTestApp>, table: string) =>
  (app.data.database.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('projects', () => {
  it('creates from a template or a custom grid, lists, renames, and validates', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: ' Spring menu ',
      templateId: 'richmenu-large-6',
    });
    expect(project).toMatchObject({
      channelId: 1,
      name: 'Spring menu',
      kind: 'richmenu',
      documentCount: 1,
      trashedAt: null,
      thumbnailDataUrl: null,
    });
    expect(project.documents[0]?.areas).toHaveLength(6);
    const custom = await handlers.createProject({
      channelId: 1,
      name: 'Tall',
      custom: { kind: 'imagemap', size: { width: 1040, height: 1560 }, spec: '1:1 / 1:2' },
    });
    expect(custom.documents[0]?.size).toEqual({ width: 1040, height: 1560 });
    expect((await handlers.listProjects(1)).map((p) => p.name)).toEqual(['Tall', 'Spring menu']);
    expect(await handlers.renameProject({ id: project.id, name: 'Summer' })).toMatchObject({
      name: 'Summer',
    });
    await expect(
      attempt(() =>
        handlers.createProject({
          channelId: 1,
          name: 'x',
          custom: { kind: 'richmenu', size: { width: 2500, height: 1686 }, spec: '1:q' },
        }),
      ),
    ).rejects.toThrow('In the columns, “q” is not a ratio');
    await expect(
      attempt(() => handlers.createProject({ channelId: 1, name: 'x', templateId: 'nope' })),
    ).rejects.toThrow('There is no template “nope”');
    await expect(
      attempt(() => handlers.createProject({ channelId: 42, name: 'x', templateId: 'richmenu-large-6' })),
    ).rejects.toThrow('There is no channel 42');
    await expect(attempt(() => handlers.getProject(999))).rejects.toThrow('There is no project 999');
  });

  it('saves documents through the schema (the bridge refuses malformed ones)', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'richmenu-compact-3',
    });
    const doc = project.documents[0]!;
    const bad = await dispatchApiCall(handlers, 'saveProject', [
      { id: project.id, documents: [{ ...doc, background: 'red' }] },
    ]);
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        key: 'errors.api.invalidField',
        params: {
          method: 'saveProject',
          argument: 1,
          field: expect.stringContaining('documents.0.background') as string,
        },
        message: expect.stringContaining('documents.0.background') as string,
      },
    });
    const wrongKind = await dispatchApiCall(handlers, 'saveProject', [
      {
        id: project.id,
        documents: [
          {
            ...doc,
            kind: 'imagemap',
            imagemap: { altText: 'a', baseUrl: '', video: null },
            richMenu: undefined,
          },
        ],
      },
    ]);
    expect(wrongKind.ok).toBe(false);
    const saved = await handlers.saveProject({
      id: project.id,
      documents: [{ ...doc, background: '#ff0000' }],
      thumbnailPngBase64: (await solidPng(8, 4)).toString('base64'),
    });
    expect(saved.updatedAt >= project.updatedAt).toBe(true);
    const loaded = await handlers.getProject(project.id);
    expect(loaded.documents[0]?.background).toBe('#ff0000');
    expect(loaded.thumbnailDataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
  });

  it('keeps text rasters for live text layers only', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'richmenu-compact-1',
    });
    const text = {
      id: 't1',
      name: 'Title',
      type: 'text' as const,
      rect: { x: 10, y: 10, width: 400, height: 100 },
      rotation: 0,
      opacity: 1,
      locked: false,
      hidden: false,
      text: '春季特賣',
      fontFamily: 'Noto Sans TC' as const,
      fontSize: 64,
      fontWeight: 700 as const,
      color: '#000000',
      align: 'left' as const,
      lineHeight: 1.2,
      vertical: false,
      stroke: null,
      shadow: null,
    };
    const doc: EditorDocument = { ...project.documents[0]!, layers: [text] };
    const key = textRasterKey(text);
    const png = (await textRasterPng(400, 100)).toString('base64');
    const first = await handlers.saveProject({
      id: project.id,
      documents: [doc],
      textRasters: [{ key, pngBase64: png }],
    });
    expect(first.textRasterKeys).toEqual([key]);
    // Moving the layer keeps the raster (position is not part of the key); editing the text drops it.
    expect(textRasterKey({ ...text, rect: { ...text.rect, x: 99 } })).toBe(key);
    const edited = { ...text, text: '夏季特賣' };
    const second = await handlers.saveProject({ id: project.id, documents: [{ ...doc, layers: [edited] }] });
    expect(second.textRasterKeys).toEqual([]);
    const notPng = await dispatchApiCall(handlers, 'saveProject', [
      {
        id: project.id,
        documents: [doc],
        textRasters: [{ key, pngBase64: Buffer.from('hello').toString('base64') }],
      },
    ]);
    expect(notPng).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a PNG') as string },
    });
  });

  it('duplicates, trashes, restores and deletes for good, collecting unused assets', async () => {
    const app = openTestApp();
    const { handlers } = app;
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Original',
      templateId: 'imagemap-square-1',
    });
    const asset = await upload(handlers, project.id, 'photo.jpg', await noisyJpeg(300, 200));
    const doc = project.documents[0]!;
    const withPhoto: EditorDocument = {
      ...doc,
      cells: [{ ...doc.cells[0]!, photo: fillFrame(asset.assetId, asset.natural, doc.cells[0]!.rect) }],
    };
    await handlers.saveProject({ id: project.id, documents: [withPhoto] });
    const copy = await handlers.duplicateProject(project.id);
    expect(copy).toMatchObject({ name: 'Original (copy)', kind: 'imagemap' });
    expect((await handlers.getProject(copy.id)).documents).toEqual([withPhoto]);
    expect(count(app, 'assets')).toBe(1);

    expect((await handlers.trashProject(project.id)).trashedAt).not.toBeNull();
    expect((await handlers.listProjects(1)).map((p) => p.id)).toEqual([copy.id]);
    expect((await handlers.listTrashedProjects(1)).map((p) => p.id)).toEqual([project.id]);
    await expect(
      attempt(() => handlers.saveProject({ id: project.id, documents: [withPhoto] })),
    ).rejects.toThrow('is in the trash');
    await expect(attempt(() => handlers.deleteProjectForever(copy.id))).rejects.toThrow(
      'Move “Original (copy)” to the trash',
    );
    expect((await handlers.restoreProject(project.id)).trashedAt).toBeNull();

    await handlers.trashProject(project.id);
    await handlers.deleteProjectForever(project.id);
    await expect(attempt(() => handlers.getProject(project.id))).rejects.toThrow('There is no project');
    expect(count(app, 'assets')).toBe(1); // still used by the copy
    await handlers.trashProject(copy.id);
    await handlers.deleteProjectForever(copy.id);
    expect(count(app, 'assets')).toBe(0);
  });

  it('refuses a document that uses a file never imported into the project', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'imagemap-square-1',
    });
    const doc = project.documents[0]!;
    const cell = doc.cells[0]!;
    await expect(
      attempt(() =>
        handlers.saveProject({
          id: project.id,
          documents: [
            {
              ...doc,
              cells: [{ ...cell, photo: fillFrame('f'.repeat(64), { width: 10, height: 10 }, cell.rect) }],
            },
          ],
        }),
      ),
    ).rejects.toThrow('never imported');
  });
});

describe('asset uploads', () => {
  it('stores a large photo once (deduplicated), with an editing copy at most 2500 px', async () => {
    const app = openTestApp();
    const { handlers } = app;
    const project = await handlers.createProject({ channelId: 1, name: 'P', templateId: 'richmenu-large-6' });
    const photo = await noisyJpeg(4000, 3000);
    expect(photo.length).toBeGreaterThan(assetChunkMaxBytes); // so it really travels in several chunks
    const info = await upload(handlers, project.id, 'big.jpg', photo);
    expect(info).toMatchObject({
      natural: { width: 4000, height: 3000 },
      editingSize: { width: 2500, height: 1875 },
      mime: 'image/jpeg',
      byteLength: photo.length,
      fileName: 'big.jpg',
    });
    const again = await upload(handlers, project.id, 'copy-of-big.jpg', photo, 1_000_000);
    expect(again.assetId).toBe(info.assetId);
    expect(count(app, 'assets')).toBe(1);
    expect(readAsset(app.data.database.db, info.assetId, 'original')?.bytes.equals(photo)).toBe(true);
    expect(readAsset(app.data.database.db, info.assetId, 'editing')?.mime).toBe('image/jpeg');
  });

  it('takes PNG, WebP, GIF (first frame) and EXIF-rotated JPEG, and MP4 video', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'imagemap-square-1',
    });
    expect(await upload(handlers, project.id, 'a.png', await solidPng(50, 40))).toMatchObject({
      mime: 'image/png',
      natural: { width: 50, height: 40 },
    });
    expect(await upload(handlers, project.id, 'b.webp', await webp())).toMatchObject({
      mime: 'image/webp',
      natural: { width: 64, height: 48 },
    });
    expect(await upload(handlers, project.id, 'c.gif', await animatedGif())).toMatchObject({
      mime: 'image/gif',
      natural: { width: 120, height: 80 },
      editingSize: { width: 120, height: 80 },
    });
    // Stored 300×200 with orientation 6: shown (and exported) 200×300.
    expect(await upload(handlers, project.id, 'd.jpg', await exifRotatedJpeg())).toMatchObject({
      natural: { width: 200, height: 300 },
      editingSize: { width: 200, height: 300 },
    });
    expect(await upload(handlers, project.id, 'e.mp4', mp4Stub())).toMatchObject({ mime: 'video/mp4' });
  });

  it.each([
    ['empty.png', async () => Buffer.alloc(0), '“empty.png” is empty (0 bytes)'],
    [
      'notes.png',
      async () => Buffer.from('this is a text file, renamed'),
      '“notes.png” is not a file the editor can use',
    ],
    ['logo.svg', async () => svg, '“logo.svg” is an SVG drawing'],
    ['bomb.png', async () => pngBombHeader(), '“bomb.png” is 30000×30000 pixels'],
    [
      'cut.jpg',
      async () => (await noisyJpeg(800, 600)).subarray(0, 20_000),
      '“cut.jpg” looks like a JPEG image but cannot be read',
    ],
    [
      'broken.png',
      async () => {
        const png = await solidPng(100, 100, '#123456');
        const b = Buffer.from(png);
        b.fill(0x41, 40, 60);
        return b;
      },
      '“broken.png” looks like a PNG image but cannot be read',
    ],
    ['movie.mp4', async () => mp4Stub('qt  '), '“movie.mp4” is a QuickTime movie, not MP4'],
  ])(
    'refuses %s with a message naming it, leaving the project untouched',
    async (fileName, bytes, message) => {
      const app = openTestApp();
      const { handlers } = app;
      const project = await handlers.createProject({
        channelId: 1,
        name: 'P',
        templateId: 'imagemap-square-1',
      });
      const before = await handlers.getProject(project.id);
      await expect(upload(handlers, project.id, fileName, await bytes())).rejects.toThrow(message);
      expect(count(app, 'assets')).toBe(0);
      expect(count(app, 'project_assets')).toBe(0);
      expect(await handlers.getProject(project.id)).toEqual(before);
      // No spool file is left behind.
      const spool = path.join(app.data.dataDirectory, 'uploads');
      expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    },
  );

  it('refuses a file chosen as a photo in a photo’s words, never speaking of MP4', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'imagemap-square-1',
    });
    const refusal = (name: string, bytes: Buffer, kind: 'image' | 'video') =>
      attempt(() => upload(handlers, project.id, name, bytes, assetChunkMaxBytes, kind)).then(
        () => 'accepted',
        (error: unknown) => (error as Error).message,
      );
    const notPhoto = await refusal('notes.png', Buffer.from('this is a text file, renamed'), 'image');
    expect(notPhoto).toBe(
      '“notes.png” is not a photo the editor can use: its contents are not PNG, JPEG, WebP or GIF, whatever its name says.',
    );
    expect(notPhoto).not.toContain('MP4');
    expect(await refusal('clip.png', mp4Stub(), 'image')).toMatch(/^“clip.png” is a video, not a photo/);
    // Chosen as the video, a photo or anything else is refused as not MP4.
    expect(await refusal('photo.mp4', await solidPng(20, 20), 'video')).toMatch(
      /^“photo.mp4” is not an MP4 video/,
    );
    expect(await refusal('clip.mp4', mp4Stub(), 'video')).toBe('accepted');
    // Too large for a photo is said in a photo's terms, before any byte is sent.
    await expect(
      attempt(() =>
        handlers.beginAssetUpload({
          projectId: project.id,
          fileName: 'huge.jpg',
          byteLength: 80 * 1024 * 1024,
          kind: 'image',
        }),
      ),
    ).rejects.toThrow(/^“huge.jpg” is 80 MB; the editor takes images up to \d+ MB/);
  });

  it('refuses out-of-order, oversized and unknown chunks', async () => {
    const { handlers } = openTestApp();
    const project = await handlers.createProject({
      channelId: 1,
      name: 'P',
      templateId: 'imagemap-square-1',
    });
    const { uploadId } = await handlers.beginAssetUpload({
      projectId: project.id,
      fileName: 'a.png',
      byteLength: 10,
    });
    await expect(
      attempt(() => handlers.appendAssetChunk({ uploadId, offset: 5, chunkBase64: 'AAAA' })),
    ).rejects.toThrow('expected the chunk at byte 0');
    await expect(
      attempt(() =>
        handlers.appendAssetChunk({ uploadId, offset: 0, chunkBase64: Buffer.alloc(11).toString('base64') }),
      ),
    ).rejects.toThrow('longer than the 10 bytes');
    await expect(attempt(() => handlers.finishAssetUpload(uploadId))).rejects.toThrow('no longer open');
    const tooBig = await dispatchApiCall(handlers, 'appendAssetChunk', [
      { uploadId: '0'.repeat(32), offset: 0, chunkBase64: 'A'.repeat(6 * 1024 * 1024) },
    ]);
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await expect(
      attempt(() =>
        handlers.beginAssetUpload({
          projectId: project.id,
          fileName: 'huge.mp4',
          byteLength: 300 * 1024 * 1024,
        }),
      ),
    ).rejects.toThrow('“huge.mp4” is 300 MB');
  });
});
