// The right panel: properties (design mode) or tap areas and actions (area mode), then the live
// checks, scrolling as one; the checks' one-line summary stays in view at its foot.

import { useTranslation } from 'react-i18next';
import { AreasPanel } from './AreasPanel';
import type { EditorCommands } from './commands';
import { LintPanel, LintSummary } from './LintPanel';
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
        <LintPanel store={store} />
      </div>
      <LintSummary store={store} />
    </aside>
  );
}
