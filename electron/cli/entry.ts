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
 * A writer to `stream` that stops once its reader has gone (`oa-planner … | head`, or standard error
 * piped to a reader that quits): the rest of the output has nowhere to go and is dropped, as with any
 * command whose pipe closed, while the command itself finishes what it started (an import or a send
 * is not cut short because the reader of its listing left) and exits with its own code.
 */
function lineWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text + '\n');
  };
}

const code = await runCli(process.argv.slice(2), {
  stdout: lineWriter(process.stdout),
  stderr: lineWriter(process.stderr),
  env: process.env,
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
});
process.exitCode = code;
