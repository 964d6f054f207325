// Where an export may write: one rule for the app's Export and `oa-planner export`.

import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/result';

/**
 * A folder named for an export must be new or empty, and not a link: the export writes fixed file
 * names, so no file of the user's is overwritten, and a page cannot make main write elsewhere on disk.
 */
export function assertFreshExportFolder(outDir: string): void {
  if (!path.isAbsolute(outDir)) {
    throw new ApiError('invalid-argument', {
      key: 'errors.export.folderNotAbsolute',
      params: { folder: outDir },
    });
  }
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(outDir);
  } catch {
    return; // It will be created.
  }
  if (!stat.isDirectory() || stat.isSymbolicLink()) {
    throw new ApiError('invalid-argument', { key: 'errors.export.notAFolder', params: { folder: outDir } });
  }
  if (fs.readdirSync(outDir).length > 0) {
    throw new ApiError('invalid-argument', {
      key: 'errors.export.folderNotEmpty',
      params: { folder: outDir },
    });
  }
}
