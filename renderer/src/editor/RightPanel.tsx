// The right panel: properties (design mode) or tap areas and actions (area mode) above, and the live
// checks below, always visible.

import { useTranslation } from 'react-i18next';
import { AreasPanel } from './AreasPanel';
import type { EditorCommands } from './commands';
import { LintPanel } from './LintPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { useEditor, type EditorStore } from './store';

export function RightPanel({ store, commands }: { store: EditorStore; commands: EditorCommands }) {
  const { t } = useTranslation();
  const mode = useEditor(store, (s) => s.mode);
  return (
    <aside
      className="ed-panel ed-panel-right"
      aria-label={mode === 'areas' ? t('editor.areas.panel') : t('editor.props.panel')}
    >
      <div className="ed-panel-scroll" data-testid="right-panel">
        {mode === 'areas' ? (
          <AreasPanel store={store} commands={commands} />
        ) : (
          <PropertiesPanel store={store} commands={commands} />
        )}
      </div>
      <LintPanel store={store} />
    </aside>
  );
}
