// The channels repository: row mapping and ordering.

import { describe, expect, it } from 'vitest';
import { getChannel, listChannels } from '../../../electron/storage/channels';
import { openMemoryDatabase } from '../../helpers/temp-database';

describe('channels repository', () => {
  it('lists the default Sandbox channel with a camelCase ISO createdAt', () => {
    const { db } = openMemoryDatabase();
    const channels = listChannels(db);
    expect(channels).toEqual([
      { id: 1, name: 'Sandbox', kind: 'sandbox', createdAt: expect.any(String) as string },
    ]);
    const createdAt = channels[0]?.createdAt ?? '';
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(createdAt).toISOString()).toBe(createdAt);
  });

  it('orders by id, not by name or insertion of ids', () => {
    const { db } = openMemoryDatabase();
    const insert = db.prepare("INSERT INTO channels (id, name, kind, created_at) VALUES (?, ?, 'line', ?)");
    insert.run(10, 'Alpha', '2024-01-01T00:00:00.000Z');
    insert.run(5, 'Zulu', '2025-01-01T00:00:00.000Z');
    expect(listChannels(db).map((c) => [c.id, c.name])).toEqual([
      [1, 'Sandbox'],
      [5, 'Zulu'],
      [10, 'Alpha'],
    ]);
  });

  it('gets one channel by id, or undefined', () => {
    const { db } = openMemoryDatabase();
    db.prepare(
      "INSERT INTO channels (name, kind, created_at) VALUES ('Shop', 'line', '2024-05-06T07:08:09.010Z')",
    ).run();
    expect(getChannel(db, 2)).toEqual({
      id: 2,
      name: 'Shop',
      kind: 'line',
      createdAt: '2024-05-06T07:08:09.010Z',
    });
    expect(getChannel(db, 1)?.kind).toBe('sandbox');
    expect(getChannel(db, 999)).toBeUndefined();
  });
});
