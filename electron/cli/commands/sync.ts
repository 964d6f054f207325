// `oa-planner sync [--channel C] [--dry-run] [--yes] [--pull-only] [--watch] [--json]`: pulls the
// channel's state from LINE first (quota, consumption, friends, audiences, progress, statistics);
// with --pull-only prints what changed and stops. Otherwise shows what would be sent to LINE (the
// outbox's open entries and the campaigns planned for the next sync, with their cost against the
// quota left); --dry-run stops there (exit 0); with --yes, or the user's yes on a terminal, queues
// those campaigns and drains the outbox, one worker per data folder; without either it exits 2.
// --watch then stays running: scheduled sends are dispatched when due (missed ones are listed and
// left for the user), and when LINE can be reached again after a failed check, the channel is pulled
// and its outbox drained, until SIGINT or SIGTERM. Exit 0 when everything is done, 1 when something
// failed or waits (each listed with LINE's message; the outbox keeps it) or LINE is offline.

import { resolveDataDirectory } from '../../app/environment';
import { createChannelManager } from '../../channels/manager';
import { createNodeSecretStores } from '../../channels/secret-stores';
import { createSandboxService } from '../../sandbox/service';
import { listChannels } from '../../storage/channels';
import { openDataDirectory } from '../../storage/database';
import { channelConnection } from '../../sync/connection';
import { pullChannel, PullOffline } from '../../sync/pull';
import { describePull } from '../../sync/pull-output';
import { createSyncEngine, diffSend } from '../../sync/handlers';
import { startEngineOnlineSync } from '../../sync/online';
import type { SyncDiffAudience } from '../../../shared/sync/contract';
import { campaignsForNextSync, describeOutbox, pushChannel, type OutboxLine } from '../../sync/push';
import { queueCampaignSend } from '../../sync/queue';
import { createScheduler, type HeldSchedule } from '../../sync/scheduler';
import { ApiError } from '../../../shared/api/result';
import { englishText } from '../../../shared/i18n/text';
import type { PullReport } from '../../../shared/sync/pull';
import { finishedOutboxStates, isRichMenuEntryKind } from '../../../shared/sync/outbox';
import type { SyncDiffRichMenu, SyncDiffSend } from '../../../shared/sync/contract';
import { richMenuDiff } from '../../sync/richmenus';
import { channelHelp, channelOption, chooseChannel } from '../channel-choice';
import { closeOnStopSignal } from '../stop-signal';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
} from '../command';

const help = `Usage: oa-planner sync [--channel C] [--dry-run] [--yes] [--pull-only] [--watch] [--json]
                       [--data-dir DIR]

Pulls the channel's state from LINE first: the month's quota and the messages
used (they replace the figures entered by hand in the forecast), followers,
target reach, blocks and demographics (dated, for the reach estimates), the
audiences on LINE (those made in Official Account Manager are kept read-only),
the progress of narrowcasts and the statistics of sent broadcasts and
narrowcasts. Insight calls are limited to 60 an hour and audience calls to 60
a minute per channel; a spent kind is skipped and the time of its next pull
is shown. Offline, nothing is changed and it exits 1.

Then shows what would be sent to LINE: the changes already queued, and the
campaigns that are ready and planned "at the next sync", each with its
recipients and the messages it costs against the month's quota left, and the
rich menus queued by "oa-planner richmenu publish" (created or replaced), and the
audiences to be created on LINE first for those campaigns. Nothing
leaves without your go: --yes gives it; on a terminal you are asked; without a
terminal the list is printed, nothing is sent, and it exits 2. With the go, the
campaigns are queued and every queued send is validated by LINE first, checked
against the month's quota, then sent with a retry key kept in the outbox, so a
send interrupted at any moment (a crash, a lost connection, LINE answering
500) is tried again and never arrives twice. A campaign sent to an audience
that is not on LINE yet uploads the audience first (in files of up to
1,500,000 IDs, the members read from this data folder); the send waits until
LINE has the audience ready, and sync waits with it, telling the progress on
standard error.

With --watch it then keeps running until Ctrl+C (or SIGTERM): campaigns
scheduled for a time are sent when it comes (you gave their go when you
scheduled them); a schedule whose time passed before the watch started is
listed and not sent late: send it from the Sync section or give it a new time.
When LINE cannot be reached it waits, checking every 30 seconds; once LINE
answers again the channel is pulled and what was queued meanwhile is sent.

Options:
${channelHelp}
  --dry-run        pull, then show what would be sent; send and queue nothing
  --yes            send what is shown (without it nothing leaves)
  --pull-only      pull from LINE, print what changed, and send nothing
  --watch          keep running: send scheduled campaigns when due, and what
                   was queued when LINE can be reached again
  --json           print the pull (and the outbox entries) as JSON; with
                   --watch, then one JSON line for each entry that finishes
${dataDirHelp}
  -h, --help       show this help

Exit status: 0 when everything is done (and after a dry run), 1 when something
failed or is waiting (listed with LINE's message) or LINE cannot be reached
(offline), 2 when nothing was sent for want of --yes (or a usage mistake).`;

function line(entry: OutboxLine): string {
  const what = `${entry.campaign ?? entry.audience ?? `entry ${String(entry.id)}`}${entry.part > 0 ? ` (part ${String(entry.part + 1)})` : ''}`;
  const cost = `${entry.kind}, ${String(entry.cost)} messages`;
  const outcome =
    entry.state === 'done'
      ? `done, request ID ${entry.requestId ?? '?'}`
      : entry.error
        ? `${entry.state}: ${englishText(entry.error)}${
            entry.error.details?.length
              ? ` (${entry.error.details.map((d) => (d.property ? `${d.property}: ${d.message}` : d.message)).join('; ')})`
              : ''
          }`
        : entry.state;
  const winner =
    entry.abTestWinner === null ? '' : ` — winner: variant ${String.fromCharCode(65 + entry.abTestWinner)}`;
  return `${what} — ${cost} — ${outcome}${winner}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** A campaign to be queued: its recipients and cost, or why it cannot be queued yet. */
function nextLine(send: SyncDiffSend): string {
  const head = `${send.title} — to be queued (at the next sync)`;
  if (send.refusal)
    return `${head} — cannot be sent yet: ${[send.refusal.text, ...send.refusal.details].map(englishText).join('; ')}`;
  const requests = send.requests > 1 ? ` in ${String(send.requests)} requests` : '';
  return `${head} — ${send.sendKind} to ${count(send.recipients)} recipients${requests}, ${count(send.cost)} messages`;
}

/** The total against what the pulled quota leaves this month. */
function quotaLine(pulled: PullReport, cost: number): string {
  const left =
    pulled.quota?.type === 'limited' && pulled.quota.value !== null && pulled.consumption
      ? Math.max(0, pulled.quota.value - pulled.consumption.messages)
      : null;
  return left === null
    ? `Messages: ${count(cost)} to send (no monthly limit)`
    : `Messages: ${count(cost)} to send, ${count(left)} left this month${cost > left ? ' — more than is left' : ''}`;
}

function missedLine(held: HeldSchedule): string {
  return held.reason === 'missed'
    ? `${held.title} — scheduled for ${held.at}, missed while nothing was running: not sent. Send it from the Sync section or give it a new time.`
    : `${held.title} — scheduled for ${held.at}, not sent: ${held.error ? englishText(held.error) : '?'}`;
}

/** An audience a push creates on LINE before the sends that name it. */
function audienceLine(a: SyncDiffAudience): string {
  const size =
    a.members === null
      ? ''
      : ` (${String(a.members)} members, ${String(a.files)} file${a.files === 1 ? '' : 's'})`;
  return `Audience “${a.name}” — to be created on LINE first${size}, for ${a.for.join(', ')}`;
}

/** What a queued rich-menu entry changes on LINE, a line per menu (or per link). */
function richMenuLines(item: SyncDiffRichMenu): string[] {
  if (item.link)
    return [
      englishText({
        key: 'sync.richMenuLink',
        params: { project: item.project, users: item.link.users, id: item.link.richMenuId },
      }),
    ];
  if (item.changes.length === 0) return [`${item.project}: rich menus unchanged (nothing to create)`];
  return item.changes.map((change) =>
    englishText(
      change.action === 'create'
        ? { key: 'sync.richMenuCreate', params: { project: item.project, name: change.name } }
        : {
            key: 'sync.richMenuReplace',
            params: { project: item.project, name: change.name, id: change.replaces ?? '' },
          },
    ),
  );
}

export const syncCommand: CliCommand = {
  name: 'sync',
  help,
  options: {
    ...dataDirOption,
    ...channelOption,
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
    'pull-only': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    watch: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`sync takes no arguments (got "${positionals[0] ?? ''}")`);
    const dryRun = values['dry-run'] === true;
    const watch = values.watch === true;
    if (dryRun && values.yes) throw new UsageError('--dry-run sends nothing: leave out --yes or --dry-run');
    if (dryRun && watch)
      throw new UsageError('--watch sends scheduled campaigns: it cannot be combined with --dry-run');
    if (watch && values['pull-only'])
      throw new UsageError('--watch sends scheduled campaigns: it cannot be combined with --pull-only');
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const database = openDataDirectory(dataDirectory);
    const sandbox = createSandboxService({ dataDirectory });
    try {
      const channel = chooseChannel(
        listChannels(database.db),
        typeof values.channel === 'string' ? values.channel : undefined,
      );
      const sources = {
        sandbox,
        channels: createChannelManager({
          db: () => database.db,
          secrets: createNodeSecretStores({ dataDirectory, env: io.env }),
          sandbox,
        }),
      };
      let pulled: PullReport;
      try {
        pulled = await pullChannel({
          db: database.db,
          channelId: channel.id,
          connect: (id) => channelConnection(database.db, id, sources),
        });
      } catch (error) {
        if (error instanceof PullOffline) throw new CliError(englishText(error));
        throw error;
      }
      if (values['pull-only']) {
        if (values.json) io.stdout(JSON.stringify(pulled, null, 2));
        else for (const text of describePull(pulled)) io.stdout(text);
        return pulled.failures.length === 0 ? 0 : 1;
      }
      // The send that follows says what it does; only what the pull could not do is told here.
      if (!values.json)
        for (const problem of [...pulled.skipped, ...pulled.failures]) io.stderr(englishText(problem.error));

      // ---- The diff: what would leave, and its cost against the quota left -----------------------
      // Queued rich-menu entries are told by what they change on LINE (richMenuLines), not as sends.
      const open = describeOutbox(database.db, channel.id).filter(
        (e) => !finishedOutboxStates.has(e.state) && !isRichMenuEntryKind(e.kind),
      );
      const audienceMap = new Map<number, SyncDiffAudience>();
      const next = campaignsForNextSync(database.db, channel.id).map((c) =>
        diffSend(database.db, c.id, audienceMap),
      );
      const audiences = [...audienceMap.values()];
      const richMenus = richMenuDiff(database.db, channel.id);
      const nothing = open.length === 0 && next.length === 0 && richMenus.length === 0;
      const cost =
        open.reduce((sum, e) => sum + e.cost, 0) + next.reduce((sum, s) => sum + (s.refusal ? 0 : s.cost), 0);
      const showDiff = (): void => {
        if (nothing) {
          io.stdout('Nothing to send.');
          return;
        }
        for (const entry of open) io.stdout(line(entry));
        for (const text of richMenus.flatMap(richMenuLines)) io.stdout(text);
        for (const a of audiences) io.stdout(audienceLine(a));
        for (const send of next) io.stdout(nextLine(send));
        io.stdout(quotaLine(pulled, cost));
      };
      const diffJson = () => ({ pull: pulled, queued: open, nextSync: next, richMenus, audiences });

      if (dryRun) {
        if (values.json) io.stdout(JSON.stringify({ ...diffJson(), dryRun: true }, null, 2));
        else {
          showDiff();
          io.stderr('Dry run: nothing was sent to LINE or queued.');
        }
        return 0;
      }

      let go = values.yes === true;
      if (!go && !nothing && io.ask && !values.json) {
        showDiff();
        go = /^\s*y(es)?\s*$/i.test(await io.ask('Send this to LINE? [y/N] '));
        if (!go) {
          io.stderr('Nothing was sent.');
          return 2;
        }
      }
      let code = 0;
      if (!go && (!watch || !nothing)) {
        if (values.json) io.stdout(JSON.stringify(diffJson(), null, 2));
        else {
          showDiff();
          io.stderr('Nothing was sent. Run again with --yes to send.');
        }
        return 2;
      }
      if (!go) {
        // --watch with nothing to send: it watches without a go (scheduled sends have theirs).
        if (values.json) io.stdout(JSON.stringify(diffJson(), null, 2));
        else showDiff();
      } else {
        const before = new Set(
          describeOutbox(database.db, channel.id)
            .filter((e) => finishedOutboxStates.has(e.state))
            .map((e) => e.id),
        );
        const push = () => pushChannel({ db: database.db, channelId: channel.id, sources });
        let { report, refused } = await push();
        // Sends waiting for their audiences on LINE (or for the audience budget) are waited for.
        while (report.leased && report.nextRunAt !== undefined) {
          const at = report.nextRunAt;
          for (const entry of describeOutbox(database.db, channel.id))
            if (report.waiting.includes(entry.id)) io.stderr(line(entry));
          io.stderr(
            `Waiting; next look at LINE at ${new Date(at).toISOString()} (Ctrl-C stops; the outbox keeps it).`,
          );
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
          const again = await push();
          report = again.report;
          refused = [...refused, ...again.refused];
        }
        for (const r of refused) io.stderr(`${r.title} — not sent: ${r.error.message}`);
        if (!report.leased)
          throw new CliError(
            englishText({ key: 'errors.sync.leaseHeld', params: { holder: report.heldBy ?? '?' } }),
          );
        const ran = describeOutbox(database.db, channel.id).filter((e) => !before.has(e.id));
        const notQueued = refused.map((r) => ({ campaign: r.title, error: r.error.toData() }));
        if (values.json) io.stdout(JSON.stringify({ pull: pulled, entries: ran, notQueued }, null, 2));
        else if (ran.length === 0 && refused.length === 0) io.stdout('Nothing to send.');
        else for (const entry of ran) io.stdout(line(entry));
        code = refused.length === 0 && ran.every((e) => e.state === 'done') ? 0 : 1;
      }
      if (!watch) return code;
      return await watchChannel({
        database,
        sources,
        channelId: channel.id,
        json: values.json === true,
        io,
        code,
      });
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      await sandbox.stop();
      database.close();
    }
  },
};

interface WatchOptions {
  readonly database: ReturnType<typeof openDataDirectory>;
  readonly sources: Parameters<typeof createSyncEngine>[0]['sources'];
  readonly channelId: number;
  readonly json: boolean;
  readonly io: Parameters<CliCommand['run']>[2];
  /** The exit code so far. */
  readonly code: number;
}

/**
 * --watch: scheduled sends when due, and a pull and a drain when LINE can be reached again, until
 * asked to stop. Each entry that finishes is printed once; the exit code says whether any failed.
 */
async function watchChannel(options: WatchOptions): Promise<number> {
  const { database, channelId, io } = options;
  const db = () => database.db;
  const clock = io.clock;
  let code = options.code;
  // Listening for a stop before anything is announced, so one right after is handled.
  const stop = io.stopRequested ?? closeOnStopSignal(() => Promise.resolve());
  const engine = createSyncEngine({
    database,
    emit: () => undefined,
    sources: options.sources,
    ...(clock ? { now: clock.now, timer: clock.timer } : {}),
  });
  const told = new Set(
    describeOutbox(db(), channelId)
      .filter((e) => finishedOutboxStates.has(e.state))
      .map((e) => e.id),
  );
  const print = (entry: OutboxLine): string => (options.json ? JSON.stringify({ entry }) : line(entry));
  /** Prints each entry that finished since the last look. */
  const tellFinished = (): void => {
    for (const entry of describeOutbox(db(), channelId)) {
      if (!finishedOutboxStates.has(entry.state) || told.has(entry.id)) continue;
      told.add(entry.id);
      if (entry.state !== 'done') code = 1;
      io.stdout(print(entry));
    }
  };
  /** Schedules missed while nothing ran: listed once, never sent late without the user. */
  const tellHeld = (): void => {
    for (const held of scheduler.held(channelId)) {
      if (options.json) io.stdout(JSON.stringify({ held }));
      else io.stderr(missedLine(held));
    }
  };
  const scheduler = createScheduler({
    db,
    channelId,
    ...(clock ? { now: clock.now, timer: clock.timer } : {}),
    dispatch: async (campaign) => {
      try {
        await engine.run(campaign.channelId, () => ({
          queued: queueCampaignSend(db(), campaign.campaignId),
          notQueued: [],
        }));
      } catch (error) {
        // Refused when due (an audience not on LINE yet): said once, and it waits for the user.
        code = 1;
        const text = error instanceof ApiError ? englishText(error) : String(error);
        if (options.json)
          io.stdout(JSON.stringify({ held: { ...campaign, reason: 'refused', error: text } }));
        else io.stderr(`${campaign.title} — scheduled for ${campaign.at}, not sent: ${text}`);
        throw error;
      } finally {
        tellFinished();
      }
    },
  });
  const online = startEngineOnlineSync(engine, {
    channels: () => [channelId],
    initiallyOnline: true,
    ...(clock ? { timer: clock.timer } : {}),
    report: (event) => {
      if (event.type === 'offline')
        io.stderr('LINE cannot be reached: waiting, and checking again every 30 seconds.');
      else if (event.type === 'online')
        io.stderr('LINE can be reached again: pulling, then sending what was queued.');
      else if (event.type === 'drained') tellFinished();
    },
  });
  // Without timers of its own that keep the process alive, the watch would end by itself.
  const keepAlive = clock ? undefined : setInterval(() => undefined, 1 << 30);
  try {
    tellHeld();
    io.stderr('Watching: scheduled campaigns are sent when due. Press Ctrl+C to stop.');
    await stop;
  } finally {
    scheduler.stop();
    online.stop();
    await online.idle();
    await engine.stop();
    if (keepAlive) clearInterval(keepAlive);
  }
  tellFinished();
  io.stderr('Stopped.');
  return code;
}
