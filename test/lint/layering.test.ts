// The layering rule, run through ESLint's real API on small files placed in each folder.

import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project';

const eslint = new ESLint({
  cwd: projectRoot,
  overrideConfigFile: path.join(projectRoot, '.config', 'eslint.config.mjs'),
  // Type-aware rules need files on disk; the layering rule does not.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'oa/layering' || ruleId === 'no-restricted-globals',
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layering lint rule', () => {
  // ESLint loads its configuration and plugins on the first file: once, before the cases, with
  // room for a busy machine.
  beforeAll(async () => {
    await problems('shared/domain/x.ts', 'export {};');
  }, 180_000);

  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';"],
    ['shared/domain/x.ts', "import path from 'path';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import Database from 'better-sqlite3';"],
    ['shared/domain/x.ts', "import { useState } from 'react';"],
    ['shared/domain/x.ts', "import { openDatabase } from '../../electron/storage/database';"],
    ['shared/domain/x.ts', "export * from '../../renderer/src/main';"],
    ['shared/domain/x.ts', 'export const w = window.innerWidth;'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/src/x.ts', "const m = await import('node:child_process');"],
    ['renderer/src/x.ts', "import Store from 'electron-store';"],
    ['renderer/src/x.ts', "import { messagingApi } from '@line/bot-sdk';"],
    ['renderer/src/x.ts', "import sharp from 'sharp';"],
    ['renderer/src/x.ts', "import { handlers } from '../../electron/app/handlers';"],
    ['electron/app/x.ts', "import { App } from '../../renderer/src/app/App';"],
    ['electron/app/x.ts', "import Konva from 'konva';"],
  ])('%s: %s fails', async (file, code) => {
    const found = await problems(file, code);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(/must not/);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';\nimport { assert } from './assert';"],
    [
      'renderer/src/x.ts',
      "import { createApiClient } from '../../shared/api/client';\nimport React from 'react';",
    ],
    [
      'electron/app/x.ts',
      "import Database from 'better-sqlite3';\nimport fs from 'node:fs';\nimport { ok } from '../../shared/api/result';",
    ],
    [
      'test/x.test.ts',
      "import { openDatabase } from '../electron/storage/database';\nimport fs from 'node:fs';",
    ],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
