// The import dialog: choose a file and a new or existing audience, upload it in chunks with a
// progress bar and Cancel, then read the report (valid, duplicates, invalid lines) and download it.

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ApiClient } from '../../../shared/api/client';
import { importChunkBytes } from '../../../shared/audiences/api';
import type { AudienceSummary } from '../../../shared/audiences/audience';
import type { ImportFailure, ImportReport } from '../../../shared/audiences/id-import';
import { importFailureText, type ImportOutcome } from '../../../shared/audiences/import-outcome';
import { renderText, type Translate } from '../../../shared/i18n/text';
import { maxImportFileBytes } from '../../../shared/audiences/limits';
import { checkAudienceName } from '../../../shared/audiences/names';
import { importReportCsv } from '../../../shared/audiences/report-csv';
import { formatBytes, formatNumber } from './format';
import { dynamicT, invalidReasonKey } from './labels';
import { Dialog } from '../ui/Dialog';
import { CancelButton, Field } from './fields';

type Phase =
  | { readonly step: 'form' }
  | {
      readonly step: 'uploading';
      readonly sent: number;
      readonly total: number;
      readonly lines: number;
      /** The last chunk is in: the server commits in one step and Cancel can no longer stop it. */
      readonly finishing: boolean;
    }
  | { readonly step: 'result'; readonly outcome: ImportOutcome };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface ImportDialogProps {
  readonly api: ApiClient;
  readonly channelId: number;
  readonly audiences: readonly AudienceSummary[];
  readonly onClose: () => void;
}

export function ImportDialog({ api, channelId, audiences, onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const uploads = audiences.filter((a) => a.kind === 'upload');
  const [mode, setMode] = useState<'create' | 'append'>('create');
  const [name, setName] = useState('');
  const [appendTo, setAppendTo] = useState<number | null>(uploads[0]?.id ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [column, setColumn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const cancelled = useRef(false);
  const importId = useRef<string | null>(null);

  const nameProblem =
    mode === 'create' && name.length > 0
      ? checkAudienceName(
          name,
          audiences.filter((a) => a.kind !== 'line').map((a) => a.name),
        )
      : null;

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file) return setError(t('audiences.import.chooseFile'));
    if (mode === 'create' && checkAudienceName(name) !== null)
      return setError(t('audiences.import.nameNeeded'));
    if (nameProblem) return setError(t(`audiences.nameProblem.${nameProblem}`));
    if (mode === 'append' && appendTo === null) return setError(t('audiences.import.chooseAudience'));
    if (file.size > maxImportFileBytes) {
      return setError(
        t('audiences.failure.tooLarge', {
          file: file.name,
          size: formatBytes(locale, file.size),
          limit: formatBytes(locale, maxImportFileBytes),
        }),
      );
    }
    cancelled.current = false;
    try {
      const trimmed = column.trim();
      const { importId: id } = await api.beginAudienceImport({
        target: mode === 'create' ? { mode, channelId, name } : { mode, audienceId: appendTo ?? 0 },
        fileName: file.name,
        totalBytes: file.size,
        ...(trimmed === '' ? {} : { column: /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed }),
      });
      importId.current = id;
      setPhase({ step: 'uploading', sent: 0, total: file.size, lines: 0, finishing: false });
      for (let offset = 0; offset < file.size; offset += importChunkBytes) {
        if (cancelled.current) return;
        const bytes = new Uint8Array(await file.slice(offset, offset + importChunkBytes).arrayBuffer());
        if (cancelled.current) return;
        const progress = await api.appendAudienceImportChunk(id, offset, toBase64(bytes));
        setPhase({
          step: 'uploading',
          sent: progress.receivedBytes,
          total: progress.totalBytes,
          lines: progress.linesRead,
          finishing: false,
        });
      }
      if (cancelled.current) return;
      // From here the import commits in one step on the server; Cancel can no longer stop it.
      setPhase((current) => (current.step === 'uploading' ? { ...current, finishing: true } : current));
      const outcome = await api.finishAudienceImport(id);
      importId.current = null;
      setPhase({ step: 'result', outcome });
    } catch (caught) {
      if (cancelled.current) return;
      importId.current = null;
      setPhase({ step: 'form' });
      setError(describeError(caught));
    }
  }

  function cancel() {
    if (phase.step === 'uploading' && phase.finishing) return;
    cancelled.current = true;
    const id = importId.current;
    importId.current = null;
    if (id) void api.cancelAudienceImport(id).catch(() => undefined);
    setPhase({ step: 'result', outcome: { ok: false, failure: { reason: 'cancelled' }, report: null } });
  }

  const title = t('audiences.import.title');
  if (phase.step === 'uploading') {
    const percent = phase.total === 0 ? 100 : Math.round((phase.sent / phase.total) * 100);
    return (
      <Dialog
        className="aud-modal"
        title={title}
        onClose={cancel}
        testId="import-dialog"
        footer={<CancelButton onClick={cancel} disabled={phase.finishing} />}
      >
        <p>
          {t(phase.finishing ? 'audiences.import.saving' : 'audiences.import.uploading', {
            file: file?.name ?? '',
          })}
        </p>
        <progress
          className="aud-progress"
          max={phase.total}
          value={phase.sent}
          aria-label={t('audiences.import.progressLabel')}
          data-testid="import-progress"
        />
        <p className="aud-muted" aria-live="polite">
          {t('audiences.import.progress', {
            percent: formatNumber(locale, percent),
            sent: formatBytes(locale, phase.sent),
            total: formatBytes(locale, phase.total),
            lines: formatNumber(locale, phase.lines),
          })}
        </p>
      </Dialog>
    );
  }

  if (phase.step === 'result') {
    const { outcome } = phase;
    const report = outcome.report;
    return (
      <Dialog
        className="aud-modal"
        title={title}
        onClose={onClose}
        wide
        testId="import-dialog"
        footer={
          <>
            {report ? (
              <button
                type="button"
                className="button aud-button-secondary"
                onClick={() =>
                  download(
                    `${(file?.name ?? 'import').replace(/\.[^.]*$/, '')}-report.csv`,
                    importReportCsv(report, file?.name ?? ''),
                  )
                }
              >
                {t('audiences.report.download')}
              </button>
            ) : null}
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              {t('audiences.common.close')}
            </button>
          </>
        }
      >
        {outcome.ok ? (
          <p className="aud-success" role="status">
            {t('audiences.report.imported', {
              name: outcome.audience.name,
              n: formatNumber(locale, outcome.audience.size ?? 0),
            })}
          </p>
        ) : (
          <p className="field-error" role="alert" data-testid="import-failure">
            {failureText(t, outcome.failure, file?.name ?? '', locale)}
          </p>
        )}
        {report ? <ReportView report={report} /> : null}
      </Dialog>
    );
  }

  return (
    <Dialog
      className="aud-modal"
      title={title}
      onClose={onClose}
      testId="import-dialog"
      footer={
        <>
          <CancelButton onClick={onClose} />
          <button type="submit" form="aud-import-form" className="button button-primary">
            {t('audiences.import.start')}
          </button>
        </>
      }
    >
      <form id="aud-import-form" className="aud-form" onSubmit={(e) => void start(e)}>
        <fieldset className="aud-radios">
          <legend className="aud-label">{t('audiences.import.into')}</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'create'} onChange={() => setMode('create')} />{' '}
            {t('audiences.import.newAudience')}
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === 'append'}
              disabled={uploads.length === 0}
              onChange={() => setMode('append')}
            />{' '}
            {t('audiences.import.existingAudience')}
          </label>
        </fieldset>
        {mode === 'create' ? (
          <Field label={t('audiences.import.name')}>
            <input
              className="aud-input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={240}
              aria-invalid={nameProblem !== null}
              autoFocus
            />
            {nameProblem ? (
              <span className="aud-hint aud-hint-error">{t(`audiences.nameProblem.${nameProblem}`)}</span>
            ) : (
              <span className="aud-hint">{t('audiences.import.nameHint')}</span>
            )}
          </Field>
        ) : (
          <Field label={t('audiences.import.audience')}>
            <select
              className="select"
              value={appendTo ?? ''}
              onChange={(e) => setAppendTo(Number(e.target.value))}
            >
              {uploads.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('audiences.import.file')}>
          <input
            type="file"
            accept=".txt,.csv,.tsv,text/plain,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
          <span className="aud-hint">
            {file
              ? t('audiences.import.fileChosen', { size: formatBytes(locale, file.size) })
              : t('audiences.import.fileHint', { limit: formatBytes(locale, maxImportFileBytes) })}
          </span>
        </Field>
        <Field label={t('audiences.import.column')}>
          <input
            className="aud-input aud-input-short"
            value={column}
            onChange={(e) => setColumn(e.target.value)}
            placeholder={t('audiences.import.columnAuto')}
          />
        </Field>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function failureText(t: T, failure: ImportFailure, file: string, locale: string): string {
  const text = importFailureText(failure, file, {
    number: (n) => formatNumber(locale, n),
    bytes: (n) => formatBytes(locale, n),
  });
  return renderText(text, t as unknown as Translate);
}

export function ReportView({ report }: { readonly report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(i18n.language, value);
  const facts: [string, string][] = [
    [t('audiences.report.valid'), n(report.validRows)],
    [t('audiences.report.added'), n(report.addedIds)],
    [t('audiences.report.duplicates'), n(report.duplicatesInFile)],
    [t('audiences.report.alreadyIn'), n(report.alreadyInAudience)],
    [t('audiences.report.invalid'), n(report.invalidRows)],
    [t('audiences.report.lines'), n(report.linesRead)],
  ];
  if (report.headerLine !== null) facts.push([t('audiences.report.header'), n(report.headerLine)]);
  if (report.kind)
    facts.push([
      t('audiences.report.idKind'),
      t(report.kind === 'userId' ? 'audiences.idKind.userId' : 'audiences.idKind.ifa'),
    ]);
  return (
    <div className="aud-report" data-testid="import-report">
      <dl className="aud-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="aud-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.invalid.length > 0 ? (
        <>
          <h3 className="aud-subtitle">
            {report.invalidRows > report.invalid.length
              ? t('audiences.report.invalidFirst', {
                  shown: n(report.invalid.length),
                  total: n(report.invalidRows),
                })
              : t('audiences.report.invalidAll')}
          </h3>
          <div className="aud-table-wrap aud-invalid-wrap">
            <table className="aud-table" data-testid="invalid-rows">
              <thead>
                <tr>
                  <th scope="col">{t('audiences.report.line')}</th>
                  <th scope="col">{t('audiences.report.reason')}</th>
                  <th scope="col">{t('audiences.report.text')}</th>
                </tr>
              </thead>
              <tbody>
                {report.invalid.map((row) => (
                  <tr key={row.line}>
                    <td className="aud-num">{n(row.line)}</td>
                    <td>{dynamicT(t)(invalidReasonKey[row.reason])}</td>
                    <td className="aud-code">{row.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
