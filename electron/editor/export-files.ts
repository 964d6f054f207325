// Writes a rendered export (export.ts) into a folder, one file per rendered file, and reports what
// went where. The folder is created if needed; handlers.ts checks a folder the user names is new.

import fs from 'node:fs';
import path from 'node:path';
import type { EditorDocument } from '../../shared/editor/document';
import type { ExportedDocument, ExportedFile, ExportFormat, ExportResult } from '../../shared/editor/project';
import { renderedSummary, renderExport, type ExportSources, type RenderedExport } from './export';

export function writeExport(rendered: RenderedExport, outDir: string): ExportResult {
  fs.mkdirSync(outDir, { recursive: true });
  const documents: ExportedDocument[] = rendered.documents.map((doc) => {
    const files: ExportedFile[] = doc.files.map((file) => {
      const target = path.join(outDir, file.name);
      fs.writeFileSync(target, file.bytes);
      return {
        path: target,
        bytes: file.bytes.length,
        ...(file.width !== undefined && file.height !== undefined
          ? { width: file.width, height: file.height }
          : {}),
      };
    });
    return { ...renderedSummary(doc), files };
  });
  return { outDir, documents, files: documents.flatMap((d) => d.files) };
}

/**
 * Exports a project's documents into `outDir`: refuses documents with problems (nothing is written
 * then), renders each in memory, then writes them. Tab sets get one image and JSON per menu.
 */
export async function exportDocuments(
  documents: readonly EditorDocument[],
  sources: ExportSources,
  format: ExportFormat,
  outDir: string,
): Promise<ExportResult> {
  return writeExport(await renderExport(documents, sources, format), outDir);
}
