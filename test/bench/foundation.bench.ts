// The foundation's figures: opening a data folder (migrations included) and the cost of one API call
// through each transport's machinery, measured against the real SQLite file and HTTP server.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApiClient } from '../../shared/api/client';
import { createWireApiTestDouble } from '../../shared/api/test-double';
import { createAppServices } from '../../electron/app/services';
import { startBrowserServer } from '../../electron/server/browser-server';
import { type Benchmark, type Figure, median, percentile, time } from './harness';

export const foundationBenchmark: Benchmark = {
  name: 'foundation',
  async run(): Promise<Figure[]> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'oa-planner-bench-'));
    try {
      let n = 0;
      const openFresh = await time(
        () =>
          createAppServices({
            shell: 'cli',
            dataDirectory: path.join(scratch, `fresh-${String(n++)}`),
          }).close(),
        20,
      );
      const existing = path.join(scratch, 'existing');
      await createAppServices({ shell: 'cli', dataDirectory: existing }).close();
      const openExisting = await time(
        () => createAppServices({ shell: 'cli', dataDirectory: existing }).close(),
        50,
      );

      const data = createAppServices({ shell: 'browser', dataDirectory: path.join(scratch, 'api') });
      const { handlers } = data;
      const inProcess = createApiClient(createWireApiTestDouble(handlers).wire);
      const dispatchTimes = await time(() => inProcess.listChannels(), 2000, 200);

      const rendererDirectory = mkdtempSync(path.join(scratch, 'renderer-'));
      const server = await startBrowserServer({ rendererDirectory, createHandlers: () => handlers });
      const call = () =>
        fetch(`${server.origin}/api/invoke/listChannels`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-oa-planner-key': server.key },
          body: '[]',
        }).then((r) => r.json());
      const httpTimes = await time(call, 1000, 100);
      await server.close();
      await data.close();

      return [
        {
          name: 'open a new data folder (create + migrate), median',
          value: median(openFresh),
          unit: 'ms',
          target: { atMost: 50 },
        },
        {
          name: 'open an existing data folder, median',
          value: median(openExisting),
          unit: 'ms',
          target: { atMost: 20 },
        },
        {
          name: 'API call in process (validate + SQLite + JSON), median',
          value: median(dispatchTimes) * 1000,
          unit: 'µs',
        },
        {
          name: 'API call over browser-mode HTTP, median',
          value: median(httpTimes),
          unit: 'ms',
          target: { atMost: 5 },
        },
        {
          name: 'API call over browser-mode HTTP, p95',
          value: percentile(httpTimes, 95),
          unit: 'ms',
          target: { atMost: 10 },
        },
      ];
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
