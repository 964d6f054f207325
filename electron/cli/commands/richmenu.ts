// `oa-planner richmenu publish PROJECT [--channel C] [--set-default]`: puts an editor project's rich
// menus on LINE (an edited one replaces the menu it was published as); `oa-planner richmenu pull
// [--channel C]`: lists LINE's menus, the default and aliases, and opens each menu made elsewhere as
// a project; `oa-planner richmenu link PROJECT --users-file F`: links users to its menu, 500 a call.
// Publishing and linking go through the outbox (queued, then run by this process's worker under the
// data folder's lease); the commands' options and output are as they were.

import { readFileSync } from 'node:fs';
import { resolveDataDirectory } from '../../app/environment';
import { createChannelManager } from '../../channels/manager';
import { createNodeSecretStores } from '../../channels/secret-stores';
import { createSandboxService } from '../../sandbox/service';
import { getChannel, listChannels } from '../../storage/channels';
import { openDataDirectory, type SqliteDatabase } from '../../storage/database';
import { getProject } from '../../editor/projects';
import {
  linkRichMenuToUsers,
  publishRichMenuProject,
  publishedRichMenuId,
  pullRichMenusIntoProjects,
} from '../../sync/richmenus';
import type { ConnectionSources } from '../../sync/connection';
import { ApiError } from '../../../shared/api/result';
import type { ExportFormat } from '../../../shared/editor/project';
import { documentName } from '../../../shared/editor/document-set';
import { englishText } from '../../../shared/i18n/text';
import { unmarkedRichMenuName } from '../../../shared/sync/richmenus';
import { channelHelp, channelOption, chooseChannel } from '../channel-choice';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
  type CliIo,
} from '../command';
import { chooseProject } from '../project-choice';

const help = `Usage: oa-planner richmenu publish PROJECT [--channel C] [--set-default] [--format jpeg|png] [--json]
       oa-planner richmenu pull [--channel C] [--json]
       oa-planner richmenu link PROJECT --users-file F [--channel C]

publish  Puts the project's rich menus on LINE: each one validated by LINE, created
         with its image and its alias. An edited menu replaces the one published
         before: the new menu is made first, the default and the aliases move to
         it, then the old one is deleted. An interrupted publish is safe to run
         again: a menu LINE already made is found, not made twice. The publish
         is queued in the outbox and run at once; if it cannot finish (offline,
         or LINE's 100 menu creations and deletions an hour are used up) it
         stays queued, says why (and until when), and the next publish or
         "oa-planner sync --yes" carries on with it.
pull     Lists the channel's rich menus on LINE, the default and the aliases, and
         opens each menu made elsewhere as a project (its image as the
         background, its areas as tap areas), to edit and publish in its place.
link     Links the users in a file (one LINE user ID a line) to the project's
         first menu, 500 a call (each call an outbox entry).

Options:
${channelHelp}
                   (publish and link: default, the project's own channel)
  --set-default    publish: make the first menu the default for every friend
  --format F       publish: the image as jpeg (default) or png
  --users-file F   link: the user IDs, one a line (- for standard input)
  --json           print the result as JSON
${dataDirHelp}
  -h, --help       show this help

Exit status: 0 when done, 1 when LINE refused or could not be reached.`;

function sourcesFor(dataDirectory: string, db: () => SqliteDatabase, io: CliIo) {
  const sandbox = createSandboxService({ dataDirectory });
  const sources: ConnectionSources = {
    sandbox,
    channels: createChannelManager({
      db,
      secrets: createNodeSecretStores({ dataDirectory, env: io.env }),
      sandbox,
    }),
  };
  return { sandbox, sources };
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function readUserIds(file: string): Promise<string[]> {
  const text = file === '-' ? await readStandardInput() : readFileSync(file, 'utf8');
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export const richmenuCommand: CliCommand = {
  name: 'richmenu',
  help,
  options: {
    ...dataDirOption,
    ...channelOption,
    'set-default': { type: 'boolean' },
    format: { type: 'string' },
    'users-file': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    const [action, ...rest] = positionals;
    if (action !== 'publish' && action !== 'pull' && action !== 'link')
      throw new UsageError(
        action === undefined
          ? 'say what to do: publish, pull or link'
          : `unknown action "${action}" (publish, pull or link)`,
      );
    if (action === 'pull' && rest.length > 0)
      throw new UsageError(`pull takes no project (got "${rest[0] ?? ''}")`);
    if (action !== 'pull' && rest.length !== 1)
      throw new UsageError(
        rest.length === 0 ? `name the project to ${action}` : `${action} takes one project`,
      );
    const format = (values.format ?? 'jpeg') as string;
    if (format !== 'jpeg' && format !== 'png')
      throw new UsageError(`--format must be jpeg or png (got "${format}")`);
    if (action === 'link' && typeof values['users-file'] !== 'string')
      throw new UsageError('--users-file F is required');
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const database = openDataDirectory(dataDirectory);
    const { db } = database;
    const { sandbox, sources } = sourcesFor(dataDirectory, () => database.db, io);
    const wantedChannel = typeof values.channel === 'string' ? values.channel : undefined;
    try {
      if (action === 'pull') {
        const channel = chooseChannel(listChannels(db), wantedChannel);
        const { pull, imported } = await pullRichMenusIntoProjects({ db, channelId: channel.id, sources });
        const opened = new Map(imported.map((i) => [publishedRichMenuId(db, channel.id, i.project.id), i]));
        if (values.json) {
          io.stdout(
            JSON.stringify(
              {
                ...pull,
                menus: pull.menus.map((m) => ({
                  ...m,
                  projectId: m.projectId ?? opened.get(m.richMenuId)?.project.id ?? null,
                })),
                opened: imported.map((i) => ({ projectId: i.project.id, name: i.project.name })),
              },
              null,
              2,
            ),
          );
          return 0;
        }
        if (pull.menus.length === 0) io.stdout(`Channel "${channel.name}" has no rich menus on LINE.`);
        for (const menu of pull.menus) {
          const tags = [
            `${String(menu.size.width)}×${String(menu.size.height)}`,
            ...(menu.isDefault ? ['default'] : []),
            ...(menu.aliases.length ? [`aliases: ${menu.aliases.join(', ')}`] : []),
          ];
          const opening = opened.get(menu.richMenuId);
          const project = opening
            ? `opened as project ${String(opening.project.id)} "${opening.project.name}"`
            : menu.projectId !== null
              ? `project ${String(menu.projectId)}`
              : '';
          io.stdout(
            `${menu.richMenuId}  "${unmarkedRichMenuName(menu.name)}"  ${tags.join(', ')}${project ? `  — ${project}` : ''}`,
          );
          for (const unknown of opening?.unknownActions ?? [])
            io.stderr(
              `  area ${String(unknown.area)}: the action "${unknown.type}" has no editor equivalent; it came without one`,
            );
        }
        return 0;
      }

      const project = getProject(db, chooseProject(db, rest[0]!, dataDirectory).id);
      const channel =
        wantedChannel === undefined
          ? getChannel(db, project.channelId)
          : chooseChannel(listChannels(db), wantedChannel);
      if (!channel) throw new CliError(`the project's channel ${String(project.channelId)} is gone`);

      if (action === 'link') {
        const richMenuId = publishedRichMenuId(db, channel.id, project.id);
        if (richMenuId === null)
          throw new CliError(
            englishText({ key: 'errors.richMenus.notPublished', params: { name: project.name } }),
          );
        const userIds = await readUserIds(values['users-file'] as string);
        const { calls } = await linkRichMenuToUsers({
          db,
          channelId: channel.id,
          sources,
          richMenuId,
          userIds,
        });
        if (values.json) io.stdout(JSON.stringify({ richMenuId, users: userIds.length, calls }, null, 2));
        else io.stdout(`Linked ${String(userIds.length)} users to ${richMenuId} in ${String(calls)} calls.`);
        return 0;
      }

      const report = await publishRichMenuProject({
        db,
        channelId: channel.id,
        sources,
        projectId: project.id,
        setDefault: values['set-default'] === true,
        format: format as ExportFormat,
      });
      if (values.json) {
        io.stdout(JSON.stringify({ channel: channel.name, ...report }, null, 2));
        return 0;
      }
      for (const doc of report.documents) {
        const name = englishText(documentName(project.documents, doc.documentIndex));
        // A menu with an alias of its own is called by it; one sharing its alias says which.
        const alias = doc.aliasId && name !== doc.aliasId ? ` (alias ${doc.aliasId})` : '';
        const what = doc.unchanged
          ? `unchanged, ${doc.richMenuId}`
          : doc.replaced
            ? `replaced ${doc.replaced} with ${doc.richMenuId}`
            : `created ${doc.richMenuId}`;
        io.stdout(`${name}${alias}: ${what}`);
      }
      io.stdout(`Default menu of "${channel.name}": ${report.defaultRichMenuId ?? 'none'}`);
      for (const id of report.deleted) io.stdout(`Deleted ${id} on LINE.`);
      return 0;
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(error.message);
      throw databaseFailure(database.file, error);
    } finally {
      await sandbox.stop();
      database.close();
    }
  },
};
