// Temporary directories for tests, removed when the calling test finishes (pass or fail).

import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Creates a fresh directory under the OS temp folder. Call it inside a test or beforeEach: the
 * cleanup is registered with onTestFinished, which only exists while a test runs.
 */
export function makeTempDir(prefix = 'oa-planner-test-'): string {
  // realpath so paths compare equal to what the code under test reports (macOS /var → /private/var).
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  onTestFinished(() => {
    // Retries cover Windows, where a just-closed SQLite or file handle can linger briefly.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  return dir;
}
