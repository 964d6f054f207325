// Every test of the project: `unit` (shared/ and electron/ code in Node, plus the bridge type tests)
// and `e2e` (the built app in browser mode, driven in Chromium). `npm test` runs both.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  test: {
    root,
    // The JSON report lets CI print one plain 'N passed, N failed' line (.ci/summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          root,
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          globalSetup: ['test/unit-global-setup.ts'],
          // Generous: some tests start real processes and servers on a 2-core machine.
          testTimeout: 20_000,
          typecheck: {
            enabled: true,
            include: ['test/types/**/*.test-d.ts'],
            tsconfig: 'test/types/tsconfig.json',
          },
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
