// Export: saves first (so main holds the latest documents and text rasters), then asks main to write
// the images and JSON, and shows where the files went, their sizes and the encoding used. While the
// checks find problems the export is off, and the dialog lists every one of them — the same list
// main would refuse with. In browser mode the finished folder can be downloaded as a zip.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import { exportProblems } from '../../../shared/editor/document-set';
import {
  exportDownloadPath,
  type ExportedDocument,
  type ExportFormat,
  type ExportResult,
} from '../../../shared/editor/project';
import { browserKeyHeader } from '../../../shared/api/browser-protocol';
import { assetAccessKey } from '../bridge/api';
import { describeErrorParts, useRenderText } from '../ui/errors';
import type { Autosave } from './autosave';
import { Dialog } from './Dialog';
import { useEditor, type EditorStore } from './store';

export interface ExportDialogProps {
  readonly api: ApiClient;
  readonly projectId: number;
  readonly store: EditorStore;
  readonly autosave: Autosave;
  readonly onClose: () => void;
}

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly result: ExportResult }
  | { readonly status: 'failed'; readonly head: string; readonly details: readonly string[] };

export function formatBytes(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format.format(bytes / (1024 * 1024))} MB`;
  return `${format.format(bytes / 1024)} KB`;
}

/** The browser-mode address of a finished export's zip, or null in the desktop app. */
function downloadPath(result: ExportResult): string | null {
  if (assetAccessKey() === null || result.folderId === undefined) return null;
  return exportDownloadPath(result.folderId);
}

/** The file name of an `attachment; filename*=UTF-8''…` answer (RFC 6266), else its ASCII one. */
function attachmentName(disposition: string | null): string | null {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]*)"/i.exec(disposition ?? '')?.[1] ?? null;
}

/**
 * Saves the zip: fetched with the launch key in a header (never in an address, which would end up
 * in the history), then handed to the browser as a download of the object URL.
 */
async function saveZip(path: string): Promise<void> {
  const response = await fetch(path, { headers: { [browserKeyHeader]: assetAccessKey() ?? '' } });
  if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(response.headers.get('content-disposition')) ?? 'export.zip';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download from the blob; the URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportDialog({ api, projectId, store, autosave, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const renderText = useRenderText();
  const [format, setFormat] = useState<ExportFormat>('jpeg');
  const [outDir, setOutDir] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const documents = useEditor(store, (s) => s.history.present);
  const kind = documents[0]?.kind ?? 'richmenu';
  const problems = useMemo(() => exportProblems(documents), [documents]);
  const blocked = problems.length > 0;

  const run = async () => {
    setState({ status: 'running' });
    try {
      await autosave.flush();
      const result = await api.exportProject({
        id: projectId,
        format,
        ...(outDir.trim() ? { outDir: outDir.trim() } : {}),
      });
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'failed', ...describeErrorParts(error) });
    }
  };

  return (
    <Dialog title={t('editor.export.title')} onClose={onClose} testId="export-dialog">
      <div className="ed-form">
        <div className="ed-segmented" role="radiogroup" aria-label={t('editor.export.format')}>
          {(['jpeg', 'png'] as const).map((f) => (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={format === f}
              className="ed-segment"
              onClick={() => setFormat(f)}
              data-testid={`export-format-${f}`}
            >
              {f === 'jpeg' ? 'JPEG' : 'PNG'}
            </button>
          ))}
        </div>
        <p className="ed-hint">
          {kind === 'richmenu' ? t('editor.export.richMenuHint') : t('editor.export.imagemapHint')}
        </p>
        <label className="ed-field">
          <span className="ed-label">{t('editor.export.folder')}</span>
          <input
            className="ed-input ed-mono"
            value={outDir}
            placeholder={t('editor.export.folderDefault')}
            onChange={(e) => setOutDir(e.target.value)}
            data-testid="export-folder"
          />
        </label>
        {blocked ? (
          <div className="ed-banner ed-banner-warning" role="alert" data-testid="export-blocked">
            <p>{t('errors.export.fixFirst', { count: problems.length })}</p>
            <ul className="ed-problem-list">
              {problems.map((problem, index) => (
                <li key={index} data-testid="export-problem">
                  {renderText(problem)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status === 'failed' ? (
          <div className="ed-banner ed-banner-error" role="alert" data-testid="export-failed">
            <p>{t('editor.export.failed', { message: state.head })}</p>
            {state.details.length > 0 ? (
              <ul className="ed-problem-list">
                {state.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.status === 'done' ? <ExportSummary result={state.result} /> : null}
        <div className="ed-dialog-actions">
          {blocked ? (
            <span className="ed-hint ed-dialog-actions-reason" id="export-blocked-reason">
              {t('editor.export.blocked')}
            </span>
          ) : null}
          <button type="button" className="ed-button" onClick={onClose}>
            {t('editor.common.close')}
          </button>
          <button
            type="button"
            className="ed-button ed-button-primary"
            disabled={blocked || state.status === 'running'}
            aria-describedby={blocked ? 'export-blocked-reason' : undefined}
            title={blocked ? t('editor.export.blocked') : undefined}
            onClick={() => void run()}
            data-testid="run-export"
          >
            {state.status === 'running' ? t('editor.export.running') : t('editor.export.run')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function ExportSummary({ result }: { result: ExportResult }) {
  const { t, i18n } = useTranslation();
  const renderText = useRenderText();
  const download = downloadPath(result);
  const [downloading, setDownloading] = useState<'idle' | 'busy' | 'failed'>('idle');
  const encoding = (doc: ExportedDocument): string => {
    const name = renderText(doc.name);
    const size = formatBytes(doc.imageBytes, i18n.language);
    if (doc.jpegQuality !== null) return t('editor.export.quality', { name, quality: doc.jpegQuality, size });
    if (doc.pngColours !== null) {
      return t('editor.export.pngPalette', { name, colours: doc.pngColours, size });
    }
    return t('editor.export.pngFull', { name, size });
  };
  return (
    <div className="ed-export-result" data-testid="export-result">
      <p className="ed-banner ed-banner-ok">{t('editor.export.done')}</p>
      <p className="ed-mono ed-path" data-testid="export-folder-result">
        {result.outDir}
      </p>
      {download ? (
        <p className="ed-export-download">
          <button
            type="button"
            className="ed-button"
            data-testid="export-download"
            disabled={downloading === 'busy'}
            onClick={() => {
              setDownloading('busy');
              saveZip(download).then(
                () => setDownloading('idle'),
                () => setDownloading('failed'),
              );
            }}
          >
            {t('editor.export.download')}
          </button>
          <span className="ed-hint">
            {downloading === 'failed' ? t('editor.export.downloadFailed') : t('editor.export.downloadHint')}
          </span>
        </p>
      ) : null}
      {result.documents.map((doc) => (
        <div key={doc.index} className="ed-export-document">
          <p className="ed-hint" data-testid="export-quality">
            {encoding(doc)}
          </p>
          {doc.suggestJpeg ? (
            <p className="ed-banner ed-banner-warning" data-testid="export-suggest-jpeg">
              {t('editor.export.suggestJpeg')}
            </p>
          ) : null}
        </div>
      ))}
      <ul className="ed-file-list">
        {result.files.map((file) => (
          <li key={file.path}>
            <span className="ed-mono ed-ellipsis" title={file.path}>
              {file.path.slice(result.outDir.length + 1) || file.path}
            </span>
            <span className="ed-file-size">
              {file.width && file.height ? `${String(file.width)}×${String(file.height)} · ` : ''}
              {formatBytes(file.bytes, i18n.language)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
