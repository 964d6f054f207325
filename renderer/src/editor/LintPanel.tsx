// The live checks of every document of the project, in the UI language: a one-line summary always
// in view at the foot of the right panel, and below the properties (scrolling with them) the
// findings, the open document's first, each naming its area and how to fix it; clicking one opens
// its menu and selects the area. With nothing to fix anywhere only the summary line is left.

import { useTranslation } from 'react-i18next';
import { duplicateAliasText, type DocumentCheck } from '../../../shared/editor/document-set';
import { findingText, type LintFinding, type LintTarget } from '../../../shared/editor/lint';
import type { LocalizedText } from '../../../shared/i18n/text';
import { useRenderText } from '../ui/errors';
import { useSetCheck } from './checks';
import { Icon } from './icons';
import { useEditor, type EditorStore, type Selection } from './store';

const listId = 'ed-lint-list';

/** One line: "Ready for LINE", or the counts and a button that scrolls to the findings. */
export function LintSummary({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const check = useSetCheck(store);
  if (check.errors + check.warnings === 0) {
    return (
      <p className="ed-lint-summary ed-lint-ok" role="status" data-testid="lint-ok">
        <Icon name="check" />
        {t('editor.checks.allGood')}
      </p>
    );
  }
  return (
    <p
      className="ed-lint-summary"
      role="status"
      data-severity={check.errors > 0 ? 'error' : 'warning'}
      data-testid="lint-summary"
    >
      <Icon name={check.errors > 0 ? 'error' : 'warning'} className="icon ed-lint-icon" />
      <span className="ed-lint-summary-text">
        {check.errors > 0 ? t('editor.checks.errors', { count: check.errors }) : null}
        {check.errors > 0 && check.warnings > 0 ? ' · ' : null}
        {check.warnings > 0 ? t('editor.checks.warnings', { count: check.warnings }) : null}
      </span>
      <button
        type="button"
        className="ed-button ed-button-small ed-button-ghost"
        aria-controls={listId}
        onClick={() =>
          document.getElementById(listId)?.scrollIntoView({ block: 'start', behavior: 'smooth' })
        }
      >
        {t('editor.checks.show')}
      </button>
    </p>
  );
}

export function LintPanel({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const renderText = useRenderText();
  const check = useSetCheck(store);
  const active = useEditor(store, (s) => s.active);
  const documents = useEditor(store, (s) => s.history.present);

  if (check.errors + check.warnings === 0) return null;

  // The open document first, then the others in tab order; clean ones are left out.
  const ordered = [
    ...check.documents.filter((d) => d.index === active),
    ...check.documents.filter((d) => d.index !== active),
  ].filter((d) => d.findings.length > 0);
  const several = documents.length > 1;

  return (
    <section className="ed-lint" id={listId} aria-labelledby="lint-heading" data-testid="lint-panel">
      <h3 className="ed-panel-heading" id="lint-heading">
        {t('editor.checks.title')}
        <span className="ed-lint-counts">
          {check.errors > 0 ? (
            <span className="ed-pill ed-pill-error">
              {t('editor.checks.errors', { count: check.errors })}
            </span>
          ) : null}
          {check.warnings > 0 ? (
            <span className="ed-pill ed-pill-warning">
              {t('editor.checks.warnings', { count: check.warnings })}
            </span>
          ) : null}
        </span>
      </h3>
      {several && check.documents[active]?.findings.length === 0 ? (
        <p className="ed-lint-note" data-testid="lint-active-ok">
          <Icon name="check" />
          {t('editor.checks.thisMenuGood', { name: renderText(check.documents[active].name) })}
        </p>
      ) : null}
      {check.duplicateAliases.length > 0 ? (
        <ul className="ed-lint-list">
          {check.duplicateAliases.map((clash) => (
            <li key={`${clash.alias}-${String(clash.second)}`}>
              <LintItem
                severity="error"
                code="alias-duplicate"
                text={renderText(duplicateAliasText(documents, clash))}
                onClick={() => store.setActive(clash.second)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {ordered.map((doc) => (
        <DocumentFindings
          key={doc.index}
          doc={doc}
          heading={several ? renderText(doc.name) : null}
          renderText={renderText}
          onSelect={(finding) => {
            store.setActive(doc.index);
            if (finding.areaId !== null) {
              store.patch({ mode: 'areas', selection: { kind: 'area', id: finding.areaId } });
            } else if (finding.target) {
              store.patch({
                mode: finding.target.kind === 'video' ? 'areas' : 'design',
                selection: selectionOf(finding.target),
              });
            }
          }}
          onOpen={doc.index === active ? null : () => store.setActive(doc.index)}
        />
      ))}
    </section>
  );
}

function DocumentFindings({
  doc,
  heading,
  renderText,
  onSelect,
  onOpen,
}: {
  doc: DocumentCheck;
  heading: string | null;
  renderText: (text: LocalizedText) => string;
  /** Selects what a finding is about: its area, or the cell, layer or video it names. */
  onSelect: (finding: LintFinding) => void;
  /** Opens the document, for findings without an area in another document. */
  onOpen: (() => void) | null;
}) {
  return (
    <div className="ed-lint-group" data-testid="lint-group" data-document={doc.index}>
      {heading !== null ? <h4 className="ed-lint-group-heading">{heading}</h4> : null}
      <ul className="ed-lint-list">
        {doc.findings.map((finding, index) => {
          const selectable = finding.areaId !== null || finding.target !== undefined;
          return (
            <li key={`${finding.code}-${finding.areaId ?? 'doc'}-${String(index)}`}>
              <LintItem
                severity={finding.severity}
                code={finding.code}
                text={renderText(findingText(finding))}
                onClick={selectable ? () => onSelect(finding) : onOpen}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function LintItem({
  severity,
  code,
  text,
  onClick,
}: {
  severity: 'error' | 'warning';
  code: string;
  text: string;
  onClick: (() => void) | null;
}) {
  return (
    <button
      type="button"
      className="ed-lint-item"
      data-severity={severity}
      data-code={code}
      data-testid="lint-finding"
      disabled={onClick === null}
      onClick={onClick ?? undefined}
    >
      <Icon name={severity === 'error' ? 'error' : 'warning'} className="icon ed-lint-icon" />
      <span>{text}</span>
    </button>
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
