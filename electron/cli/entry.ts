// Process entry of the bundled CLI (dist/cli/cli.mjs): wires runCli to the real streams.

import { createInterface } from 'node:readline/promises';
import { runCli } from './cli';

/** A question on standard error, its answer from standard input: both must be a terminal. */
async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/**
 * Set once the reader of standard output has gone (`oa-planner … | head`): the rest of the output
 * has nowhere to go and is dropped, as with any command whose pipe closed, while the command itself
 * finishes what it started (an import or a send is not cut short by its listing's reader leaving).
 */
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text + '\n');
  },
  stderr: (text) => process.stderr.write(text + '\n'),
  env: process.env,
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
});
process.exitCode = code;
