// The editor's slice of the API handler table (shared/editor/contract.ts): projects, chunked asset
// uploads and export. Arguments arrive validated by the slice's schemas.

import path from 'node:path';
import type { HandlersOf } from '../../shared/api/slice';
import type { Locale } from '../../shared/domain/locale';
import type { EditorApi } from '../../shared/editor/contract';
import { newDocumentTexts } from '../../shared/editor/create';
import { translate } from '../../shared/i18n/catalog';
import type { AppDatabase } from '../storage/database';
import { ensurePrivateDirectory, makeFilePrivate } from '../storage/private-files';
import { defaultExportDirectory, exportStoredProject } from './export-project';
import { assertFreshExportFolder } from './export-folder';
import {
  createProject,
  deleteProjectForever,
  duplicateProject,
  getProject,
  listProjects,
  renameProject,
  restoreProject,
  saveProject,
  trashProject,
} from './projects';
import { createExportFolders, type ExportFolders } from './export-downloads';
import type { SaveRequests } from './save-requests';
import { createAssetUploads } from './uploads';

export interface EditorContext {
  readonly dataDirectory: string;
  readonly database: AppDatabase;
  /** This run's export folders, which browser mode serves as zips; a private registry by default. */
  readonly exportFolders?: ExportFolders;
  /** Where the renderer's answers to "save before the window closes" go (the desktop app). */
  readonly saveRequests?: SaveRequests;
  /** The app's UI language, for a new project whose request names none. */
  readonly uiLocale?: () => Locale;
}

export function createEditorHandlers(context: EditorContext): HandlersOf<EditorApi> {
  const db = context.database.db;
  // Upload spool files live beside the database, so they sit on the same disk and are cleaned with it.
  const uploads = createAssetUploads(db, path.join(context.dataDirectory, 'uploads'));
  const exportFolders = context.exportFolders ?? createExportFolders();
  return {
    listProjects: (channelId) => listProjects(db, channelId),
    listTrashedProjects: (channelId) => listProjects(db, channelId, true),
    createProject: (request) =>
      createProject(db, request, {
        textsFor: (locale) => newDocumentTexts((key) => translate(locale, key)),
        ...(context.uiLocale ? { fallbackLocale: context.uiLocale() } : {}),
      }),
    getProject: (id) => getProject(db, id),
    saveProject: (request) =>
      saveProject(db, {
        id: request.id,
        documents: request.documents,
        ...(request.thumbnailPngBase64
          ? { thumbnailPng: Buffer.from(request.thumbnailPngBase64, 'base64') }
          : {}),
        ...(request.textRasters
          ? {
              textRasters: request.textRasters.map((r) => ({
                key: r.key,
                png: Buffer.from(r.pngBase64, 'base64'),
              })),
            }
          : {}),
      }),
    renameProject: (request) => renameProject(db, request.id, request.name),
    duplicateProject: (id) => duplicateProject(db, id),
    trashProject: (id) => trashProject(db, id),
    restoreProject: (id) => restoreProject(db, id),
    deleteProjectForever: (id) => {
      deleteProjectForever(db, id);
    },
    beginAssetUpload: (request) => uploads.begin(request),
    appendAssetChunk: (request) => uploads.append(request),
    finishAssetUpload: (uploadId) => uploads.finish(uploadId),
    abortAssetUpload: (uploadId) => {
      uploads.abort(uploadId);
    },
    exportProject: async (request) => {
      const project = getProject(db, request.id);
      if (request.outDir !== undefined) assertFreshExportFolder(request.outDir);
      const outDir = request.outDir ?? defaultExportDirectory(context.dataDirectory, project.name);
      // A folder made inside the data folder is as private as the rest of it.
      const insideDataFolder = request.outDir === undefined;
      if (insideDataFolder) {
        ensurePrivateDirectory(path.dirname(outDir));
        ensurePrivateDirectory(outDir);
      }
      const result = await exportStoredProject(db, request.id, request.format, outDir);
      if (insideDataFolder) for (const file of result.files) makeFilePrivate(file.path);
      return exportFolders.register(result);
    },
    reportSaved: (report) => {
      context.saveRequests?.report(report);
    },
  };
}
