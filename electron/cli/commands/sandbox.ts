// `oa-planner sandbox`: the LINE sandbox on its own, for trying the Messaging API or pointing another
// tool at it. Serves one channel on 127.0.0.1; state in a SQLite file or in memory.

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startLineSandbox } from '../../sandbox/server';
import { CliError, UsageError, type CliCommand } from '../command';
import { closeOnStopSignal } from '../stop-signal';

const integer = (name: string, value: string, min: number, max: number): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number from ${String(min)} to ${String(max)} (got "${value}")`,
    );
  return n;
};

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  help: `Usage: oa-planner sandbox --port P [--token T] [--friends N] [--seed N] [--data FILE]

Runs a local emulator of LINE's Messaging API (api.line.me and api-data.line.me on
one origin) on 127.0.0.1. Point @line/bot-sdk clients at it with
baseURL http://127.0.0.1:P and channelAccessToken T.

Options:
  --port P         port to listen on (0 picks a free one)
  --token T        channel access token to accept (printed at start when not given)
  --friends N      friends generated for a new channel (default 5000)
  --seed N         seed of the generated friends (default 1)
  --quota N        monthly message limit of a new channel (default 6000; 0 = none)
  --data FILE      keep state in this SQLite file (default: in memory)
  --no-rate-limits switch LINE's rate limits off
  -h, --help       show this help`,
  options: {
    port: { type: 'string' },
    token: { type: 'string' },
    friends: { type: 'string' },
    seed: { type: 'string' },
    quota: { type: 'string' },
    data: { type: 'string' },
    'no-rate-limits': { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(`sandbox takes no arguments (got "${positionals[0] ?? ''}")`);
    if (typeof values.port !== 'string') throw new UsageError('--port is required (0 picks a free port)');
    const port = integer('port', values.port, 0, 65_535);
    const friends =
      typeof values.friends === 'string' ? integer('friends', values.friends, 0, 2_000_000) : 5000;
    const seed = typeof values.seed === 'string' ? integer('seed', values.seed, 0, 2 ** 31 - 1) : 1;
    const quotaLimit = typeof values.quota === 'string' ? integer('quota', values.quota, 0, 1e12) : 6000;
    const token = typeof values.token === 'string' ? values.token : undefined;
    if (token !== undefined && !/^\S{1,512}$/.test(token))
      throw new UsageError('--token must be 1–512 characters without spaces');
    const dataFile = typeof values.data === 'string' ? path.resolve(values.data) : undefined;
    let sandbox;
    try {
      sandbox = await startLineSandbox({
        port,
        token: token ?? (dataFile ? undefined : randomBytes(24).toString('base64url')),
        friends,
        seed,
        quota: quotaLimit === 0 ? { type: 'none' } : { type: 'limited', value: quotaLimit },
        ...(dataFile ? { dataFile } : {}),
        rateLimits: values['no-rate-limits'] !== true,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE')
        throw new CliError(`Port ${String(port)} is already in use: choose another with --port.`);
      throw new CliError(`The sandbox could not start: ${(error as Error).message}`);
    }
    const channel = sandbox.channel();
    io.stdout(`LINE sandbox listening on ${sandbox.origin}`);
    if (token === undefined) io.stdout(`Channel access token: ${sandbox.token}`);
    io.stdout(
      `Friends: ${String(channel.friends.count)} (${String(channel.friends.targetReach())} reachable)`,
    );
    io.stdout(`State: ${dataFile ?? 'in memory'}`);
    io.stdout('Press Ctrl+C to stop.');
    const running = sandbox;
    await closeOnStopSignal(() => running.close());
    return 0;
  },
};
