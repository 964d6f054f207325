#!/usr/bin/env node
// Launcher of the `oa-planner` command. The CLI is bundled into dist/ by `npm run build`, which
// `npm install`/`npm ci` run through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/cli/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    `oa-planner: not built yet (${bundle} is missing). Run \`npm run build\` in the project folder.\n`,
  );
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
