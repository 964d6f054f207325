// `oa-planner plan --month YYYY-MM [--channel C] [--json]`: the month forecast of a channel's stored
// campaigns against its plan, cap, messages already used and automations, as a table or as JSON.

import { resolveDataDirectory } from '../../app/environment';
import { forecastChannelMonth } from '../../quota/channel-forecast';
import { forecastJson, forecastTable } from '../../quota/forecast-output';
import { listChannels } from '../../storage/channels';
import { openDataDirectory } from '../../storage/database';
import { isValidMonth } from '../../../shared/quota/time';
import { channelHelp, channelOption, chooseChannel } from '../channel-choice';
import { UsageError, databaseFailure, dataDirHelp, dataDirOption, type CliCommand } from '../command';

const help = `Usage: oa-planner plan --month YYYY-MM [--channel C] [--json] [--data-dir DIR]

Forecasts a month of the channel's message allowance: every planned send (ready
and scheduled campaigns, A/B tests' linked sends, automations) in time order,
against the plan's free messages and the additional-message cap, with what each
costs, the day the free messages run out, the day the cap is reached, the cost
of additional messages, the sends LINE would refuse, and the fixes. Drafts are
listed apart and not counted. The month is in the channel's time zone.

Options:
  --month YYYY-MM  the month to forecast (required)
${channelHelp}
  --json           print the forecast as JSON (see the README for its fields)
${dataDirHelp}
  -h, --help       show this help`;

export const planCommand: CliCommand = {
  name: 'plan',
  help,
  options: { ...dataDirOption, ...channelOption, month: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`plan takes no arguments (got "${positionals[0] ?? ''}")`);
    const month = values.month;
    if (typeof month !== 'string') throw new UsageError('--month YYYY-MM is required');
    if (!isValidMonth(month)) throw new UsageError(`--month must be a month as YYYY-MM (got "${month}")`);
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const database = openDataDirectory(dataDirectory);
    try {
      const channel = chooseChannel(
        listChannels(database.db),
        typeof values.channel === 'string' ? values.channel : undefined,
      );
      const forecast = forecastChannelMonth(database.db, channel.id, month, new Date());
      if (values.json) io.stdout(forecastJson(forecast));
      else for (const line of forecastTable(forecast)) io.stdout(line);
      return 0;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};
