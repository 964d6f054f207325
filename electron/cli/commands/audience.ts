// `oa-planner audience import|list`: imports a user-ID / IFA file into an audience (all or nothing)
// and prints the report with plain integer counts; lists a channel's audiences.

import { writeFileSync } from 'node:fs';
import { resolveDataDirectory } from '../../app/environment';
import { openDataDirectory } from '../../storage/database';
import { importFile, type ImportTarget } from '../../audiences/import';
import { listAudiences } from '../../audiences/repository';
import { listChannels } from '../../storage/channels';
import type { Channel } from '../../../shared/domain/channel';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import type { ImportReport } from '../../../shared/audiences/id-import';
import { describeImportFailure } from '../../../shared/audiences/import-outcome';
import { daysUntilExpiry, effectiveStatus } from '../../../shared/audiences/lifecycle';
import { maxImportFileBytes, maxLocalAudienceMembers } from '../../../shared/audiences/limits';
import { importReportCsv } from '../../../shared/audiences/report-csv';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
  type CliIo,
} from '../command';

const help = `Usage: oa-planner audience import FILE --name NAME [--channel C] [--append] [--column COL]
                                [--report CSV] [--data-dir DIR]
       oa-planner audience list [--channel C] [--data-dir DIR]

import   reads a TXT or CSV file of LINE user IDs (U + 32 hex) or IFAs (UUIDs), one per
         line or in one column (found automatically, or --column N / --column HEADER),
         and creates the audience NAME, or adds to it with --append. UTF-8 (with or
         without BOM) and UTF-16, LF or CRLF, quotes, blank lines and a header row are
         fine. Invalid rows are reported with line numbers; duplicates are removed.
         All or nothing: on any error the audience is left as it was.
         Files over ${String(maxImportFileBytes)} bytes and audiences over ${String(maxLocalAudienceMembers)} IDs are refused.
list     prints the channel's audiences: id, kind, size, status, days to expiry, name.

Options:
  --channel C      channel id or name (may be left out when there is only one)
  --name NAME      audience name (at most 120 characters)
  --append         add to the existing audience NAME instead of creating it
  --column COL     column number (from 1) or header name of the IDs in a CSV
  --report CSV     also write the report (invalid lines included) as CSV
${dataDirHelp}
  -h, --help       show this help`;

function pickChannel(channels: readonly Channel[], wanted: string | undefined): Channel {
  if (wanted === undefined) {
    const [only, ...others] = channels;
    if (!only || others.length > 0) {
      throw new UsageError(
        `this data folder has ${String(channels.length)} channels; choose one with --channel (${channels.map((c) => `${String(c.id)} "${c.name}"`).join(', ')})`,
      );
    }
    return only;
  }
  const found =
    channels.find((c) => String(c.id) === wanted) ??
    channels.find((c) => c.name.toLowerCase() === wanted.toLowerCase());
  if (!found)
    throw new CliError(
      `there is no channel "${wanted}" (channels: ${channels.map((c) => `${String(c.id)} "${c.name}"`).join(', ')})`,
    );
  return found;
}

function printReport(io: CliIo, report: ImportReport): void {
  const lines: [string, number | string][] = [
    ['lines read', report.linesRead],
    ['valid', report.validRows],
    ['added', report.addedIds],
    ['duplicates', report.duplicatesInFile + report.alreadyInAudience],
    ['  in the file', report.duplicatesInFile],
    ['  already in the audience', report.alreadyInAudience],
    ['invalid', report.invalidRows],
  ];
  if (report.headerLine !== null) lines.push(['header row skipped at line', report.headerLine]);
  if (report.kind) lines.push(['id kind', report.kind === 'userId' ? 'LINE user IDs' : 'IFAs']);
  for (const [label, value] of lines) io.stdout(`${`${label}:`.padEnd(30)}${String(value)}`);
  for (const row of report.invalid) io.stdout(`  line ${String(row.line)}: ${row.reason}: ${row.text}`);
  if (report.invalidRows > report.invalid.length) {
    io.stdout(`  … and ${String(report.invalidRows - report.invalid.length)} more invalid rows`);
  }
}

function formatList(audiences: readonly AudienceSummary[], now: Date): string[] {
  const rows = audiences.map((a) => {
    const days = daysUntilExpiry(a, now);
    return [
      String(a.id),
      a.kind,
      a.size === null ? '~' : String(a.size),
      effectiveStatus(a, now),
      days === null ? '-' : String(days),
      a.name,
    ];
  });
  const header = ['id', 'kind', 'size', 'status', 'days left', 'name'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (r: string[]) =>
    r
      .map((cell, i) =>
        i === r.length - 1
          ? cell
          : i === 2 || i === 4
            ? cell.padStart(widths[i] ?? 0)
            : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ');
  return [format(header), ...rows.map(format)];
}

export const audienceCommand: CliCommand = {
  name: 'audience',
  help,
  options: {
    ...dataDirOption,
    channel: { type: 'string' },
    name: { type: 'string' },
    append: { type: 'boolean' },
    column: { type: 'string' },
    report: { type: 'string' },
  },
  async run(values, positionals, io) {
    const [action, ...rest] = positionals;
    if (action !== 'import' && action !== 'list') {
      throw new UsageError(
        action === undefined
          ? 'say what to do: import or list'
          : `unknown action "${action}" (import or list)`,
      );
    }
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const wantedChannel = typeof values.channel === 'string' ? values.channel : undefined;

    if (action === 'list') {
      if (rest.length > 0) throw new UsageError(`list takes no arguments (got "${rest[0] ?? ''}")`);
      const database = openDataDirectory(dataDirectory);
      try {
        const channel = pickChannel(listChannels(database.db), wantedChannel);
        const audiences = listAudiences(database.db, channel.id);
        if (audiences.length === 0)
          io.stdout(`No audiences in channel ${String(channel.id)} "${channel.name}".`);
        else for (const line of formatList(audiences, new Date())) io.stdout(line);
      } catch (error) {
        throw databaseFailure(database.file, error);
      } finally {
        database.close();
      }
      return 0;
    }

    const [file, ...extra] = rest;
    if (file === undefined) throw new UsageError('import needs a FILE');
    if (extra.length > 0) throw new UsageError(`import takes one FILE (got also "${extra[0] ?? ''}")`);
    const name = typeof values.name === 'string' ? values.name : undefined;
    if (name === undefined) throw new UsageError('import needs --name NAME');
    const columnText = typeof values.column === 'string' ? values.column : undefined;
    const column =
      columnText === undefined ? undefined : /^\d+$/.test(columnText) ? Number(columnText) : columnText;
    if (column === 0) throw new UsageError('--column counts from 1');

    const database = openDataDirectory(dataDirectory);
    try {
      const db = database.db;
      const channel = pickChannel(listChannels(db), wantedChannel);
      let target: ImportTarget;
      if (values.append) {
        const existing = listAudiences(db, channel.id).find(
          (a) => a.name.toLowerCase() === name.trim().toLowerCase(),
        );
        if (!existing)
          throw new CliError(`there is no audience "${name}" in channel "${channel.name}" to append to`);
        target = { mode: 'append', audienceId: existing.id };
      } else {
        target = { mode: 'create', channelId: channel.id, name };
      }
      let outcome;
      try {
        outcome = await importFile(db, file, target, column === undefined ? {} : { column });
      } catch (error) {
        const failure = databaseFailure(database.file, error);
        throw failure instanceof CliError
          ? failure
          : new CliError(error instanceof Error ? error.message : String(error));
      }
      if (typeof values.report === 'string' && outcome.report) {
        writeFileSync(values.report, importReportCsv(outcome.report, file));
      }
      if (!outcome.ok) {
        if (outcome.report && outcome.report.invalidRows > 0) printReport(io, outcome.report);
        throw new CliError(describeImportFailure(outcome.failure, file));
      }
      io.stdout(
        `${values.append ? 'Added to' : 'Created'} audience ${String(outcome.audience.id)} "${outcome.audience.name}" in channel "${channel.name}": ${String(outcome.audience.size ?? 0)} IDs.`,
      );
      printReport(io, outcome.report);
      return 0;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};
