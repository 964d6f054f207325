// What must hold right after 0003-projects, for the step-by-step test in test/electron/storage/
// migrations.test.ts (constraints and cascades are probed in migration-0003.test.ts).

import { expect } from 'vitest';
import type { SqliteDatabase } from '../../../electron/storage/database';
import { tableColumns, tableNames } from '../../helpers/sqlite-schema';

export function expectProjectsMigration(db: SqliteDatabase): void {
  expect(tableNames(db)).toEqual(
    expect.arrayContaining(['projects', 'assets', 'project_assets', 'project_text_rasters']),
  );
  expect(tableColumns(db, 'projects').map((c) => c.name)).toEqual([
    'id',
    'channel_id',
    'name',
    'kind',
    'template_id',
    'documents',
    'thumbnail_png',
    'created_at',
    'updated_at',
    'trashed_at',
  ]);
  expect(tableColumns(db, 'assets').map((c) => c.name)).toEqual([
    'id',
    'mime',
    'width',
    'height',
    'original',
    'editing',
    'editing_mime',
    'editing_width',
    'editing_height',
    'created_at',
  ]);
  // A fresh database has no projects yet; the migration adds no rows.
  expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 0 });
}
