// Entry of `npm run bench`: runs every benchmark (or those named on the command line) and prints
// one line per figure. Exits non-zero when a figure misses its target, so a regression is visible.

import os from 'node:os';
import { audiencesBenchmark } from './audiences.bench';
import { audienceSyncBenchmark } from './audience-sync.bench';
import { campaignsBenchmark } from './campaigns.bench';
import { campaignsUiBenchmark } from './campaigns-ui.bench';
import { editorExportBenchmark } from './editor-export.bench';
import { editorUiBenchmark } from './editor-ui.bench';
import { foundationBenchmark } from './foundation.bench';
import { formatFigure, meets, type Benchmark } from './harness';
import { outboxBenchmark } from './outbox.bench';
import { quotaBenchmark } from './quota.bench';
import { sandboxBenchmark } from './sandbox.bench';

const benchmarks: readonly Benchmark[] = [
  foundationBenchmark,
  audiencesBenchmark,
  campaignsBenchmark,
  campaignsUiBenchmark,
  sandboxBenchmark,
  editorUiBenchmark,
  editorExportBenchmark,
  quotaBenchmark,
  outboxBenchmark,
  audienceSyncBenchmark,
];

const filters = process.argv.slice(2);
const chosen = benchmarks.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));

console.log(
  `OA Planner benchmarks — Node ${process.version}, ${os.cpus().length.toString()} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30).toString()} GiB`,
);
let missed = 0;
for (const benchmark of chosen) {
  console.log(`\n${benchmark.name}`);
  for (const figure of await benchmark.run()) {
    console.log(formatFigure(figure));
    if (meets(figure) === false) missed++;
  }
}
console.log(
  missed ? `\n${missed.toString()} figure(s) missed their target.` : '\nAll figures within target.',
);
process.exitCode = missed ? 1 : 0;
