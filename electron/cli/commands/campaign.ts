// `oa-planner campaign import|export|list`: campaign files in and out of a data folder (import is
// all or nothing, every problem named by its JSON path) and a channel's campaigns with their status,
// time, kind, reach and rule problems, as a table or JSON.

import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDataDirectory } from '../../app/environment';
import { checkStoredDraft, loadChannelFacts } from '../../campaigns/context';
import { exportCampaignFileText, importCampaignFileText } from '../../campaigns/files';
import { listCampaigns } from '../../campaigns/repository';
import { listOutbox } from '../../sync/outbox-store';
import { listChannels } from '../../storage/channels';
import { openDataDirectory, type AppDatabase } from '../../storage/database';
import { problemLine, type NamedRecord } from '../../../shared/campaigns/file';
import { chooseChannel } from '../channel-choice';
import { findingFixText, findingLine, findingText } from '../../../shared/campaigns/findings';
import type { Campaign } from '../../../shared/campaigns/model';
import { reachText, type ReachEstimate } from '../../../shared/campaigns/reach';
import { atMs, localAt, monthPattern, monthRange, monthOf } from '../../../shared/campaigns/time';
import { englishText } from '../../../shared/i18n/text';
import { campaignSyncState, type OutboxEntry } from '../../../shared/sync/outbox';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
  type CliIo,
} from '../command';

/** Campaign files larger than this are refused before reading (stated in the help). */
export const campaignFileMaxBytes = 64 * 1024 * 1024;

const help = `Usage: oa-planner campaign import FILE [--channel C] [--data-dir DIR]
       oa-planner campaign export --out FILE [--channel C] [--month YYYY-MM] [--data-dir DIR]
       oa-planner campaign list [--channel C] [--month YYYY-MM] [--json] [--data-dir DIR]

import   reads a campaign file (format "oa-planner.campaigns", version 1; see the README)
         and upserts its campaigns by key, with the planning figures it has. All or
         nothing: on any problem nothing changes, every problem is printed with its
         JSON path (campaigns[2].messages[0].text), and the exit code is 1. A sent
         campaign may be in the file only as it was sent. Files over ${String(campaignFileMaxBytes)} bytes
         are refused.
export   writes the channel's campaigns (of --month, in the channel's time zone, or
         all) and planning figures in the same format; importing it again changes
         nothing.
list     prints each campaign's key, status, send time, kind, reach and rule problems.

Options:
  --channel C      channel id or name (may be left out when there is only one; for
                   import, the file's "channel" is used when this is left out)
  --month YYYY-MM  only the campaigns of this month
  --out FILE       where export writes (an existing file is replaced)
  --json           list as JSON
${dataDirHelp}
  -h, --help       show this help`;

function readCampaignFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`cannot open ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new CliError(`${file} is not a regular file: save the campaign file and import that`);
    if (stat.size > campaignFileMaxBytes)
      throw new CliError(
        `${file} is ${String(stat.size)} bytes; campaign files over ${String(campaignFileMaxBytes)} bytes are refused`,
      );
    const bytes = readFileSync(fd);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\u0000')) throw new CliError(`${file} is not a text file (it holds binary data)`);
    return text;
  } finally {
    closeSync(fd);
  }
}

/** Writes next to the target and renames over it, so a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${String(process.pid)}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function month(values: Readonly<Record<string, string | boolean | undefined>>): string | null {
  const value = values.month;
  if (value === undefined) return null;
  if (typeof value !== 'string' || !monthPattern.test(value))
    throw new UsageError(`--month must be a month such as 2026-12 (got "${String(value)}")`);
  return value;
}

const reachCell = (reach: ReachEstimate, abTest: boolean): string => {
  const value = !reach.known ? '?' : reach.exact ? String(reach.expected) : `~${String(reach.expected)}`;
  return abTest ? `${value} (A/B)` : value;
};

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number>,
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1
          ? cell
          : right.has(i)
            ? cell.padStart(widths[i] ?? 0)
            : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/**
 * A campaign's requests in the outbox, for `campaign list`: its sync state, how many of its requests
 * LINE accepted, and what went wrong last (in English, with LINE's own message).
 */
function syncSummary(entries: readonly OutboxEntry[]) {
  const problem = entries.find((e) => e.state !== 'done' && e.lastError !== null)?.lastError ?? null;
  return {
    state: campaignSyncState(entries),
    requests: entries.length,
    accepted: entries.filter((e) => e.acceptedRequestId !== null || e.requestId !== null).length,
    requestIds: entries.flatMap((e) => {
      const id = e.acceptedRequestId ?? e.requestId;
      return id === null ? [] : [id];
    }),
    error: problem === null ? null : englishText(problem),
    lineMessage: problem?.lineMessage ?? null,
  };
}

function listCommand(
  database: AppDatabase,
  channel: NamedRecord,
  wantedMonth: string | null,
  json: boolean,
  io: CliIo,
): void {
  const db = database.db;
  const facts = loadChannelFacts(db, channel.id);
  const zone = facts.planning.timeZone;
  const now = new Date();
  let campaigns: Campaign[] = listCampaigns(db, channel.id);
  if (wantedMonth !== null) {
    const { start, end } = monthRange(wantedMonth, zone);
    const current = monthOf(now.getTime(), zone) === wantedMonth;
    campaigns = campaigns.filter((c) => (c.at === null ? current : atMs(c.at) >= start && atMs(c.at) < end));
  }
  const entries = new Map<number, OutboxEntry[]>();
  for (const entry of listOutbox(db, channel.id))
    if (entry.campaignId !== null)
      entries.set(entry.campaignId, [...(entries.get(entry.campaignId) ?? []), entry]);
  const checked = campaigns.map((campaign) => ({
    campaign,
    check: checkStoredDraft(db, facts, campaign, campaign.id, campaign.status, now),
    sync: syncSummary(entries.get(campaign.id) ?? []),
  }));
  if (json) {
    io.stdout(
      JSON.stringify(
        {
          channel: channel.name,
          channelId: channel.id,
          timeZone: zone,
          month: wantedMonth,
          campaigns: checked.map(({ campaign, check, sync }) => ({
            key: campaign.key,
            title: campaign.title,
            status: campaign.status,
            at: campaign.at,
            localAt: campaign.at === null ? null : localAt(campaign.at, zone),
            kind: campaign.sendKind,
            abTest: campaign.abTest !== null,
            // What sync recorded: LINE's X-Line-Request-Id and when it was accepted.
            requestId: campaign.delivery.requestId,
            sentAt: campaign.delivery.sentAt,
            sync,
            reach: {
              low: check.reach.low,
              expected: check.reach.expected,
              high: check.reach.high,
              exact: check.reach.exact,
              known: check.reach.known,
              approximate: check.reach.approximate,
              asOf: check.reach.asOf,
              text: englishText(reachText(check.reach)),
            },
            canBeReady: check.canBeReady,
            findings: check.findings.map((f) => ({
              severity: f.severity,
              code: f.code,
              path: f.path,
              problem: englishText(findingText(f)),
              fix: englishText(findingFixText(f)),
            })),
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  if (checked.length === 0) {
    io.stdout(
      `No campaigns in channel ${String(channel.id)} "${channel.name}"${wantedMonth ? ` in ${wantedMonth}` : ''}.`,
    );
    return;
  }
  const count = (n: number, word: string) => (n === 0 ? '' : `${String(n)} ${word}${n === 1 ? '' : 's'}`);
  const rows = checked.map(({ campaign, check, sync }) => {
    const errors = check.findings.filter((f) => f.severity === 'error').length;
    const warnings = check.findings.length - errors;
    return [
      campaign.key,
      campaign.status,
      campaign.at === null ? 'next sync' : localAt(campaign.at, zone),
      campaign.sendKind,
      reachCell(check.reach, campaign.abTest !== null),
      sync.state,
      [count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ') || 'ok',
    ];
  });
  io.stdout(
    `Channel ${String(channel.id)} "${channel.name}", times in ${zone}; reach is approximate (~), based on data up to 3 days old.`,
  );
  for (const line of table(
    ['key', 'status', 'time', 'kind', 'reach', 'sync', 'problems'],
    rows,
    new Set([4]),
  ))
    io.stdout(line);
  const problems = checked.filter(({ check }) => check.findings.length > 0);
  if (problems.length === 0) return;
  io.stdout('');
  for (const { campaign, check } of problems) {
    io.stdout(`${campaign.key}:`);
    for (const f of check.findings) io.stdout(`  ${f.severity}: ${englishText(findingLine(f))}`);
  }
}

export const campaignCommand: CliCommand = {
  name: 'campaign',
  help,
  options: {
    ...dataDirOption,
    channel: { type: 'string' },
    month: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    const [action, ...rest] = positionals;
    if (action !== 'import' && action !== 'export' && action !== 'list') {
      throw new UsageError(
        action === undefined
          ? 'say what to do: import, export or list'
          : `unknown action "${action}" (import, export or list)`,
      );
    }
    const wantedChannel = typeof values.channel === 'string' ? values.channel : undefined;
    const wantedMonth = month(values);
    if (action === 'import') {
      const [file, ...extra] = rest;
      if (file === undefined) throw new UsageError('import needs a FILE');
      if (extra.length > 0) throw new UsageError(`import takes one FILE (got also "${extra[0] ?? ''}")`);
      if (wantedMonth !== null || values.out !== undefined || values.json)
        throw new UsageError('import takes only FILE, --channel and --data-dir');
    } else if (rest.length > 0)
      throw new UsageError(`${action} takes no FILE argument (got "${rest[0] ?? ''}")`);
    if (action === 'export' && (typeof values.out !== 'string' || values.out === ''))
      throw new UsageError('export needs --out FILE');
    if (action !== 'list' && values.json) throw new UsageError('--json is for list');

    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const text = action === 'import' ? readCampaignFile(rest[0] ?? '') : '';
    const database = openDataDirectory(dataDirectory);
    try {
      const db = database.db;
      const channels = listChannels(db);
      if (action === 'import') {
        const file = rest[0] ?? '';
        const outcome = importCampaignFileText(db, text, { channel: wantedChannel ?? null });
        if (!outcome.ok) {
          const lines = outcome.problems.map((p) => `  ${englishText(problemLine(p))}`);
          throw new CliError(
            [
              `${file} was not imported and nothing was changed; fix these ${String(outcome.problems.length)} problems:`,
              ...lines,
            ].join('\n'),
          );
        }
        const { channel, created, updated, unchanged, planningChanged } = outcome.result;
        io.stdout(
          `Imported ${file} into channel ${String(channel.id)} "${channel.name}": ${String(created.length)} created, ${String(updated.length)} updated, ${String(unchanged.length)} unchanged${planningChanged ? '; planning figures saved' : ''}.`,
        );
        return 0;
      }
      const channel = chooseChannel(channels, wantedChannel);
      if (action === 'export') {
        const out = path.resolve(String(values.out));
        const textOut = exportCampaignFileText(db, channel.id, wantedMonth);
        writeAtomically(out, textOut);
        const count = (JSON.parse(textOut) as { campaigns: unknown[] }).campaigns.length;
        io.stdout(
          `Wrote ${String(count)} campaigns of channel ${String(channel.id)} "${channel.name}"${wantedMonth ? ` (${wantedMonth})` : ''} to ${out}.`,
        );
        return 0;
      }
      listCommand(database, channel, wantedMonth, values.json === true, io);
      return 0;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};
