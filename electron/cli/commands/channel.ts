// `oa-planner channel add|list|edit|verify|remove`: the data folder's channels. A token is read
// from a file, or from standard input with `--token-file -`, never from the command line (where
// the shell's history and every user's process list would show it); it is checked with LINE before
// anything is saved and kept in the OS keychain, or encrypted with a key file beside the data
// folder. Nothing this command prints holds a token.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolveDataDirectory } from '../../app/environment';
import { createChannelManager, type ChannelManager } from '../../channels/manager';
import { createNodeSecretStores } from '../../channels/secret-stores';
import type { ChannelConnection, SecretStoreInfo } from '../../../shared/channels/model';
import { englishText } from '../../../shared/i18n/text';
import { openDataDirectory } from '../../storage/database';
import { formatColumns } from '../../quota/text-table';
import { chooseChannel } from '../channel-choice';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
  type CliIo,
} from '../command';

/** A token file larger than this is not a token file. */
export const tokenFileMaxBytes = 64 * 1024;

const help = `Usage: oa-planner channel add --name N --token-file F [--api-url URL] [--data-api-url URL]
       oa-planner channel list [--json]
       oa-planner channel edit C [--name N] [--token-file F] [--api-url URL] [--data-api-url URL]
       oa-planner channel verify C
       oa-planner channel remove C

add      checks the long-lived channel access token with LINE (GET /v2/bot/info) and
         saves the channel with the bot's basic ID and display name. The token is read
         from the file F, or from standard input when F is "-"; never give it on the
         command line. It is kept in the OS keychain when one answers, else encrypted
         (AES-256-GCM) in the database with a key in a separate file next to the data
         folder (the list and Settings say which).
list     prints each channel's id, name, basic ID, display name, API addresses and
         where its token is kept; never the token.
edit     renames C, or takes a new token or addresses (checked with LINE first; a
         token of another LINE account is refused).
verify   asks LINE again with the stored token.
remove   deletes C with its projects, audiences and campaigns on this computer, and
         forgets its token. Nothing changes on LINE. The sandbox cannot be removed.

C is a channel id or name (names are compared without case).

Options:
  --name N            the channel's name (1-100 characters)
  --token-file F      file holding the channel access token; "-" reads standard input
  --api-url URL       Messaging API origin (default https://api.line.me), such as
                      http://127.0.0.1:4010 for \`oa-planner sandbox\`
  --data-api-url URL  data API origin (default https://api-data.line.me, or the
                      --api-url origin when only that is given)
  --json              list as JSON
${dataDirHelp}
  -h, --help          show this help

Environment: OA_PLANNER_SECRET_STORE=file uses the encrypted file even where a
keychain answers; OA_PLANNER_SECRET_KEY_FILE sets where its key is kept.`;

type Values = Readonly<Record<string, string | boolean | undefined>>;

const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > tokenFileMaxBytes)
      throw new CliError(`standard input holds over ${String(tokenFileMaxBytes)} bytes; that is not a token`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function readTokenFile(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`cannot open ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new CliError(`${file} is not a regular file; use --token-file - to read standard input`);
    if (stat.size > tokenFileMaxBytes)
      throw new CliError(`${file} is ${String(stat.size)} bytes; that is not a token file`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The token of --token-file: UTF-8 (a BOM is dropped), surrounding white space trimmed. */
async function tokenFrom(file: string): Promise<string> {
  const bytes = file === '-' ? await readStandardInput() : readTokenFile(file);
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
}

const storeText = (kind: ChannelConnection['secretStore']): string =>
  kind === null ? 'the sandbox' : englishText({ key: `channels.store.${kind}.name` });

function storeLine(info: SecretStoreInfo): string {
  const meaning = englishText({
    key: `channels.store.${info.kind}.meaning`,
    params: { detail: info.detail ?? '' },
  });
  return `New tokens are kept in ${storeText(info.kind)}. ${meaning}`;
}

function describe(connection: ChannelConnection): string {
  const bot = connection.bot ? `${connection.bot.basicId} (${connection.bot.displayName})` : 'local sandbox';
  return `channel ${String(connection.channelId)} "${connection.name}": ${bot}`;
}

function listJson(connections: readonly ChannelConnection[], info: SecretStoreInfo): string {
  return JSON.stringify(
    {
      secretStore: { kind: info.kind, detail: info.detail },
      channels: connections.map((c) => ({
        id: c.channelId,
        name: c.name,
        kind: c.kind,
        basicId: c.bot?.basicId ?? null,
        displayName: c.bot?.displayName ?? null,
        pictureUrl: c.bot?.pictureUrl ?? null,
        botUserId: c.bot?.userId ?? null,
        apiBaseUrl: c.apiBaseUrl,
        dataApiBaseUrl: c.dataApiBaseUrl,
        verifiedAt: c.verifiedAt,
        secretStore: c.secretStore,
        token: c.token,
      })),
    },
    null,
    2,
  );
}

function listTable(connections: readonly ChannelConnection[]): string[] {
  const rows = connections.map((c) => [
    String(c.channelId),
    c.name,
    c.bot?.basicId ?? '-',
    c.bot?.displayName ?? (c.kind === 'sandbox' ? 'local sandbox' : '-'),
    c.apiBaseUrl ?? '(in the app)',
    c.token === 'unreadable'
      ? `${storeText(c.secretStore)} (cannot be read here: enter the token again)`
      : storeText(c.secretStore),
  ]);
  return formatColumns(
    [['id', 'name', 'basic ID', 'display name', 'API', 'token kept in'], ...rows],
    ['right'],
  );
}

function one(positionals: readonly string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`channel ${what} takes one channel id or name`);
  return positionals[0] ?? '';
}

async function run(
  channels: ChannelManager,
  subcommand: string,
  values: Values,
  positionals: readonly string[],
  io: CliIo,
): Promise<number> {
  const find = async (wanted: string) => {
    const list = await channels.list();
    const chosen = chooseChannel(
      list.map((c) => ({ id: c.channelId, name: c.name })),
      wanted,
    );
    return chosen.id;
  };
  const origins = {
    ...(text(values, 'api-url') === undefined ? {} : { apiBaseUrl: text(values, 'api-url') ?? '' }),
    ...(text(values, 'data-api-url') === undefined
      ? {}
      : { dataApiBaseUrl: text(values, 'data-api-url') ?? '' }),
  };
  switch (subcommand) {
    case 'add': {
      if (positionals.length > 0)
        throw new UsageError('channel add takes no arguments; name the channel with --name');
      const name = text(values, 'name');
      const file = text(values, 'token-file');
      if (name === undefined) throw new UsageError('channel add needs --name N');
      if (file === undefined)
        throw new UsageError('channel add needs --token-file F (or --token-file - for standard input)');
      const added = await channels.add({ name, token: await tokenFrom(file), ...origins });
      io.stdout(`Added ${describe(added)}, token kept in ${storeText(added.secretStore)}.`);
      return 0;
    }
    case 'list': {
      if (positionals.length > 0) throw new UsageError('channel list takes no arguments');
      const list = await channels.list();
      const info = await channels.secretStoreInfo();
      if (values.json) io.stdout(listJson(list, info));
      else {
        for (const line of listTable(list)) io.stdout(line);
        io.stdout('');
        io.stdout(storeLine(info));
      }
      return 0;
    }
    case 'edit': {
      const id = await find(one(positionals, 'edit'));
      const name = text(values, 'name');
      const file = text(values, 'token-file');
      const patch = {
        ...(name === undefined ? {} : { name }),
        ...(file === undefined ? {} : { token: await tokenFrom(file) }),
        ...origins,
      };
      if (Object.keys(patch).length === 0)
        throw new UsageError('channel edit needs --name, --token-file, --api-url or --data-api-url');
      const edited = await channels.update(id, patch);
      io.stdout(`Saved ${describe(edited)}.`);
      return 0;
    }
    case 'verify': {
      const verified = await channels.verify(await find(one(positionals, 'verify')));
      io.stdout(`Verified ${describe(verified)}.`);
      return 0;
    }
    case 'remove': {
      const removed = await channels.remove(await find(one(positionals, 'remove')));
      io.stdout(`Removed channel ${String(removed.channelId)} "${removed.name}" and forgot its token.`);
      return 0;
    }
    default:
      throw new UsageError(`unknown subcommand "${subcommand}" (add, list, edit, verify or remove)`);
  }
}

export const channelCommand: CliCommand = {
  name: 'channel',
  help,
  options: {
    ...dataDirOption,
    name: { type: 'string' },
    'token-file': { type: 'string' },
    // Only to refuse it with the reason, without ever printing what followed it.
    token: { type: 'string' },
    'api-url': { type: 'string' },
    'data-api-url': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (values.token !== undefined)
      throw new UsageError(
        'the token is never taken on the command line, where the shell history and the process list would show it: put it in a file and use --token-file FILE, or pipe it with --token-file -',
      );
    const [subcommand, ...rest] = positionals;
    if (subcommand === undefined)
      throw new UsageError('name a subcommand: add, list, edit, verify or remove');
    const dataDirectory = resolveDataDirectory(text(values, 'data-dir'), io.env);
    const database = openDataDirectory(dataDirectory);
    try {
      const channels = createChannelManager({
        db: () => database.db,
        secrets: createNodeSecretStores({ dataDirectory, env: io.env }),
      });
      return await run(channels, subcommand, values, rest, io);
    } catch (error) {
      throw databaseFailure(database.file, error);
    } finally {
      database.close();
    }
  },
};
