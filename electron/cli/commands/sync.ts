// `oa-planner sync [--channel C] [--pull-only] [--yes] [--json]`: pulls the channel's state from LINE
// first (quota, consumption, friends, audiences, progress, statistics); with --pull-only prints what
// changed and stops. Otherwise shows what would be sent to LINE (the outbox's open entries and the
// campaigns planned for the next sync); with --yes queues those campaigns and drains the outbox, one
// worker per data folder. Exit 0 when everything is done, 1 when something failed or waits (each
// listed with LINE's message; the outbox keeps it) or LINE is offline, 2 without --yes.

import { resolveDataDirectory } from '../../app/environment';
import { createChannelManager } from '../../channels/manager';
import { createNodeSecretStores } from '../../channels/secret-stores';
import { createSandboxService } from '../../sandbox/service';
import { listChannels } from '../../storage/channels';
import { openDataDirectory } from '../../storage/database';
import { channelConnection } from '../../sync/connection';
import { pullChannel, PullOffline } from '../../sync/pull';
import { describePull } from '../../sync/pull-output';
import { syncDiffAudiences } from '../../sync/handlers';
import { campaignsForNextSync, describeOutbox, pushChannel, type OutboxLine } from '../../sync/push';
import { englishText } from '../../../shared/i18n/text';
import type { PullReport } from '../../../shared/sync/pull';
import { finishedOutboxStates } from '../../../shared/sync/outbox';
import { channelHelp, channelOption, chooseChannel } from '../channel-choice';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
} from '../command';

const help = `Usage: oa-planner sync [--channel C] [--pull-only] [--yes] [--json] [--data-dir DIR]

Pulls the channel's state from LINE first: the month's quota and the messages
used (they replace the figures entered by hand in the forecast), followers,
target reach, blocks and demographics (dated, for the reach estimates), the
audiences on LINE (those made in Official Account Manager are kept read-only),
the progress of narrowcasts and the statistics of sent broadcasts and
narrowcasts. Insight calls are limited to 60 an hour and audience calls to 60
a minute per channel; a spent kind is skipped and the time of its next pull
is shown. Offline, nothing is changed and it exits 1.

Then sends the channel's queued changes to LINE through the outbox. Campaigns that
are ready and planned "at the next sync" are queued; every queued send is
validated by LINE first, checked against the month's quota, then sent with a
retry key kept in the outbox, so a send interrupted at any moment (a crash, a
lost connection, LINE answering 500) is tried again and never arrives twice.
A campaign sent to an audience that is not on LINE yet uploads the audience
first (in files of up to 1,500,000 IDs, the members read from this data
folder); the send waits until LINE has the audience ready, and --yes waits
with it, telling the progress on standard error.
Without --yes it only lists what would be sent (with the audiences to be
created), and exits 2.

Options:
${channelHelp}
  --pull-only      pull from LINE, print what changed, and send nothing
  --yes            send (without it nothing leaves)
  --json           print the pull (and the outbox entries) as JSON
${dataDirHelp}
  -h, --help       show this help

Exit status: 0 when everything is done, 1 when something failed or is waiting
(listed with LINE's message) or LINE cannot be reached (offline), 2 without
--yes.`;

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
  return `${what} — ${cost} — ${outcome}`;
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
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`sync takes no arguments (got "${positionals[0] ?? ''}")`);
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
      if (!values.yes) {
        const open = describeOutbox(database.db, channel.id).filter(
          (e) => !finishedOutboxStates.has(e.state),
        );
        const next = campaignsForNextSync(database.db, channel.id);
        const audiences = syncDiffAudiences(database.db, channel.id);
        if (values.json)
          io.stdout(JSON.stringify({ pull: pulled, queued: open, nextSync: next, audiences }, null, 2));
        else {
          if (open.length === 0 && next.length === 0) io.stdout('Nothing to send.');
          for (const entry of open) io.stdout(line(entry));
          for (const a of audiences)
            io.stdout(
              `Audience “${a.name}” — to be created on LINE first${a.members === null ? '' : ` (${String(a.members)} members, ${String(a.files)} file${a.files === 1 ? '' : 's'})`}, for ${a.for.join(', ')}`,
            );
          for (const c of next) io.stdout(`${c.title} — to be queued (at the next sync)`);
          io.stderr('Nothing was sent. Run again with --yes to send.');
        }
        return 2;
      }
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
      return refused.length === 0 && ran.every((e) => e.state === 'done') ? 0 : 1;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      await sandbox.stop();
      database.close();
    }
  },
};
