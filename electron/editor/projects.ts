// The project repository: editor projects (documents as JSON, thumbnail, trash), their content-
// addressed assets and text rasters, in SQLite. Every multi-row change runs in one transaction.

import { ApiError } from '../../shared/api/result';
import type { AssetInfo, AssetMime, AssetVariant } from '../../shared/editor/assets';
import { createDocument, type IdGenerator, type NewDocumentTexts } from '../../shared/editor/create';
import { defaultLocale, type Locale } from '../../shared/domain/locale';
import type { DocumentKind, EditorDocument, Size } from '../../shared/editor/document';
import { documentAssetIds, editorDocumentSchema } from '../../shared/editor/document-schema';
import type { CreateProjectRequest, Project, ProjectSummary } from '../../shared/editor/project';
import { maxDocumentsPerProject, projectNameMaxLength } from '../../shared/editor/project';
import { textRasterKey } from '../../shared/editor/rasters';
import {
  findTemplate,
  templateErrorText,
  tryCustomGridTemplate,
  type EditorTemplate,
} from '../../shared/editor/templates';
import { z } from 'zod';
import { writeTransaction, type SqliteDatabase } from '../storage/database';

interface ProjectRow {
  readonly id: number;
  readonly channel_id: number;
  readonly name: string;
  readonly kind: string;
  readonly template_id: string;
  readonly documents: string;
  readonly thumbnail_png: Buffer | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly trashed_at: string | null;
}

const columns =
  'id, channel_id, name, kind, template_id, documents, thumbnail_png, created_at, updated_at, trashed_at';
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const documentsSchema = z.array(editorDocumentSchema);

function toKind(kind: string): DocumentKind {
  if (kind === 'richmenu' || kind === 'imagemap') return kind;
  throw new Error(`projects.kind holds an unknown value: ${JSON.stringify(kind)}`);
}

/** Stored JSON is re-validated on the way out: a hand-edited or corrupted row fails loudly, by id. */
function parseDocuments(row: ProjectRow): EditorDocument[] {
  const parsed = documentsSchema.safeParse(JSON.parse(row.documents));
  if (!parsed.success) {
    throw new Error(
      `Project ${String(row.id)} holds documents this version cannot read: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function toSummary(row: ProjectRow): ProjectSummary {
  const documents = JSON.parse(row.documents) as unknown[];
  return {
    id: row.id,
    channelId: row.channel_id,
    name: row.name,
    kind: toKind(row.kind),
    templateId: row.template_id,
    documentCount: documents.length,
    thumbnailDataUrl: row.thumbnail_png
      ? `data:image/png;base64,${row.thumbnail_png.toString('base64')}`
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

function projectRow(db: SqliteDatabase, id: number): ProjectRow | undefined {
  return db.prepare(`SELECT ${columns} FROM projects WHERE id = ?`).get(id) as ProjectRow | undefined;
}

export function requireProjectRow(db: SqliteDatabase, id: number): ProjectRow {
  const row = projectRow(db, id);
  if (!row) throw new ApiError('not-found', { key: 'errors.projects.notFound', params: { id } });
  return row;
}

function requireLiveProject(db: SqliteDatabase, id: number): ProjectRow {
  const row = requireProjectRow(db, id);
  if (row.trashed_at !== null) {
    throw new ApiError('conflict', { key: 'errors.projects.inTrash', params: { name: row.name } });
  }
  return row;
}

function requireChannel(db: SqliteDatabase, channelId: number): void {
  if (!db.prepare('SELECT 1 FROM channels WHERE id = ?').get(channelId)) {
    throw new ApiError('not-found', { key: 'errors.channels.notFound', params: { id: channelId } });
  }
}

export function listProjects(db: SqliteDatabase, channelId: number, trashed = false): ProjectSummary[] {
  requireChannel(db, channelId);
  const rows = db
    .prepare(
      `SELECT ${columns} FROM projects WHERE channel_id = ? AND trashed_at IS ${trashed ? 'NOT NULL' : 'NULL'}
       ORDER BY ${trashed ? 'trashed_at' : 'updated_at'} DESC, id DESC`,
    )
    .all(channelId) as ProjectRow[];
  return rows.map(toSummary);
}

/** Every channel's projects, for the command line: live ones first, each part by id. */
export function listEveryProject(db: SqliteDatabase): ProjectSummary[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM projects ORDER BY trashed_at IS NOT NULL, id`)
    .all() as ProjectRow[];
  return rows.map(toSummary);
}

function textRasterKeys(db: SqliteDatabase, projectId: number): string[] {
  const rows = db
    .prepare('SELECT raster_key FROM project_text_rasters WHERE project_id = ? ORDER BY raster_key')
    .all(projectId) as { raster_key: string }[];
  return rows.map((r) => r.raster_key);
}

export function getProject(db: SqliteDatabase, id: number): Project {
  const row = requireProjectRow(db, id);
  return { ...toSummary(row), documents: parseDocuments(row), textRasterKeys: textRasterKeys(db, id) };
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > projectNameMaxLength) {
    throw new ApiError('invalid-argument', {
      key: 'errors.projects.nameLength',
      params: { max: projectNameMaxLength, name: trimmed.slice(0, 40) },
    });
  }
  return trimmed;
}

function templateFor(request: CreateProjectRequest): EditorTemplate {
  if ('templateId' in request) {
    const template = findTemplate(request.templateId);
    if (!template) {
      throw new ApiError('invalid-argument', {
        key: 'errors.projects.noTemplate',
        params: { template: request.templateId },
      });
    }
    return template;
  }
  const result = tryCustomGridTemplate(request.custom.kind, request.custom.size, request.custom.spec);
  if (!result.ok) throw new ApiError('invalid-argument', templateErrorText(result.error));
  return result.template;
}

export interface CreateProjectOptions {
  /**
   * The words a new document starts with in a locale (the handlers pass the catalogues'; without it,
   * English). Passed in, so that reading projects never loads every language's catalogue.
   */
  readonly textsFor?: (locale: Locale) => NewDocumentTexts;
  /** The locale when the request names none: the UI's. */
  readonly fallbackLocale?: Locale;
  readonly ids?: IdGenerator;
}

/**
 * Creates a project from a template. Its first words (the chat-bar text) are in the request's locale,
 * the UI's; `fallbackLocale` when the request names none.
 */
export function createProject(
  db: SqliteDatabase,
  request: CreateProjectRequest,
  options: CreateProjectOptions = {},
): Project {
  requireChannel(db, request.channelId);
  const name = cleanName(request.name);
  const template = templateFor(request);
  const locale = request.locale ?? options.fallbackLocale ?? defaultLocale;
  const texts = options.textsFor?.(locale);
  const ids = options.ids;
  const document = createDocument(template, { name, ...(texts ? { texts } : {}), ...(ids ? { ids } : {}) });
  const info = db
    .prepare(`INSERT INTO projects (channel_id, name, kind, template_id, documents) VALUES (?, ?, ?, ?, ?)`)
    .run(request.channelId, name, template.kind, template.id, JSON.stringify([document]));
  return getProject(db, Number(info.lastInsertRowid));
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (bytes: Buffer): boolean => bytes.subarray(0, 8).equals(pngSignature);

export interface SaveInput {
  readonly id: number;
  readonly documents: readonly EditorDocument[];
  readonly thumbnailPng?: Buffer;
  readonly textRasters?: readonly { readonly key: string; readonly png: Buffer }[];
}

/** Checks a document set against its project: kind, count, and that every asset is in the project. */
function checkDocuments(db: SqliteDatabase, row: ProjectRow, documents: readonly EditorDocument[]): void {
  const kind = toKind(row.kind);
  if (documents.length < 1 || documents.length > maxDocumentsPerProject) {
    throw new ApiError('invalid-argument', {
      key: 'errors.projects.documentCount',
      params: { max: maxDocumentsPerProject, count: documents.length },
    });
  }
  if (kind === 'imagemap' && documents.length !== 1) {
    throw new ApiError('invalid-argument', { key: 'errors.projects.imagemapOneDocument' });
  }
  documents.forEach((doc, index) => {
    if (doc.kind !== kind) {
      throw new ApiError('invalid-argument', {
        key: 'errors.projects.documentKind',
        params: { index: index + 1, name: row.name },
      });
    }
  });
  const linked = new Set(
    (
      db.prepare('SELECT asset_id FROM project_assets WHERE project_id = ?').all(row.id) as {
        asset_id: string;
      }[]
    ).map((r) => r.asset_id),
  );
  for (const doc of documents) {
    for (const assetId of documentAssetIds(doc)) {
      if (!linked.has(assetId)) {
        throw new ApiError('invalid-argument', {
          key: 'errors.projects.unknownAsset',
          params: { asset: assetId.slice(0, 12), name: row.name },
        });
      }
    }
  }
}

/** Autosave: replaces the documents, optionally the thumbnail, adds text rasters and drops unused ones. */
export function saveProject(
  db: SqliteDatabase,
  input: SaveInput,
): { updatedAt: string; textRasterKeys: string[] } {
  return writeTransaction(db, () => {
    const row = requireLiveProject(db, input.id);
    checkDocuments(db, row, input.documents);
    if (input.thumbnailPng && !isPng(input.thumbnailPng)) {
      throw new ApiError('invalid-argument', { key: 'errors.projects.thumbnailNotPng' });
    }
    db.prepare(
      `UPDATE projects SET documents = ?, updated_at = ${now}${input.thumbnailPng ? ', thumbnail_png = ?' : ''} WHERE id = ?`,
    ).run(
      ...[JSON.stringify(input.documents), ...(input.thumbnailPng ? [input.thumbnailPng] : []), input.id],
    );
    const insert = db.prepare(
      'INSERT OR REPLACE INTO project_text_rasters (project_id, raster_key, png) VALUES (?, ?, ?)',
    );
    for (const raster of input.textRasters ?? []) {
      if (!isPng(raster.png)) {
        throw new ApiError('invalid-argument', {
          key: 'errors.projects.rasterNotPng',
          params: { key: raster.key },
        });
      }
      insert.run(input.id, raster.key, raster.png);
    }
    // Rasters of text that no longer exists would only grow the file.
    const used = new Set(
      input.documents.flatMap((d) => d.layers.flatMap((l) => (l.type === 'text' ? [textRasterKey(l)] : []))),
    );
    const remove = db.prepare('DELETE FROM project_text_rasters WHERE project_id = ? AND raster_key = ?');
    for (const key of textRasterKeys(db, input.id)) if (!used.has(key)) remove.run(input.id, key);
    const updated = db.prepare('SELECT updated_at FROM projects WHERE id = ?').get(input.id) as {
      updated_at: string;
    };
    return { updatedAt: updated.updated_at, textRasterKeys: textRasterKeys(db, input.id) };
  });
}

export function renameProject(db: SqliteDatabase, id: number, name: string): ProjectSummary {
  requireProjectRow(db, id);
  db.prepare(`UPDATE projects SET name = ?, updated_at = ${now} WHERE id = ?`).run(cleanName(name), id);
  return toSummary(requireProjectRow(db, id));
}

/** A copy named “<name> (copy)”, sharing assets (they are content-addressed) and rasters. */
export function duplicateProject(db: SqliteDatabase, id: number, copySuffix = ' (copy)'): ProjectSummary {
  return writeTransaction(db, () => {
    const row = requireProjectRow(db, id);
    const name = `${row.name.slice(0, projectNameMaxLength - copySuffix.length)}${copySuffix}`;
    const info = db
      .prepare(
        `INSERT INTO projects (channel_id, name, kind, template_id, documents, thumbnail_png)
         SELECT channel_id, ?, kind, template_id, documents, thumbnail_png FROM projects WHERE id = ?`,
      )
      .run(name, id);
    const copy = Number(info.lastInsertRowid);
    db.prepare(
      `INSERT INTO project_assets (project_id, asset_id, file_name)
       SELECT ?, asset_id, file_name FROM project_assets WHERE project_id = ?`,
    ).run(copy, id);
    db.prepare(
      `INSERT INTO project_text_rasters (project_id, raster_key, png)
       SELECT ?, raster_key, png FROM project_text_rasters WHERE project_id = ?`,
    ).run(copy, id);
    return toSummary(requireProjectRow(db, copy));
  });
}

export function trashProject(db: SqliteDatabase, id: number): ProjectSummary {
  requireProjectRow(db, id);
  db.prepare(`UPDATE projects SET trashed_at = ${now} WHERE id = ? AND trashed_at IS NULL`).run(id);
  return toSummary(requireProjectRow(db, id));
}

export function restoreProject(db: SqliteDatabase, id: number): ProjectSummary {
  requireProjectRow(db, id);
  db.prepare('UPDATE projects SET trashed_at = NULL WHERE id = ?').run(id);
  return toSummary(requireProjectRow(db, id));
}

/** Deletes a trashed project and every asset no other project uses. */
export function deleteProjectForever(db: SqliteDatabase, id: number): void {
  writeTransaction(db, () => {
    const row = requireProjectRow(db, id);
    if (row.trashed_at === null) {
      throw new ApiError('conflict', { key: 'errors.projects.deleteNeedsTrash', params: { name: row.name } });
    }
    db.prepare('DELETE FROM projects WHERE id = ?').run(id);
    deleteUnusedAssets(db);
  });
}

/** Assets whose last project is gone (deleted for good, or its channel removed). */
export function deleteUnusedAssets(db: SqliteDatabase): number {
  return db
    .prepare(
      'DELETE FROM assets WHERE NOT EXISTS (SELECT 1 FROM project_assets pa WHERE pa.asset_id = assets.id)',
    )
    .run().changes;
}

// ---- Assets ------------------------------------------------------------------------------------

export interface PreparedAsset {
  readonly assetId: string;
  readonly mime: AssetMime;
  readonly natural: Size;
  readonly original: Buffer;
  /** null: the original is shown as is. */
  readonly editing: {
    readonly bytes: Buffer;
    readonly mime: 'image/png' | 'image/jpeg';
    readonly size: Size;
  } | null;
}

/** Stores an asset (once per content) and links it to a live project, in one transaction. */
export function storeAsset(
  db: SqliteDatabase,
  projectId: number,
  asset: PreparedAsset,
  fileName: string,
): AssetInfo {
  writeTransaction(db, () => {
    requireLiveProject(db, projectId);
    const editingSize = asset.editing?.size ?? asset.natural;
    db.prepare(
      `INSERT OR IGNORE INTO assets (id, mime, width, height, original, editing, editing_mime, editing_width, editing_height)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      asset.assetId,
      asset.mime,
      asset.natural.width,
      asset.natural.height,
      asset.original,
      asset.editing?.bytes ?? null,
      asset.editing?.mime ?? null,
      editingSize.width,
      editingSize.height,
    );
    db.prepare('INSERT OR IGNORE INTO project_assets (project_id, asset_id, file_name) VALUES (?, ?, ?)').run(
      projectId,
      asset.assetId,
      fileName,
    );
  });
  return {
    assetId: asset.assetId,
    natural: asset.natural,
    mime: asset.mime,
    editingSize: asset.editing?.size ?? asset.natural,
    byteLength: asset.original.length,
    fileName,
  };
}

export interface StoredAssetBytes {
  readonly bytes: Buffer;
  readonly mime: string;
}

const assetMimes: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4'];

/** An asset's bytes: the editing copy (or the original when it has none) or the original. */
export function readAsset(
  db: SqliteDatabase,
  assetId: string,
  variant: AssetVariant,
): StoredAssetBytes | undefined {
  const row = db
    .prepare(
      variant === 'original'
        ? 'SELECT original AS bytes, mime FROM assets WHERE id = ?'
        : 'SELECT coalesce(editing, original) AS bytes, coalesce(editing_mime, mime) AS mime FROM assets WHERE id = ?',
    )
    .get(assetId) as { bytes: Buffer; mime: string } | undefined;
  if (row && !assetMimes.includes(row.mime)) throw new Error(`assets.mime holds ${JSON.stringify(row.mime)}`);
  return row;
}

export function readTextRasters(db: SqliteDatabase, projectId: number): Map<string, Buffer> {
  const rows = db
    .prepare('SELECT raster_key, png FROM project_text_rasters WHERE project_id = ?')
    .all(projectId) as { raster_key: string; png: Buffer }[];
  return new Map(rows.map((r) => [r.raster_key, r.png]));
}

/** Finds a project by id (digits) or exact name, for the CLI; live projects win over trashed ones. */
export function findProjectByIdOrName(db: SqliteDatabase, idOrName: string): ProjectRow[] {
  if (/^\d+$/.test(idOrName)) {
    const row = projectRow(db, Number(idOrName));
    if (row) return [row];
  }
  return db
    .prepare(`SELECT ${columns} FROM projects WHERE name = ? ORDER BY trashed_at IS NOT NULL, id`)
    .all(idOrName) as ProjectRow[];
}
