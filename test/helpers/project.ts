// Paths of the project, for tests that run its built artefacts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliLauncher = path.join(projectRoot, 'electron', 'bin', 'oa-planner.mjs');
export const testOutputDirectory = path.join(projectRoot, 'test-output');
