// The `oa-planner` command line: dispatches to a command, prints help, and turns failures into one
// line on stderr with a non-zero exit code.

import { parseArgs } from 'node:util';
import { appVersion } from '../app/version';
import { CliError, UsageError, type CliCommand, type CliIo } from './command';

/**
 * The commands, each loaded only when it runs: a command brings its whole feature (the editor's
 * image pipeline, the sandbox, ...), and start-up time is part of every command's time.
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<CliCommand>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'serve',
    summary: 'run the app in your web browser (browser mode)',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  {
    name: 'channel',
    summary: 'add, list, edit, verify and remove LINE channels and their tokens',
    load: async () => (await import('./commands/channel')).channelCommand,
  },
  {
    name: 'audience',
    summary: 'import user-ID files into audiences, list audiences',
    load: async () => (await import('./commands/audience')).audienceCommand,
  },
  {
    name: 'sandbox',
    summary: 'run the local LINE Messaging API sandbox',
    load: async () => (await import('./commands/sandbox')).sandboxCommand,
  },
  {
    name: 'plan',
    summary: "forecast a month's message allowance from the planned campaigns",
    load: async () => (await import('./commands/plan')).planCommand,
  },
  {
    name: 'plans',
    summary: 'list the LINE plans the quota forecast can use',
    load: async () => (await import('./commands/plans')).plansCommand,
  },
  {
    name: 'export',
    summary: 'export an editor project as files LINE accepts',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  {
    name: 'project',
    summary: 'list the editor projects with their ids',
    load: async () => (await import('./commands/project')).projectCommand,
  },
  {
    name: 'campaign',
    summary: 'import and export campaign files, list campaigns with their reach and problems',
    load: async () => (await import('./commands/campaign')).campaignCommand,
  },
  {
    name: 'sync',
    summary: 'send queued campaigns to LINE through the crash-safe outbox',
    load: async () => (await import('./commands/sync')).syncCommand,
  },
  {
    name: 'richmenu',
    summary: 'publish rich menus to LINE, pull LINE’s menus into projects, link users',
    load: async () => (await import('./commands/richmenu')).richmenuCommand,
  },
];

export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: oa-planner <command> [options]

Plan LINE Official Account campaigns offline.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help       show help (also: oa-planner <command> --help)
  -v, --version    show the version

The data folder is chosen by --data-dir, else $OA_PLANNER_DATA_DIR, else the
app's own folder (shared with the desktop app).`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return runCli([rest[0], '--help'], io);
    io.stdout(mainHelp());
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(appVersion);
    return 0;
  }
  const entry = commands.find((c) => c.name === first);
  if (!entry) {
    io.stderr(`oa-planner: unknown command "${first}". Run \`oa-planner --help\` for the list.`);
    return 2;
  }
  const command = await entry.load();
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`oa-planner ${command.name}: ${(error as Error).message}`);
      io.stderr(`Run \`oa-planner ${command.name} --help\` for usage.`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`oa-planner ${command.name}: ${error.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`oa-planner ${command.name}: ${message}`);
    return 1;
  }
}
