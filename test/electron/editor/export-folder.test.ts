// Where the renderer may ask main to export: only a new or empty real folder.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertFreshExportFolder } from '../../../electron/editor/export-folder';
import { makeTempDir } from '../../helpers/temp-dir';

describe('assertFreshExportFolder', () => {
  it('accepts a folder that does not exist yet, or an empty one', () => {
    const dir = makeTempDir();
    expect(() => assertFreshExportFolder(path.join(dir, 'new', 'export'))).not.toThrow();
    mkdirSync(path.join(dir, 'empty'));
    expect(() => assertFreshExportFolder(path.join(dir, 'empty'))).not.toThrow();
  });

  it('refuses relative paths, files, links and folders with files in them', () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'keep.txt'), 'precious');
    symlinkSync(dir, path.join(dir, 'link'));
    expect(() => assertFreshExportFolder('exports')).toThrow(/absolute path/);
    expect(() => assertFreshExportFolder(path.join(dir, 'keep.txt'))).toThrow(/is not a folder/);
    expect(() => assertFreshExportFolder(path.join(dir, 'link'))).toThrow(/is not a folder/);
    expect(() => assertFreshExportFolder(dir)).toThrow(/is not empty/);
  });
});
