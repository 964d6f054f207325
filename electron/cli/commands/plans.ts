// `oa-planner plans [--json]`: the plan catalogue of the data folder (built-in plans with the
// user's edits, then the plans the user added), as a table or as JSON.

import { resolveDataDirectory } from '../../app/environment';
import { listPlans } from '../../quota/plans';
import { plansJson, plansTable } from '../../quota/plans-output';
import { openDataDirectory } from '../../storage/database';
import { UsageError, databaseFailure, dataDirHelp, dataDirOption, type CliCommand } from '../command';

const help = `Usage: oa-planner plans [--json] [--data-dir DIR]

Lists every LINE Official Account plan the forecasts can use: the built-in
Taiwan, Japan and Thailand plans (with your edits) and the plans you added. For
each: its id, region, name, monthly fee, free messages, the prices of additional
messages band by band, the dates it is valid, whether its figures are confirmed,
and whether it is built in, edited or yours. --json prints the plans with their
sources.

Options:
  --json           print the plans as JSON
${dataDirHelp}
  -h, --help       show this help`;

export const plansCommand: CliCommand = {
  name: 'plans',
  help,
  options: { ...dataDirOption, json: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`plans takes no arguments (got "${positionals[0] ?? ''}")`);
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const database = openDataDirectory(dataDirectory);
    try {
      const plans = listPlans(database.db);
      if (values.json) io.stdout(plansJson(plans));
      else for (const line of plansTable(plans)) io.stdout(line);
      return 0;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};
