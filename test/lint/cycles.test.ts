// The import-cycle rule, through ESLint's real API: the project's graph is read from disk, and the
// text under test is linted as if it were one of the project's files.

import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project';

const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfigFile: path.join(projectRoot, '.config', 'eslint.config.mjs'),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'cycles/no-import-cycles',
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('import-cycle lint rule', () => {
  // ESLint loads its configuration and plugins on the first file: once, before the cases, with
  // room for a busy machine.
  beforeAll(async () => {
    await problems('shared/domain/x.ts', 'export {};');
  }, 180_000);

  it('reports a type-only import that closes a cycle, naming the route', async () => {
    // algebra.ts imports estimate.ts; estimate.ts importing algebra.ts back would close a cycle.
    const found = await problems(
      'shared/audiences/estimate.ts',
      "import type { AudienceCount } from './algebra';\nexport type X = AudienceCount;\n",
    );
    expect(found).toEqual([
      expect.stringContaining(
        'Import cycle: shared/audiences/estimate.ts → shared/audiences/algebra.ts → shared/audiences/estimate.ts',
      ),
    ]);
  });

  it('reports cycles through several files, re-exports and dynamic imports', async () => {
    const found = await problems(
      'electron/storage/migration.ts',
      "export { migrate } from './migrate';\nexport const later = () => import('./database');\n",
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('electron/storage/migration.ts → electron/storage/migrate.ts');
  });

  it('accepts imports that do not lead back', async () => {
    expect(
      await problems('shared/audiences/estimate.ts', "import type { Locale } from '../domain/locale';\n"),
    ).toEqual([]);
  });
});
