// Data a campaign test needs in a real database: upload audiences with members, and a rich-message
// project whose document passes the editor's checks.

import { expect } from 'vitest';
import { appendMembers, insertAudience } from '../../../electron/audiences/repository';
import { createProject } from '../../../electron/editor/projects';
import { writeTransaction, type SqliteDatabase } from '../../../electron/storage/database';
import { parseIdBytes } from '../../../shared/audiences/ids';
import type { ImagemapDocument } from '../../../shared/editor/document';
import { lintDocument } from '../../../shared/editor/lint';

export const userId = (n: number): string => `U${n.toString(16).padStart(32, '0')}`;

export function uploadAudience(
  db: SqliteDatabase,
  name: string,
  members: readonly number[],
  channelId = 1,
): number {
  return writeTransaction(db, () => {
    const id = insertAudience(db, { channelId, name, kind: 'upload', idKind: 'userId', memberCount: 0 });
    const packed = new Uint32Array(members.length * 4);
    const bytes = new Uint8Array(33);
    members.forEach((n, i) => {
      const text = userId(n);
      for (let k = 0; k < 33; k++) bytes[k] = text.charCodeAt(k);
      parseIdBytes(bytes, 0, 33, packed, i * 4);
    });
    appendMembers(db, id, packed, 0, `${name}.txt`);
    return id;
  });
}

/** A one-area rich message with its link and alternative text set: nothing for Checks to report. */
export function imagemapProject(db: SqliteDatabase, name: string, channelId = 1): number {
  const project = createProject(db, { channelId, name, templateId: 'imagemap-square-1' });
  const document = project.documents[0] as ImagemapDocument;
  const clean: ImagemapDocument = {
    ...document,
    imagemap: { ...document.imagemap, altText: name, baseUrl: 'https://cdn.example.com/spring' },
    areas: document.areas.map((area, i) => ({
      ...area,
      action: { type: 'uri', uri: `https://shop.example.com/${String(i)}` },
    })),
  };
  expect(lintDocument(clean).filter((f) => f.severity === 'error')).toEqual([]);
  db.prepare('UPDATE projects SET documents = ? WHERE id = ?').run(JSON.stringify([clean]), project.id);
  return project.id;
}

/** Every row of the tables an import may write, to compare before and after. */
export function campaignTables(db: SqliteDatabase): unknown {
  return {
    campaigns: db.prepare('SELECT * FROM campaigns ORDER BY id').all(),
    planning: db.prepare('SELECT * FROM channel_planning ORDER BY channel_id').all(),
  };
}
