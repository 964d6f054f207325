// The zip writer, read back by the system's unzip and by Python's zipfile (independent readers), and
// the registry that serves only this run's export folders.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDownloadPath } from '../../../shared/editor/project';
import { createExportFolders, isExportDownloadPath } from '../../../electron/editor/export-downloads';
import { crc32, zipBuffer } from '../../../electron/editor/zip';
import { makeTempDir } from '../../helpers/temp-dir';

const pythonReads = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: [i.file_size, i.CRC, i.compress_type, z.read(i).hex()] for i in z.infolist()}))
`;

describe('zip writer', () => {
  it('computes CRC-32 as zip and PNG do', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes an archive unzip and Python read back byte for byte, UTF-8 names included', () => {
    const dir = makeTempDir();
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
    const entries = [
      { name: 'spring/richmenu.json', bytes: Buffer.from('{"size":{"width":2500}}\n') },
      { name: 'spring/240', bytes: binary },
      { name: '春季選單/空.txt', bytes: Buffer.alloc(0) },
    ];
    const file = path.join(dir, 'out.zip');
    writeFileSync(file, zipBuffer(entries.map((e) => ({ name: e.name, read: () => e.bytes }))));

    const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(tested.status, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toContain('No errors detected');

    const read = spawnSync('python3', ['-c', pythonReads, file], { encoding: 'utf8' });
    expect(read.status, read.stderr).toBe(0);
    const listing = JSON.parse(read.stdout) as Record<string, [number, number, number, string]>;
    expect(Object.keys(listing)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      const [size, crc, method, hex] = listing[entry.name]!;
      expect([size, crc, method]).toEqual([entry.bytes.length, crc32(entry.bytes), 0]);
      expect(hex).toBe(entry.bytes.toString('hex'));
    }
  });
});

describe('export folders', () => {
  function exported() {
    const outDir = path.join(makeTempDir(), 'Spring 2026-01-01T00-00-00-000');
    mkdirSync(outDir);
    for (const name of ['richmenu.jpg', 'richmenu.json']) writeFileSync(path.join(outDir, name), name);
    const files = ['richmenu.jpg', 'richmenu.json'].map((name) => ({
      path: path.join(outDir, name),
      bytes: 12,
    }));
    return { outDir, documents: [], files };
  }

  it('serves a registered export as a zip of exactly the files it wrote', () => {
    const folders = createExportFolders();
    const result = folders.register(exported());
    expect(result.folderId).toMatch(/^[0-9a-f]{32}$/);
    const pathname = exportDownloadPath(result.folderId!);
    expect(isExportDownloadPath(pathname)).toBe(true);
    // A file the user puts in the folder afterwards is not the export's, and is left out.
    writeFileSync(path.join(result.outDir, 'notes.txt'), 'private');
    const download = folders.download(pathname);
    expect(download?.fileName).toBe('Spring 2026-01-01T00-00-00-000.zip');
    const zip = Buffer.concat([...download!.chunks]);
    const file = path.join(makeTempDir(), 'x.zip');
    writeFileSync(file, zip);
    const listed = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
    expect(listed.stdout.trim().split('\n')).toEqual([
      'Spring 2026-01-01T00-00-00-000/richmenu.jpg',
      'Spring 2026-01-01T00-00-00-000/richmenu.json',
    ]);
  });

  it('serves nothing it did not make in this run: unknown ids, other paths, swapped files', () => {
    const folders = createExportFolders();
    const result = folders.register(exported());
    expect(folders.download(exportDownloadPath('0'.repeat(32)))).toBeUndefined();
    expect(folders.download(`/downloads/exports/${result.folderId!}.zip/../../etc/passwd`)).toBeUndefined();
    expect(isExportDownloadPath('/downloads/exports/../secret.zip')).toBe(false);
    expect(createExportFolders().download(exportDownloadPath(result.folderId!))).toBeUndefined();
    // A file replaced by a link to somewhere else is refused, not followed.
    rmSync(path.join(result.outDir, 'richmenu.json'));
    symlinkSync('/etc/hostname', path.join(result.outDir, 'richmenu.json'));
    expect(folders.download(exportDownloadPath(result.folderId!))).toBeUndefined();
  });
});
