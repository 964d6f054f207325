// Reads channels from the database and maps rows to the shared Channel type.

import type { Channel, ChannelKind } from '../../shared/domain/channel';
import type { SqliteDatabase } from './database';

interface ChannelRow {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly created_at: string;
}

const columns = 'id, name, kind, created_at';

export function listChannels(db: SqliteDatabase): Channel[] {
  const rows = db.prepare(`SELECT ${columns} FROM channels ORDER BY id`).all() as ChannelRow[];
  return rows.map(toChannel);
}

export function getChannel(db: SqliteDatabase, id: number): Channel | undefined {
  const row = db.prepare(`SELECT ${columns} FROM channels WHERE id = ?`).get(id) as ChannelRow | undefined;
  return row === undefined ? undefined : toChannel(row);
}

function toChannel(row: ChannelRow): Channel {
  return { id: row.id, name: row.name, kind: toKind(row.kind), createdAt: row.created_at };
}

// The CHECK constraint should make this unreachable; failing loudly beats a mistyped value.
function toKind(kind: string): ChannelKind {
  if (kind === 'sandbox' || kind === 'line') return kind;
  throw new Error(`channels.kind holds an unknown value: ${JSON.stringify(kind)}`);
}
