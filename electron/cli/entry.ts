// Process entry of the bundled CLI (dist/cli/cli.mjs): wires runCli to the real streams.

import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  env: process.env,
});
process.exitCode = code;
