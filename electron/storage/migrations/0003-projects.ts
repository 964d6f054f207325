// Editor projects and their assets: projects (channel-scoped, in a recoverable trash when trashed_at
// is set) hold their documents as one JSON array; assets are content-addressed by SHA-256.

import type { Migration } from '../migration';

export const projects: Migration = {
  version: 3,
  name: 'projects',
  up(db) {
    // Literals rather than shared constants (projectNameMaxLength, the asset mime list): a shipped
    // migration must not change when those do.
    db.exec(`
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind TEXT NOT NULL CHECK (kind IN ('richmenu', 'imagemap')),
        template_id TEXT NOT NULL,
        -- Every document of the project (a rich-menu tab set holds several), validated by main
        -- against shared/editor/document-schema.ts before it is written.
        documents TEXT NOT NULL CHECK (json_valid(documents) AND json_type(documents) = 'array'),
        thumbnail_png BLOB,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        trashed_at TEXT
      ) STRICT;

      CREATE INDEX projects_by_channel ON projects (channel_id, trashed_at, updated_at);

      -- One row per distinct file (id = SHA-256 of the original bytes), shared by every project that
      -- uses it. editing is the downsampled copy the canvas shows; NULL when the original is small
      -- enough to edit directly (and for videos, which the canvas does not decode).
      CREATE TABLE assets (
        id TEXT PRIMARY KEY CHECK (length(id) = 64 AND id NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4')),
        width INTEGER NOT NULL CHECK (width >= 0),
        height INTEGER NOT NULL CHECK (height >= 0),
        original BLOB NOT NULL CHECK (length(original) > 0),
        editing BLOB,
        editing_mime TEXT CHECK (editing_mime IN ('image/png', 'image/jpeg')),
        editing_width INTEGER NOT NULL CHECK (editing_width >= 0),
        editing_height INTEGER NOT NULL CHECK (editing_height >= 0),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK ((editing IS NULL) = (editing_mime IS NULL))
      ) STRICT;

      -- Which projects use which assets (and under which file name they were imported); assets no
      -- project links to are deleted with the last link.
      CREATE TABLE project_assets (
        project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        asset_id TEXT NOT NULL REFERENCES assets (id),
        file_name TEXT NOT NULL,
        PRIMARY KEY (project_id, asset_id)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX project_assets_by_asset ON project_assets (asset_id);

      -- Text layers rasterised by the renderer (shared/editor/rasters.ts), keyed by textRasterKey,
      -- so the export and the CLI composite exactly what the canvas showed.
      CREATE TABLE project_text_rasters (
        project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        raster_key TEXT NOT NULL,
        png BLOB NOT NULL,
        PRIMARY KEY (project_id, raster_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
