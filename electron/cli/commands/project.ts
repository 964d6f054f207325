// `oa-planner project list`: the editor projects of every channel (or one) with the ids that
// `oa-planner export` and campaign files take, as a table or JSON.

import { resolveDataDirectory } from '../../app/environment';
import { listEveryProject } from '../../editor/projects';
import { listChannels } from '../../storage/channels';
import { openDataDirectory } from '../../storage/database';
import type { ProjectSummary } from '../../../shared/editor/project';
import { englishText } from '../../../shared/i18n/text';
import { channelHelp, channelOption, chooseChannel } from '../channel-choice';
import { UsageError, databaseFailure, dataDirHelp, dataDirOption, type CliCommand } from '../command';

const help = `Usage: oa-planner project list [--channel C] [--json] [--data-dir DIR]

list     prints each project's id, kind (rich menu or rich message), number of
         documents, channel and name: the projects in use first, then those in the
         trash, each by id. Give the id to \`oa-planner export\` when names repeat.

Options:
${channelHelp.replace('(may be left out when there is only one)', '(default: every channel)')}
  --json           list as JSON
${dataDirHelp}
  -h, --help       show this help`;

interface ListedProject {
  readonly id: number;
  readonly name: string;
  readonly kind: ProjectSummary['kind'];
  readonly documents: number;
  readonly channel: { readonly id: number; readonly name: string };
  readonly updatedAt: string;
  readonly trashedAt: string | null;
}

export const projectCommand: CliCommand = {
  name: 'project',
  help,
  options: { ...dataDirOption, ...channelOption, json: { type: 'boolean' } },
  async run(values, positionals, io) {
    const [action, ...rest] = positionals;
    if (action !== 'list') {
      throw new UsageError(
        action === undefined ? 'say what to do: list' : `unknown action "${action}" (list)`,
      );
    }
    if (rest.length > 0) throw new UsageError(`list takes no arguments (got "${rest[0] ?? ''}")`);
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const database = openDataDirectory(dataDirectory);
    try {
      const channels = listChannels(database.db);
      const wanted = typeof values.channel === 'string' ? values.channel : undefined;
      const only = wanted === undefined ? undefined : chooseChannel(channels, wanted);
      const channelName = new Map(channels.map((c) => [c.id, c.name]));
      const projects: ListedProject[] = listEveryProject(database.db)
        .filter((p) => only === undefined || p.channelId === only.id)
        .map((p) => ({
          id: p.id,
          name: p.name,
          kind: p.kind,
          documents: p.documentCount,
          channel: { id: p.channelId, name: channelName.get(p.channelId) ?? String(p.channelId) },
          updatedAt: p.updatedAt,
          trashedAt: p.trashedAt,
        }));
      if (values.json) io.stdout(JSON.stringify(projects, null, 2));
      else if (projects.length === 0) io.stdout(englishText({ key: 'editor.projects.noneListed' }));
      else for (const line of projectTable(projects)) io.stdout(line);
      return 0;
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};

function projectTable(projects: readonly ListedProject[]): string[] {
  const rows = [
    ['ID', 'KIND', 'DOCS', 'CHANNEL', 'NAME'],
    ...projects.map((p) => [
      String(p.id),
      englishText({ key: `editor.kind.${p.kind}` }),
      String(p.documents),
      p.channel.name,
      p.trashedAt === null
        ? p.name
        : englishText({ key: 'editor.projects.listedInTrash', params: { name: p.name } }),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
