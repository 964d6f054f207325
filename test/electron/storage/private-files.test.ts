// The data folder is private to its user on POSIX: the folder 0700 and every file in it 0600 (the
// database and its -wal/-shm, sandbox.sqlite with its token, preferences, upload spool files,
// exports made inside it), whatever the umask, and files left wider by earlier versions narrowed.

import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAppServices } from '../../../electron/app/services';
import { databaseFileName } from '../../../electron/storage/database';
import { createSandboxService, sandboxFileName } from '../../../electron/sandbox/service';
import { makeTempDir } from '../../helpers/temp-dir';
import { openRawDatabase } from '../../helpers/temp-database';

const posix = process.platform !== 'win32';

/** The mode bits of every folder and file under `root` (itself included), by relative path. */
function modes(root: string): Record<string, string> {
  const found: Record<string, string> = { '.': (statSync(root).mode & 0o777).toString(8) };
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(root, full)] = (statSync(full).mode & 0o777).toString(8);
  }
  return found;
}

/** Runs with the usual desktop umask (022), which would leave new files readable to everyone. */
function withUmask022(): void {
  const previous = process.umask(0o022);
  onTestFinished(() => {
    process.umask(previous);
  });
}

function openApp(dataDirectory: string) {
  const data = createAppServices({ shell: 'browser', dataDirectory });
  onTestFinished(() => data.close());
  return { data, handlers: data.handlers };
}

describe('data folder permissions', () => {
  it('makes a new data folder 0700 and every file the app writes in it 0600', async () => {
    withUmask022();
    const dir = path.join(makeTempDir(), 'nested', 'data');
    const { handlers } = openApp(dir);
    await handlers.setPreferences({ locale: 'ja' });
    const project = await handlers.createProject({
      channelId: 1,
      name: 'Spring',
      templateId: 'richmenu-large-1',
    });
    const [menu] = project.documents;
    if (menu?.kind !== 'richmenu') throw new Error('expected a rich menu');
    const areas = menu.areas.map((a) => ({ ...a, action: { type: 'message' as const, text: 'hi' } }));
    await handlers.saveProject({ id: project.id, documents: [{ ...menu, areas }] });
    await handlers.beginAssetUpload({ projectId: project.id, fileName: 'photo.jpg', byteLength: 10 });
    const exported = await handlers.exportProject({ id: project.id, format: 'png' });
    const sandbox = createSandboxService({ dataDirectory: dir, friends: 50 });
    onTestFinished(() => sandbox.stop());
    await sandbox.status();

    const found = modes(dir);
    // Every kind of file is there, -wal and -shm too (the database is open).
    for (const name of [
      databaseFileName,
      `${databaseFileName}-wal`,
      `${databaseFileName}-shm`,
      sandboxFileName,
      'preferences.json',
      'uploads',
      'exports',
      path.relative(dir, exported.outDir),
    ]) {
      expect(found, name).toHaveProperty([name]);
    }
    expect(Object.keys(found).some((name) => name.startsWith('uploads/') && name.endsWith('.part'))).toBe(
      true,
    );
    expect(exported.files.length).toBeGreaterThan(0);
    if (!posix) return; // Windows keeps its own ACLs: the profile folder is already private.
    for (const [name, mode] of Object.entries(found)) {
      const isFolder = statSync(path.join(dir, name)).isDirectory();
      expect(mode, name).toBe(isFolder ? '700' : '600');
    }
    // The folders above the data folder that the app had to create are private as well.
    expect(modes(path.dirname(dir))['.']).toBe('700');
  });

  it('narrows an existing data folder and files an earlier version left readable to others', async () => {
    withUmask022();
    const dir = path.join(makeTempDir(), 'data');
    mkdirSync(dir, { mode: 0o755 });
    openRawDatabase(path.join(dir, databaseFileName)).close();
    writeFileSync(path.join(dir, 'preferences.json'), '{"locale":"th"}\n');
    openRawDatabase(path.join(dir, sandboxFileName)).close();
    for (const name of [databaseFileName, 'preferences.json', sandboxFileName]) {
      chmodSync(path.join(dir, name), 0o644);
    }
    chmodSync(dir, 0o755);

    const { handlers } = openApp(dir);
    expect(handlers.getPreferences()).toMatchObject({ locale: 'th' });
    const sandbox = createSandboxService({ dataDirectory: dir, friends: 50 });
    onTestFinished(() => sandbox.stop());
    await sandbox.status();
    if (!posix) return;
    expect(modes(dir)).toMatchObject({
      '.': '700',
      [databaseFileName]: '600',
      'preferences.json': '600',
      [sandboxFileName]: '600',
    });
  });
});
