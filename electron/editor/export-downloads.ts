// The export folders this run of the app made, by an opaque id, so browser mode can hand one over
// as a zip (the browser cannot read a folder on disk). Only the files the export wrote are served,
// and only while they are still plain files: never a path a request names, never a link.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../shared/editor/project';
import { zipChunks } from './zip';

interface Folder {
  readonly outDir: string;
  /** Relative to outDir, as the export wrote them. */
  readonly files: readonly string[];
}

export interface ExportDownload {
  /** The name for the browser to save it as: the folder's own name. */
  readonly fileName: string;
  readonly chunks: Iterable<Buffer>;
}

export interface ExportFolders {
  /** Remembers a finished export and returns it with its folderId. */
  register(result: ExportResult): ExportResult;
  /** The zip of a registered folder, for `/downloads/exports/<folderId>.zip`; undefined otherwise. */
  download(pathname: string): ExportDownload | undefined;
}

/** `exportDownloadPath(folderId)` of shared/editor/project.ts. */
const downloadPathPattern = /^\/downloads\/exports\/([0-9a-f]{32})\.zip$/;

/** Whether a request path is an export download (not one of the renderer's own files). */
export const isExportDownloadPath = (pathname: string): boolean => downloadPathPattern.test(pathname);

/** At most this many exports are remembered; the oldest are forgotten first. */
const rememberedExports = 50;

export function createExportFolders(): ExportFolders {
  const folders = new Map<string, Folder>();
  return {
    register(result) {
      const folderId = randomBytes(16).toString('hex');
      const files = result.files.map((file) => path.relative(result.outDir, file.path));
      folders.set(folderId, { outDir: result.outDir, files });
      while (folders.size > rememberedExports) folders.delete(folders.keys().next().value!);
      return { ...result, folderId };
    },
    download(pathname) {
      const folderId = downloadPathPattern.exec(pathname)?.[1];
      const folder = folderId === undefined ? undefined : folders.get(folderId);
      if (!folder) return undefined;
      // Checked before the first byte is sent, so a folder changed since is refused, not cut short.
      for (const name of folder.files) {
        const stat = fs.lstatSync(path.join(folder.outDir, name), { throwIfNoEntry: false });
        if (!stat?.isFile()) return undefined;
      }
      const top = path.basename(folder.outDir);
      return {
        fileName: `${top}.zip`,
        chunks: zipChunks(
          folder.files.map((name) => ({
            name: `${top}/${name.split(path.sep).join('/')}`,
            read: () => fs.readFileSync(path.join(folder.outDir, name)),
          })),
        ),
      };
    },
  };
}
