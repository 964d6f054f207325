// The shape of one CLI command and the error type that becomes a message on stderr.

import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  readonly name: string;
  /** The full --help text of the command. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit code; long-running commands resolve when they stop. */
  run(
    values: Readonly<Record<string, string | boolean | undefined>>,
    positionals: readonly string[],
    io: CliIo,
  ): Promise<number>;
}

/** A mistake in how the command was called: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

export const dataDirHelp = `  --data-dir DIR   data folder (default: $OA_PLANNER_DATA_DIR, else the app's own folder)`;
