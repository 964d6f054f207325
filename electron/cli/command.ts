// The shape of one CLI command and the error type that becomes a message on stderr.

import type { ParseArgsConfig } from 'node:util';
import { damagedDatabaseMessage } from '../storage/database';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Asks on the terminal and resolves to the answer; absent when stdin or stderr is not a terminal. */
  readonly ask?: (question: string) => Promise<string>;
  /** Long-running commands' clock (default the system's): tests pass a manual one. */
  readonly clock?: {
    readonly now: () => number;
    readonly timer: { schedule(ms: number, run: () => void): () => void };
  };
  /** Resolves when a long-running command should stop (default: on SIGINT or SIGTERM). */
  readonly stopRequested?: Promise<void>;
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

/**
 * What a command throws when `error` came from the database at `file`: SQLite reporting damage
 * becomes one line naming the file and what to do; anything else passes through unchanged.
 */
export function databaseFailure(file: string, error: unknown): unknown {
  const damaged = damagedDatabaseMessage(file, error);
  return damaged === undefined ? error : new CliError(damaged);
}

export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

export const dataDirHelp = `  --data-dir DIR   data folder (default: $OA_PLANNER_DATA_DIR, else the app's own folder)`;
