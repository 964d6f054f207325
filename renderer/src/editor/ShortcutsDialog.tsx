// Every keyboard shortcut of the editor, in one list (opened with "?").

import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

export const shortcutList = [
  { keys: [`${mod}+Z`], action: 'undo' },
  { keys: [`${mod}+Shift+Z`, `${mod}+Y`], action: 'redo' },
  { keys: ['Delete', 'Backspace'], action: 'delete' },
  { keys: [`${mod}+D`], action: 'duplicate' },
  { keys: ['← ↑ → ↓'], action: 'nudge' },
  { keys: ['Shift+← ↑ → ↓'], action: 'nudgeFar' },
  { keys: ['Shift+1', `${mod}+0`], action: 'zoomFit' },
  { keys: ['Shift+0', `${mod}+1`], action: 'zoom100' },
  { keys: [`${mod}+=`, `${mod}+−`], action: 'zoomInOut' },
  { keys: [`${mod}+wheel`], action: 'zoomWheel' },
  { keys: ['T'], action: 'addText' },
  { keys: ['Shift+T'], action: 'addVerticalText' },
  { keys: ['A'], action: 'toggleAreas' },
  { keys: ['P'], action: 'preview' },
  { keys: ['Shift+click'], action: 'multiSelect' },
  { keys: ['Esc'], action: 'escape' },
  { keys: [`${mod}+V`], action: 'paste' },
  { keys: ['?'], action: 'shortcuts' },
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('editor.shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <table className="ed-shortcuts">
        <tbody>
          {shortcutList.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>{t(`editor.shortcuts.${shortcut.action}`)}</td>
              <td className="ed-shortcut-keys">
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
