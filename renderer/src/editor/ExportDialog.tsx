// Export: saves first (so main holds the latest documents and text rasters), then asks main to write
// the images and JSON, and shows where the files went, their sizes and the JPEG quality used.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import { hasLintErrors, lintDocument } from '../../../shared/editor/lint';
import type { ExportFormat, ExportResult } from '../../../shared/editor/project';
import type { Autosave } from './autosave';
import { Dialog } from './Dialog';
import { describeError } from '../ui/errors';
import type { EditorStore } from './store';

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
  | { readonly status: 'failed'; readonly message: string };

export function formatBytes(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format.format(bytes / (1024 * 1024))} MB`;
  return `${format.format(bytes / 1024)} KB`;
}

export function ExportDialog({ api, projectId, store, autosave, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('jpeg');
  const [outDir, setOutDir] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const kind = store.doc.kind;
  const blocked = useMemo(() => store.documents.some((d) => hasLintErrors(lintDocument(d))), [store]);

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
      setState({ status: 'failed', message: describeError(error) });
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
          <p className="ed-banner ed-banner-warning" role="alert">
            {t('editor.export.blocked')}
          </p>
        ) : null}
        {state.status === 'failed' ? (
          <p className="ed-banner ed-banner-error" role="alert">
            {t('editor.export.failed', { message: state.message })}
          </p>
        ) : null}
        {state.status === 'done' ? (
          <div className="ed-export-result" data-testid="export-result">
            <p className="ed-banner ed-banner-ok">
              {t('editor.export.done', { folder: state.result.outDir })}
            </p>
            <p className="ed-mono ed-path" data-testid="export-folder-result">
              {state.result.outDir}
            </p>
            {state.result.documents.map((doc) => (
              <p key={doc.index} className="ed-hint" data-testid="export-quality">
                {doc.jpegQuality !== null
                  ? t('editor.export.quality', {
                      number: doc.index + 1,
                      quality: doc.jpegQuality,
                      size: formatBytes(doc.imageBytes, i18n.language),
                    })
                  : doc.pngColours !== null
                    ? t('editor.export.pngPalette', {
                        number: doc.index + 1,
                        colours: doc.pngColours,
                        size: formatBytes(doc.imageBytes, i18n.language),
                      })
                    : t('editor.export.pngFull', {
                        number: doc.index + 1,
                        size: formatBytes(doc.imageBytes, i18n.language),
                      })}
              </p>
            ))}
            <ul className="ed-file-list">
              {state.result.files.map((file) => (
                <li key={file.path}>
                  <span className="ed-mono ed-ellipsis" title={file.path}>
                    {file.path.slice(state.result.outDir.length + 1) || file.path}
                  </span>
                  <span className="ed-file-size">
                    {file.width && file.height ? `${String(file.width)}×${String(file.height)} · ` : ''}
                    {formatBytes(file.bytes, i18n.language)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="ed-dialog-actions">
          <button type="button" className="ed-button" onClick={onClose}>
            {t('editor.common.close')}
          </button>
          <button
            type="button"
            className="ed-button ed-button-primary"
            disabled={state.status === 'running'}
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
