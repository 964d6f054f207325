// Rich menus OA Planner put on LINE (or pulled from it): per channel, which editor document each one
// is, LINE's richMenuId once known, and the marker its name carries. The marker is stored before the
// menu is created, because creation takes no retry key: after a crash or a lost answer, the menu
// list on LINE is searched for it before anything is created again. A replaced menu stays as
// 'retired' until LINE has deleted it, even when its project is gone.

import type { Migration } from '../migration';

export const richMenus: Migration = {
  version: 7,
  name: 'richmenus',
  up(db) {
    db.exec(`
      CREATE TABLE rich_menus (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        project_id INTEGER REFERENCES projects (id) ON DELETE SET NULL,
        -- Position of the menu in its project's tab set, from 0.
        document_index INTEGER NOT NULL CHECK (document_index >= 0),
        -- 'oap-' and 16 hex digits at the end of the menu's name on LINE; 'line:<id>' for a pulled one.
        marker TEXT NOT NULL CHECK (length(marker) BETWEEN 1 AND 120),
        -- SHA-256 of the menu object and image it was made from; NULL for a pulled menu.
        content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64),
        rich_menu_id TEXT CHECK (rich_menu_id IS NULL OR length(rich_menu_id) BETWEEN 1 AND 100),
        -- creating: marker stored, the create may have reached LINE; created: LINE's id known;
        -- uploaded: image uploaded; live: the document's menu; retired: to be deleted on LINE.
        state TEXT NOT NULL CHECK (state IN ('creating', 'created', 'uploaded', 'live', 'retired')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK (state = 'creating' OR state = 'retired' OR rich_menu_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX rich_menus_marker ON rich_menus (channel_id, marker);
      CREATE UNIQUE INDEX rich_menus_line_id ON rich_menus (channel_id, rich_menu_id)
        WHERE rich_menu_id IS NOT NULL;
      CREATE INDEX rich_menus_project ON rich_menus (project_id, channel_id, document_index);
    `);
  },
};
