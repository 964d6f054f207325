// Exports a stored project (by id) from SQLite: its documents, original assets and text rasters.
// Shared by the exportProject handler and the `oa-planner export` command.

import path from 'node:path';
import type { ExportFormat, ExportResult } from '../../shared/editor/project';
import type { SqliteDatabase } from '../storage/database';
import { renderExport, type ExportSources, type RenderedExport } from './export';
import { exportDocuments } from './export-files';
import { getProject, readAsset, readTextRasters } from './projects';

export function projectExportSources(db: SqliteDatabase, projectId: number): ExportSources {
  return {
    original: (assetId) => readAsset(db, assetId, 'original')?.bytes,
    textRasters: readTextRasters(db, projectId),
  };
}

/** A folder name from a project name: safe on every OS, readable, with the time to keep exports apart. */
export function defaultExportDirectory(dataDirectory: string, projectName: string, at = new Date()): string {
  const slug =
    projectName
      .normalize('NFKC')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\p{Cc}+/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'project';
  const stamp = at.toISOString().replace(/[:.]/g, '-').replace(/Z$/, '');
  return path.join(dataDirectory, 'exports', `${slug} ${stamp}`);
}

/** A stored project rendered in memory, for whoever uploads it as it is (sync). */
export async function renderStoredProject(
  db: SqliteDatabase,
  projectId: number,
  format: ExportFormat,
): Promise<RenderedExport> {
  const project = getProject(db, projectId);
  return renderExport(project.documents, projectExportSources(db, projectId), format);
}

export async function exportStoredProject(
  db: SqliteDatabase,
  projectId: number,
  format: ExportFormat,
  outDir: string,
): Promise<ExportResult> {
  const project = getProject(db, projectId);
  return exportDocuments(
    project.documents,
    projectExportSources(db, projectId),
    format,
    path.resolve(outDir),
  );
}
