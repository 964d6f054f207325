// The live checks beside the canvas: lintDocument's findings in the UI language, each naming its
// area and how to fix it; clicking one selects the area (switching to tap-area mode), or the cell or
// layer a design finding is about.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFinding, lintDocument, type LintTarget } from '../../../shared/editor/lint';
import { translateDynamic } from '../ui/errors';
import { useTextMeasurements } from './text-measure';
import { Icon } from './icons';
import { activeDocument, useEditor, type EditorStore, type Selection } from './store';

export function LintPanel({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const doc = useEditor(store, activeDocument);
  const documents = useEditor(store, (s) => s.history.present);
  const knownAliases = useMemo(
    () => documents.flatMap((d) => (d.kind === 'richmenu' && d.richMenu.aliasId ? [d.richMenu.aliasId] : [])),
    [documents],
  );
  const textMeasurements = useTextMeasurements(doc);
  const findings = useMemo(
    () => lintDocument(doc, { knownAliases, textMeasurements }),
    [doc, knownAliases, textMeasurements],
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const translate = (key: string, params?: Record<string, string | number>) =>
    translateDynamic(t, key, params);

  return (
    <section className="ed-lint" aria-labelledby="lint-heading" data-testid="lint-panel">
      <h3 className="ed-panel-heading" id="lint-heading">
        {t('editor.checks.title')}
        <span className="ed-lint-counts">
          {errors > 0 ? (
            <span className="ed-pill ed-pill-error">{t('editor.checks.errors', { count: errors })}</span>
          ) : null}
          {warnings > 0 ? (
            <span className="ed-pill ed-pill-warning">
              {t('editor.checks.warnings', { count: warnings })}
            </span>
          ) : null}
        </span>
      </h3>
      {findings.length === 0 ? (
        <p className="ed-lint-ok" data-testid="lint-ok">
          <Icon name="check" />
          {t('editor.checks.allGood')}
        </p>
      ) : (
        <ul className="ed-lint-list">
          {findings.map((finding, index) => {
            const text = describeFinding(finding, translate);
            const areaId = finding.areaId;
            const target = finding.target;
            return (
              <li key={`${finding.code}-${finding.areaId ?? 'doc'}-${String(index)}`}>
                <button
                  type="button"
                  className="ed-lint-item"
                  data-severity={finding.severity}
                  data-code={finding.code}
                  data-testid="lint-finding"
                  disabled={areaId === null && target === undefined}
                  onClick={() => {
                    if (areaId) store.patch({ mode: 'areas', selection: { kind: 'area', id: areaId } });
                    else if (target)
                      store.patch({
                        mode: target.kind === 'video' ? 'areas' : 'design',
                        selection: selectionOf(target),
                      });
                  }}
                >
                  <Icon
                    name={finding.severity === 'error' ? 'error' : 'warning'}
                    className="icon ed-lint-icon"
                  />
                  <span>{text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A design finding selects its cell or layer (in design mode), a video finding the video area. */
function selectionOf(target: LintTarget): Selection {
  switch (target.kind) {
    case 'cell':
      return { kind: 'cell', id: target.id };
    case 'layer':
      return { kind: 'layers', ids: [target.id] };
    case 'video':
      return { kind: 'video' };
  }
}
