// The import report as CSV, for the "download report" button and `--report` in the CLI: one summary
// block, then one row per listed invalid line. Column titles stay English so spreadsheets can read them.

import type { ImportReport } from './id-import';

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function importReportCsv(report: ImportReport, fileName: string): string {
  const rows: (string | number | null)[][] = [
    ['file', fileName],
    ['id kind', report.kind],
    ['lines read', report.linesRead],
    ['valid rows', report.validRows],
    ['ids added', report.addedIds],
    ['duplicates in file', report.duplicatesInFile],
    ['already in audience', report.alreadyInAudience],
    ['blank lines', report.blankLines],
    ['header line', report.headerLine],
    ['invalid rows', report.invalidRows],
    ['invalid rows listed', report.invalid.length],
    [],
    ['line', 'reason', 'text'],
    ...report.invalid.map((row) => [row.line, row.reason, row.text]),
  ];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
