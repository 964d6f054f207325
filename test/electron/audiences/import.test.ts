// Importing files into audiences against a real SQLite file: all or nothing, appends, the bad
// inputs (binary, empty, only invalid rows, mixed kinds, a 3 GB file, a file vanishing mid-read),
// the chunked API used by the UI, and the `oa-planner audience` command.

import { execFileSync } from 'node:child_process';
import {
  closeSync,
  openSync,
  ftruncateSync,
  mkdirSync,
  unlinkSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, readFileInto, prepareImport } from '../../../electron/audiences/import';
import { loadMembers, membersPerBlock } from '../../../electron/audiences/repository';
import { runCli } from '../../../electron/cli/cli';
import { formatPackedId } from '../../../shared/audiences/ids';
import { maxImportFileBytes } from '../../../shared/audiences/limits';
import { runCliProcessesTogether } from '../../helpers/cli';
import { openTempDatabase } from '../../helpers/temp-database';
import { makeTempDir } from '../../helpers/temp-dir';
import { openTestApp } from '../../helpers/test-handlers';
import { createApiClient } from '../../../shared/api/client';
import { createWireApiTestDouble } from '../../../shared/api/test-double';

const u = (n: number) => `U${n.toString(16).padStart(32, '0')}`;
const ifa = (n: number) => `00000000-0000-0000-0000-${n.toString(16).padStart(12, '0')}`;

function file(dir: string, name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

function members(db: ReturnType<typeof openTempDatabase>['db'], audienceId: number): string[] {
  const packed = loadMembers(db, audienceId);
  const out: string[] = [];
  for (let at = 0; at < packed.length; at += 4) out.push(formatPackedId('userId', packed, at));
  return out.sort();
}

function tableCounts(db: ReturnType<typeof openTempDatabase>['db']) {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM audiences) AS audiences, (SELECT count(*) FROM audience_member_blocks) AS blocks,
              (SELECT count(*) FROM audience_uploads) AS uploads, (SELECT coalesce(sum(member_count), 0) FROM audiences) AS members`,
    )
    .get();
}

describe('importFile', () => {
  it('stores a large upload in several blocks and reads every member back in order', async () => {
    const { db, dir } = openTempDatabase();
    const count = membersPerBlock * 2 + 100;
    const ids = Array.from({ length: count }, (_, i) => u(i * 7919 + 1));
    const created = await importFile(db, file(dir, 'big.txt', `${ids.join('\n')}\n`), {
      mode: 'create',
      channelId: 1,
      name: 'Big',
    });
    if (!created.ok) throw new Error(created.failure.reason);
    const more = Array.from({ length: membersPerBlock + 5 }, (_, i) => u(i * 7919 + 2));
    const appended = await importFile(db, file(dir, 'more.txt', more.join('\n')), {
      mode: 'append',
      audienceId: created.audience.id,
    });
    expect(appended).toMatchObject({ ok: true, audience: { size: count + more.length } });
    const blocks = db
      .prepare(
        'SELECT block, member_count AS n FROM audience_member_blocks WHERE audience_id = ? ORDER BY block',
      )
      .all(created.audience.id) as { block: number; n: number }[];
    expect(blocks.map((b) => b.n)).toEqual([membersPerBlock, membersPerBlock, 100, membersPerBlock, 5]);
    expect(blocks.map((b) => b.block)).toEqual([0, 1, 2, 3, 4]);
    // Upload by upload, each in ascending order, as counts expect.
    const packed = loadMembers(db, created.audience.id);
    const stored: string[] = [];
    for (let at = 0; at < packed.length; at += 4) stored.push(formatPackedId('userId', packed, at));
    expect(stored).toEqual([...[...ids].sort(), ...[...more].sort()]);
  });

  it('creates an upload audience from a file and appends a second file, counting duplicates', async () => {
    const { db, dir } = openTempDatabase();
    const first = await importFile(
      db,
      file(dir, 'a.csv', `\ufeffuserId\r\n${u(1)}\r\n${u(2)}\r\n${u(2)}\r\nbad\r\n`),
      {
        mode: 'create',
        channelId: 1,
        name: 'Spring VIP',
      },
    );
    expect(first).toMatchObject({
      ok: true,
      audience: { name: 'Spring VIP', kind: 'upload', idKind: 'userId', size: 2, status: 'local' },
      report: {
        addedIds: 2,
        duplicatesInFile: 1,
        invalidRows: 1,
        invalid: [{ line: 5, reason: 'not-an-id', text: 'bad' }],
      },
    });
    if (!first.ok) return;
    const second = await importFile(db, file(dir, 'b.txt', `${u(2)}\n${u(3)}\n`), {
      mode: 'append',
      audienceId: first.audience.id,
    });
    expect(second).toMatchObject({
      ok: true,
      audience: { size: 3 },
      report: { addedIds: 1, alreadyInAudience: 1 },
    });
    expect(members(db, first.audience.id)).toEqual([u(1), u(2), u(3)]);
    expect(
      db.prepare('SELECT file_name, first_member, added FROM audience_uploads ORDER BY id').all(),
    ).toEqual([
      { file_name: 'a.csv', first_member: 0, added: 2 },
      { file_name: 'b.txt', first_member: 2, added: 1 },
    ]);
  });

  it('leaves everything as it was on any bad input', async () => {
    const { db, dir } = openTempDatabase();
    const ok = await importFile(db, file(dir, 'ok.txt', `${u(1)}\n`), {
      mode: 'create',
      channelId: 1,
      name: 'Base',
    });
    if (!ok.ok) throw new Error('setup failed');
    const before = tableCounts(db);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const cases: [string, string | Uint8Array, string][] = [
      ['binary.txt', png, 'binary'],
      ['empty.txt', '', 'empty'],
      ['invalid.txt', 'userId\nfoo\nbar\n', 'no-valid-ids'],
      ['mixed.txt', `${u(5)}\n${ifa(6)}\n`, 'mixed-kinds'],
      ['ifa.txt', `${ifa(6)}\n`, 'mixed-kinds'],
    ];
    for (const [name, content, reason] of cases) {
      const target =
        name === 'ifa.txt'
          ? { mode: 'append' as const, audienceId: ok.audience.id }
          : { mode: 'create' as const, channelId: 1, name };
      const outcome = await importFile(db, file(dir, name, content), target);
      expect(outcome, name).toMatchObject({ ok: false, failure: { reason } });
      expect(tableCounts(db), name).toEqual(before);
    }
  });

  it('refuses a 3 GB file from its size, without reading it', async () => {
    const { db } = openTempDatabase();
    const dir = makeTempDir();
    const huge = path.join(dir, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3); // sparse: takes no disk space
    closeSync(fd);
    const outcome = await importFile(db, huge, { mode: 'create', channelId: 1, name: 'Huge' });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'too-large', limit: maxImportFileBytes, bytes: 3 * 1024 ** 3 },
    });
    expect(tableCounts(db)).toMatchObject({ audiences: 0 });
  });

  it('stops at the limit while streaming, even when the file grows past its announced size', async () => {
    const { db, dir } = openTempDatabase();
    const target = file(dir, 'grow.txt', `${u(1)}\n`.repeat(100));
    const parser = prepareImport(db, { mode: 'create', channelId: 1, name: 'Grow' });
    await readFileInto(parser, target, { maxBytes: 1000, chunkBytes: 340 });
    expect(parser.finish()).toMatchObject({ ok: false, failure: { reason: 'too-large', limit: 1000 } });
  });

  it('fails, importing nothing, when the file vanishes mid-read', async () => {
    const { db, dir } = openTempDatabase();
    const target = file(dir, 'vanish.txt', `${u(1)}\n${u(2)}\n`.repeat(2000));
    const outcome = await importFile(
      db,
      target,
      { mode: 'create', channelId: 1, name: 'Vanish' },
      {
        chunkBytes: 4096,
        onProgress: (read) => {
          if (read === 4096) unlinkSync(target);
        },
      },
    );
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'read-error', detail: expect.stringContaining('deleted') as string },
    });
    expect(tableCounts(db)).toMatchObject({ audiences: 0, blocks: 0 });
  });

  it('fails when the file is cut short mid-read', async () => {
    const { db, dir } = openTempDatabase();
    const target = file(dir, 'cut.txt', `${u(1)}\n`.repeat(2000));
    const outcome = await importFile(
      db,
      target,
      { mode: 'create', channelId: 1, name: 'Cut' },
      {
        chunkBytes: 4096,
        onProgress: (read) => {
          if (read === 4096) writeFileSync(target, `${u(1)}\n`);
        },
      },
    );
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'read-error' } });
    expect(tableCounts(db)).toMatchObject({ audiences: 0 });
  });

  it('enforces the name rules and the 1,000-audience limit before reading', async () => {
    const { db, dir } = openTempDatabase();
    const source = file(dir, 'a.txt', `${u(1)}\n`);
    await expect(
      importFile(db, source, { mode: 'create', channelId: 1, name: 'x'.repeat(121) }),
    ).rejects.toThrow(/120 characters/);
    await importFile(db, source, { mode: 'create', channelId: 1, name: 'Same' });
    await expect(importFile(db, source, { mode: 'create', channelId: 1, name: 'SAME' })).rejects.toThrow(
      /already has this name/,
    );
    const insert = db.prepare(
      "INSERT INTO audiences (channel_id, name, kind, id_kind, member_count) VALUES (1, ?, 'upload', 'userId', 0)",
    );
    db.transaction(() => {
      for (let i = 1; i < 1000; i++) insert.run(`A${String(i)}`);
    })();
    await expect(importFile(db, source, { mode: 'create', channelId: 1, name: 'One more' })).rejects.toThrow(
      /1000 audiences/,
    );
  });
});

describe('chunked import through the API', () => {
  it('uploads a file in chunks, reports progress, and can be cancelled without a trace', async () => {
    const app = openTestApp();
    const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
    const bytes = Buffer.from(
      `userId\n${Array.from({ length: 500 }, (_, i) => u(i % 400)).join('\n')}\nnope\n`,
    );
    const { importId } = await api.beginAudienceImport({
      target: { mode: 'create', channelId: 1, name: 'Chunked' },
      fileName: 'ids.txt',
      totalBytes: bytes.length,
    });
    let offset = 0;
    let progress;
    for (; offset < bytes.length; offset += 1000) {
      progress = await api.appendAudienceImportChunk(
        importId,
        offset,
        bytes.subarray(offset, offset + 1000).toString('base64'),
      );
    }
    expect(progress).toMatchObject({ receivedBytes: bytes.length, totalBytes: bytes.length });
    const outcome = await api.finishAudienceImport(importId);
    expect(outcome).toMatchObject({
      ok: true,
      audience: { size: 400 },
      report: { duplicatesInFile: 100, invalidRows: 1 },
    });
    expect(app.events).toContainEqual({ event: 'audiencesChanged', payload: { channelId: 1 } });

    const second = await api.beginAudienceImport({
      target: { mode: 'create', channelId: 1, name: 'Cancelled' },
      fileName: 'ids.txt',
      totalBytes: bytes.length,
    });
    await api.appendAudienceImportChunk(second.importId, 0, bytes.subarray(0, 1000).toString('base64'));
    await expect(api.appendAudienceImportChunk(second.importId, 5, 'QQ==')).rejects.toThrow(
      /does not follow/,
    );
    await api.cancelAudienceImport(second.importId);
    await expect(api.finishAudienceImport(second.importId)).rejects.toThrow(/no longer open/);
    expect((await api.listAudiences(1)).map((a) => a.name)).toEqual(['Chunked']);
  });

  it('caps a count above the friends entered, and warns when IFAs meet user IDs in an AND', async () => {
    const app = openTestApp();
    const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
    const upload = async (name: string, lines: readonly string[]) => {
      const bytes = Buffer.from(lines.join('\n'));
      const { importId } = await api.beginAudienceImport({
        target: { mode: 'create', channelId: 1, name },
        fileName: `${name}.txt`,
        totalBytes: bytes.length,
      });
      await api.appendAudienceImportChunk(importId, 0, bytes.toString('base64'));
      const outcome = await api.finishAudienceImport(importId);
      if (!outcome.ok) throw new Error(outcome.failure.reason);
      return outcome.audience.id;
    };
    const n = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    const a = await upload('A', n(0, 1500).map(u));
    const b = await upload('B', n(1000, 2200).map(u));
    // The same 128 bits as A's user IDs: IFAs and user IDs are still never the same person.
    const devices = await upload('Devices', n(0, 300).map(ifa));
    const aOrB = {
      type: 'or' as const,
      operands: [
        { type: 'audience' as const, audienceId: a },
        { type: 'audience' as const, audienceId: b },
      ],
    };

    const capped = await api.countAudienceExpression(1, aOrB, { targetReach: 1000 });
    expect(capped.count).toEqual({ kind: 'estimate', low: 0, expected: 1000, high: 1000 });
    expect(capped.problems).toContainEqual({ code: 'count-capped', counted: 2200, friends: 1000 });
    const fits = await api.countAudienceExpression(1, aOrB, { targetReach: 5000 });
    expect(fits.count).toEqual({ kind: 'exact', count: 2200 });
    expect(fits.problems.map((p) => p.code)).not.toContain('count-capped');

    const mixed = await api.countAudienceExpression(
      1,
      {
        type: 'and',
        operands: [
          { type: 'audience', audienceId: devices },
          { type: 'audience', audienceId: a },
        ],
      },
      { targetReach: null },
    );
    expect(mixed.count).toEqual({ kind: 'exact', count: 0 });
    expect(mixed.problems).toContainEqual({
      code: 'id-kinds-never-match',
      ifa: { type: 'audience', audienceId: devices },
      userId: { type: 'audience', audienceId: a },
    });
    const either = await api.countAudienceExpression(
      1,
      {
        type: 'or',
        operands: [
          { type: 'audience', audienceId: devices },
          { type: 'audience', audienceId: a },
        ],
      },
      { targetReach: null },
    );
    expect(either.count).toEqual({ kind: 'exact', count: 1800 });
    expect(either.problems.map((p) => p.code)).not.toContain('id-kinds-never-match');
  });

  it('counts an expression over imported audiences and refuses invalid arguments', async () => {
    const app = openTestApp();
    const api = createApiClient(createWireApiTestDouble(app.handlers).wire);
    const upload = async (name: string, from: number, to: number) => {
      const bytes = Buffer.from(Array.from({ length: to - from }, (_, i) => u(from + i)).join('\n'));
      const { importId } = await api.beginAudienceImport({
        target: { mode: 'create', channelId: 1, name },
        fileName: `${name}.txt`,
        totalBytes: bytes.length,
      });
      await api.appendAudienceImportChunk(importId, 0, bytes.toString('base64'));
      const outcome = await api.finishAudienceImport(importId);
      if (!outcome.ok) throw new Error(outcome.failure.reason);
      return outcome.audience.id;
    };
    const a = await upload('A', 0, 100);
    const b = await upload('B', 50, 200);
    const result = await api.countAudienceExpression(
      1,
      {
        type: 'and',
        operands: [
          { type: 'audience', audienceId: a },
          { type: 'not', operand: { type: 'audience', audienceId: b } },
        ],
      },
      { targetReach: null },
    );
    expect(result.count).toEqual({ kind: 'exact', count: 50 });
    expect(result.operands.map((o) => o.label)).toEqual(['A', 'B']);
    await expect(
      api.countAudienceExpression(1, { type: 'xor' } as never, { targetReach: null }),
    ).rejects.toThrow(/invalid|argument 2/i);
    await expect(
      api.beginAudienceImport({
        target: { mode: 'create', channelId: 1, name: 'Big' },
        fileName: 'big.txt',
        totalBytes: 3 * 1024 ** 3,
      }),
    ).rejects.toThrow(/refused/);
  });
});

describe('oa-planner audience', () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('imports, appends, lists, writes the CSV report, and fails cleanly', async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    const source = file(dir, 'ids.csv', `userId\n${u(1)}\n${u(1)}\nnot an id\n${u(2)}\n`);
    const created = await cli([
      'audience',
      'import',
      source,
      '--name',
      'VIP',
      '--data-dir',
      data,
      '--report',
      path.join(dir, 'r.csv'),
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created audience 1 "VIP" in channel "Sandbox": 2 IDs/);
    expect(created.stdout).toMatch(/valid:\s+3\n/);
    expect(created.stdout).toMatch(/duplicates:\s+1\n/);
    expect(created.stdout).toMatch(/invalid:\s+1\n/);
    expect(created.stdout).toContain('line 4: not-an-id: not an id');
    expect(readFileSync(path.join(dir, 'r.csv'), 'utf8')).toContain('4,not-an-id,not an id');

    const appended = await cli([
      'audience',
      'import',
      file(dir, 'more.txt', `${u(3)}\n`),
      '--name',
      'vip',
      '--append',
      '--channel',
      'Sandbox',
      '--data-dir',
      data,
    ]);
    expect(appended.code).toBe(0);
    expect(appended.stdout).toContain('Added to audience 1 "VIP"');

    const listed = await cli(['audience', 'list', '--data-dir', data]);
    expect(listed.stdout).toMatch(/1\s+upload\s+3\s+local\s+-\s+VIP/);

    const mixed = await cli([
      'audience',
      'import',
      file(dir, 'mixed.txt', `${u(9)}\n${ifa(9)}\n`),
      '--name',
      'Mixed',
      '--data-dir',
      data,
    ]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(
      'mixed.txt holds IFAs (advertising IDs), but line 1 holds LINE user IDs. One audience cannot mix the two.',
    );
    expect(mixed.stderr).toMatch(/Line 2 of \S*mixed\.txt/);

    expect((await cli(['audience', 'import', source, '--data-dir', data])).code).toBe(2);
    expect(
      (await cli(['audience', 'import', source, '--name', 'X', '--channel', 'Nope', '--data-dir', data]))
        .stderr,
    ).toContain('no channel "Nope"');
  });

  it('refuses a named pipe or a folder at once, naming it, without waiting for a writer', async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    const notFiles: string[] = [];
    // Named pipes exist in the file system on POSIX only.
    if (process.platform !== 'win32') {
      const pipe = path.join(dir, 'ids.pipe');
      execFileSync('mkfifo', [pipe]);
      notFiles.push(pipe);
    }
    notFiles.push(path.join(dir, 'a folder'));
    mkdirSync(path.join(dir, 'a folder'));
    for (const target of notFiles) {
      // A real process: a blocked open would hang it (and fail this test) rather than the test's thread.
      const [run] = await runCliProcessesTogether([
        ['audience', 'import', target, '--name', 'Piped', '--data-dir', data],
      ]);
      expect(run?.status, target).toBe(1);
      expect(run?.stderr).toBe(
        `oa-planner audience: ${target} is ${target.endsWith('.pipe') ? 'a named pipe' : 'a folder'}, not a regular file: save the IDs to a TXT or CSV file and import that.\n`,
      );
    }
    expect((await cli(['audience', 'list', '--data-dir', data])).stdout).toContain('No audiences');
  });

  it('reports binary data at the line where it is, not line 1', async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    const withNul = file(dir, 'nul.txt', `${u(1)}\nU\0\0\0${'0'.repeat(29)}\n${u(3)}\n`);
    const result = await cli(['audience', 'import', withNul, '--name', 'Nul', '--data-dir', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nul.txt is not a text file (binary data at line 2)');
    const crOnly = file(dir, 'cr.txt', `${u(1)}\r${u(2)}\rU\0\0\r`);
    expect((await cli(['audience', 'import', crOnly, '--name', 'Cr', '--data-dir', data])).stderr).toContain(
      'binary data at line 3',
    );
  });
});
