// Paths of the project, for tests that run its built artefacts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliLauncher = path.join(projectRoot, 'electron', 'bin', 'oa-planner.mjs');
/** The bundled CLI that the launcher runs (built by the unit tests' global setup). */
export const cliBundleDirectory = path.join(projectRoot, 'dist', 'cli');
export const testOutputDirectory = path.join(projectRoot, 'test-output');
