// `oa-planner export PROJECT --out DIR`: exports a stored editor project without a window, exactly as
// the app's Export does (the same sharp pipeline, the stored text rasters), for automation.

import path from 'node:path';
import { resolveDataDirectory } from '../../app/environment';
import { createAppServices } from '../../app/services';
import { ApiError } from '../../../shared/api/result';
import type { ExportFormat, ExportResult } from '../../../shared/editor/project';
import { englishText } from '../../../shared/i18n/text';
import { exportStoredProject } from '../../editor/export-project';
import { assertFreshExportFolder } from '../../editor/export-folder';
import {
  CliError,
  UsageError,
  databaseFailure,
  dataDirHelp,
  dataDirOption,
  type CliCommand,
} from '../command';
import { chooseProject } from '../project-choice';

export const exportCommand: CliCommand = {
  name: 'export',
  help: `Usage: oa-planner export PROJECT --out DIR [--format jpeg|png] [--data-dir DIR]

Exports an editor project (by id or exact name; \`oa-planner project list\` lists them)
into DIR, a new or empty folder (a folder with files in it is refused, so no file
is overwritten):
  rich menu:    richmenu.jpg (or .png), exactly the menu's size and at most 1 MB,
                plus richmenu.json, the object for LINE's "create rich menu";
                a tab set writes richmenu-<alias>.jpg/.json per menu;
  rich message: the files 240 300 460 700 1040 (no extension, each at most
                10 MB) plus imagemap-message.json with the base URL to fill in.
The project must have no linter errors; they are listed if it has.

Options:
  --out DIR        new or empty folder to write into (created if missing)
  --format F       jpeg (default) or png
${dataDirHelp}
  -h, --help       show this help`,
  options: {
    ...dataDirOption,
    out: { type: 'string' },
    format: { type: 'string' },
  },
  async run(values, positionals, io) {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'name the project to export' : 'export takes one project',
      );
    }
    const wanted = positionals[0]!;
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out DIR is required');
    const format = (values.format ?? 'jpeg') as string;
    if (format !== 'jpeg' && format !== 'png') {
      throw new UsageError(`--format must be jpeg or png (got "${format}")`);
    }
    const dataDirectory = resolveDataDirectory(
      typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
      io.env,
    );
    const data = createAppServices({ shell: 'cli', dataDirectory });
    try {
      const project = chooseProject(data.database.db, wanted, dataDirectory);
      // The app's rule: a new or empty folder, so no file already there is overwritten.
      const outDir = path.resolve(values.out);
      assertFreshExportFolder(outDir);
      const result = await exportStoredProject(data.database.db, project.id, format as ExportFormat, outDir);
      for (const line of exportSummaryLines(result)) io.stdout(line);
      return 0;
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(error.message);
      throw databaseFailure(data.database.file, error);
    } finally {
      await data.close();
    }
  },
};

/**
 * What the command prints: the folder once, then per document its name (as the editor's tab shows
 * it), the encoding and size, a suggestion when a PNG palette bands photos, and its files relative
 * to the folder.
 */
export function exportSummaryLines(result: ExportResult): string[] {
  const lines = [`Exported to ${result.outDir}`];
  for (const doc of result.documents) {
    const encoding =
      doc.jpegQuality !== null
        ? `JPEG quality ${String(doc.jpegQuality)}`
        : doc.pngColours !== null
          ? `PNG with ${String(doc.pngColours)} colours`
          : 'PNG, full colour';
    lines.push(`${englishText(doc.name)}: ${encoding}, ${String(doc.imageBytes)} bytes`);
    if (doc.suggestJpeg) lines.push(`  ${englishText({ key: 'editor.export.suggestJpeg' })}`);
    for (const file of doc.files) {
      const size = file.width !== undefined ? ` (${String(file.width)}×${String(file.height)})` : '';
      lines.push(`  ${path.relative(result.outDir, file.path)}  ${String(file.bytes)} bytes${size}`);
    }
  }
  return lines;
}
