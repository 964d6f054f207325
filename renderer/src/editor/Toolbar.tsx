// The top toolbar: back to the projects, the project's name and save state, undo/redo, the mode
// (design or tap areas), what to add, snapping, zoom, and preview, shortcuts and export.

import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/errors';
import type { ShapeKind } from '../../../shared/editor/document';
import type { Autosave } from './autosave';
import type { EditorCommands } from './commands';
import { Icon, type IconName } from './icons';
import { useSignal } from './signal';
import { useEditor, type EditorStore } from './store';

export interface ToolbarProps {
  readonly store: EditorStore;
  readonly commands: EditorCommands;
  readonly projectName: string;
  readonly autosave: Autosave;
  readonly onClose: () => void;
  readonly uploads: number;
}

const shapes: readonly { shape: ShapeKind; icon: IconName }[] = [
  { shape: 'rect', icon: 'rect' },
  { shape: 'roundedRect', icon: 'roundedRect' },
  { shape: 'ellipse', icon: 'ellipse' },
  { shape: 'line', icon: 'line' },
];

export function Toolbar({ store, commands, projectName, autosave, onClose, uploads }: ToolbarProps) {
  const { t } = useTranslation();
  const mode = useEditor(store, (s) => s.mode);
  const snapping = useEditor(store, (s) => s.snapping);
  const zoom = useEditor(store, (s) => (s.zoom === 'fit' ? s.fitScale : s.zoom));
  const canUndo = useEditor(store, (s) => s.history.past.length > 0);
  const canRedo = useEditor(store, (s) => s.history.future.length > 0);
  const status = useSignal(autosave.status);

  const statusText =
    uploads > 0
      ? t('editor.toolbar.uploading', { count: uploads })
      : status.state === 'failed'
        ? t('editor.toolbar.saveFailed', { message: describeError(status.error) })
        : status.state === 'saved'
          ? t('editor.toolbar.saved')
          : t('editor.toolbar.saving');

  return (
    <div className="ed-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <div className="ed-toolbar-group">
        <button
          type="button"
          className="ed-icon-button"
          onClick={onClose}
          aria-label={t('editor.projects.backToProjects')}
          title={t('editor.projects.backToProjects')}
          data-testid="back-to-projects"
        >
          <Icon name="back" />
        </button>
        <div className="ed-toolbar-title">
          <span className="ed-toolbar-name" title={projectName}>
            {projectName}
          </span>
          <span
            className={status.state === 'failed' ? 'ed-save-state ed-save-failed' : 'ed-save-state'}
            data-testid="save-state"
            data-state={uploads > 0 ? 'uploading' : status.state}
          >
            {statusText}
          </span>
        </div>
      </div>

      <div className="ed-toolbar-group">
        <ToolButton
          icon="undo"
          label={t('editor.toolbar.undo')}
          shortcut="Ctrl+Z"
          disabled={!canUndo}
          onClick={commands.undo}
        />
        <ToolButton
          icon="redo"
          label={t('editor.toolbar.redo')}
          shortcut="Ctrl+Shift+Z"
          disabled={!canRedo}
          onClick={commands.redo}
        />
        <span className="ed-toolbar-divider" />
        <div
          className="ed-segmented ed-segmented-small"
          role="radiogroup"
          aria-label={t('editor.toolbar.mode')}
        >
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'design'}
            className="ed-segment"
            onClick={() => store.patch({ mode: 'design', selection: { kind: 'none' } })}
            data-testid="mode-design"
          >
            <Icon name="design" />
            {t('editor.toolbar.design')}
          </button>
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'areas'}
            className="ed-segment"
            onClick={() => store.patch({ mode: 'areas', selection: { kind: 'none' } })}
            data-testid="mode-areas"
          >
            <Icon name="areas" />
            {t('editor.toolbar.areas')}
          </button>
        </div>
        <span className="ed-toolbar-divider" />
        <ToolButton
          icon="photo"
          label={t('editor.toolbar.photo')}
          onClick={commands.choosePhotos}
          testId="add-photo"
        />
        <ToolButton
          icon="text"
          label={t('editor.toolbar.text')}
          shortcut="T"
          onClick={() => commands.addText(false)}
          testId="add-text"
        />
        <ToolButton
          icon="verticalText"
          label={t('editor.toolbar.verticalText')}
          shortcut="Shift+T"
          onClick={() => commands.addText(true)}
          testId="add-vertical-text"
        />
        {shapes.map(({ shape, icon }) => (
          <ToolButton
            key={shape}
            icon={icon}
            label={t(`editor.shapes.${shape}`)}
            onClick={() => commands.addShape(shape)}
            testId={`add-${shape}`}
          />
        ))}
        <span className="ed-toolbar-divider" />
        <button
          type="button"
          className="ed-icon-button"
          aria-pressed={snapping}
          aria-label={t('editor.toolbar.snapping')}
          title={t('editor.toolbar.snapping')}
          onClick={() => store.patch({ snapping: !snapping })}
        >
          <Icon name="magnet" />
        </button>
        <ToolButton
          narrow
          icon="minus"
          label={t('editor.toolbar.zoomOut')}
          shortcut="Ctrl+−"
          onClick={() => commands.zoomBy(0.8)}
        />
        <button
          type="button"
          className="ed-zoom-value"
          onClick={() => commands.zoomTo(1)}
          title={t('editor.toolbar.zoom100')}
          aria-label={t('editor.toolbar.zoomLevel', { percent: Math.round(zoom * 100) })}
        >
          {Math.round(zoom * 100)}%
        </button>
        <ToolButton
          narrow
          icon="plus"
          label={t('editor.toolbar.zoomIn')}
          shortcut="Ctrl+="
          onClick={() => commands.zoomBy(1.25)}
        />
        <ToolButton
          icon="fit"
          label={t('editor.toolbar.zoomFit')}
          shortcut="Shift+1"
          onClick={commands.zoomFit}
        />
      </div>

      <div className="ed-toolbar-group">
        <ToolButton
          icon="keyboard"
          label={t('editor.toolbar.shortcuts')}
          shortcut="?"
          onClick={() => commands.open('shortcuts')}
        />
        <button
          type="button"
          className="ed-button"
          onClick={() => commands.open('preview')}
          data-testid="open-preview"
        >
          <Icon name="phone" />
          <span className="ed-hide-narrow">{t('editor.toolbar.preview')}</span>
        </button>
        <button
          type="button"
          className="ed-button ed-button-primary"
          onClick={() => commands.open('export')}
          data-testid="open-export"
        >
          <Icon name="export" />
          {t('editor.toolbar.export')}
        </button>
      </div>
    </div>
  );
}

function ToolButton({
  icon,
  label,
  shortcut,
  onClick,
  disabled,
  testId,
  narrow,
}: {
  /** Hidden on narrow windows (the keyboard and the wheel still do it). */
  narrow?: boolean;
  icon: IconName;
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className={narrow ? 'ed-icon-button ed-hide-narrow' : 'ed-icon-button'}
      aria-label={label}
      title={title}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      <Icon name={icon} />
    </button>
  );
}
