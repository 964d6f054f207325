// Prints the test run's totals as one plain line, from vitest's JSON report.
import { readFileSync } from 'node:fs';

const report = JSON.parse(
  readFileSync(new URL('../test-output/vitest-results.json', import.meta.url), 'utf8'),
);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
