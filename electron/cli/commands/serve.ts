// `oa-planner serve`: browser mode. Opens the data folder, starts the local server and waits for
// Ctrl+C; the printed address carries the per-launch key.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveDataDirectory } from '../../app/environment';
import { createAppServices } from '../../app/services';
import { startBrowserServer } from '../../server/browser-server';
import { canOpenBrowser, openInBrowser } from '../open-browser';
import { CliError, UsageError, dataDirHelp, dataDirOption, type CliCommand } from '../command';
import { closeOnStopSignal } from '../stop-signal';

/** Set by `npm start` when it falls back to browser mode, so the page names the command run. */
export const launchCommandEnvVar = 'OA_PLANNER_LAUNCH_COMMAND';

/**
 * The command the user typed to start browser mode, for the page shown without the key: what
 * `npm start` says it is, else what npm reports running (`npm run serve`, `npx`), else this one.
 */
export function launchCommandName(env: NodeJS.ProcessEnv): string {
  const told = env[launchCommandEnvVar]?.trim();
  if (told) return told;
  return npmLaunchCommands.get(env.npm_lifecycle_event ?? '') ?? 'oa-planner serve';
}

/** What npm reports in npm_lifecycle_event for the ways of starting browser mode through it. */
const npmLaunchCommands: ReadonlyMap<string, string> = new Map([
  ['serve', 'npm run serve'],
  ['start', 'npm start'],
  ['npx', 'npx oa-planner serve'],
]);

/** The built renderer, beside the bundled CLI: dist/cli/ (entry and chunks) → dist/renderer/. */
export function defaultRendererDirectory(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

export const serveCommand: CliCommand = {
  name: 'serve',
  help: `Usage: oa-planner serve [--port N] [--no-open] [--data-dir DIR]

Runs OA Planner in your web browser. The server listens on 127.0.0.1 only and
prints an address with a one-time key; only that address opens the app.

Options:
  --port N         port to listen on (default: a free port)
  --no-open        do not open the default browser
${dataDirHelp}
  -h, --help       show this help`,
  options: {
    ...dataDirOption,
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`serve takes no arguments (got "${positionals[0] ?? ''}")`);
    let port = 0;
    if (typeof values.port === 'string') {
      port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port < 0 || port > 65_535) {
        throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}")`);
      }
    }
    const rendererDirectory = defaultRendererDirectory();
    if (!fs.existsSync(`${rendererDirectory}/index.html`)) {
      throw new CliError(
        `The user interface is not built (no ${rendererDirectory}index.html): run \`npm run build\`.`,
      );
    }
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const services = createAppServices({ shell: 'browser', dataDirectory, syncWhenOnline: true });
    let server;
    try {
      server = await startBrowserServer({
        rendererDirectory,
        port,
        createHandlers: (emit) => {
          services.onEvent(emit);
          return services.handlers;
        },
        assets: services.asset,
        launchCommand: launchCommandName(io.env),
        exportDownloads: services.exportDownload,
        log: (message) => io.stderr(message),
      });
    } catch (error) {
      await services.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE')
        throw new CliError(
          `Port ${String(port)} is already in use: choose another with --port, or leave it out.`,
        );
      throw error;
    }
    // Listen for Ctrl+C before announcing the address, so a stop request right after it is handled.
    const running = server;
    const stopped = closeOnStopSignal(() => running.close());
    io.stdout(`OA Planner is running in browser mode: ${server.url}`);
    io.stdout(`Data folder: ${dataDirectory}`);
    io.stdout('Press Ctrl+C to stop.');
    if (!values['no-open'] && canOpenBrowser(io.env)) openInBrowser(server.url);
    await stopped;
    await services.close();
    return 0;
  },
};
