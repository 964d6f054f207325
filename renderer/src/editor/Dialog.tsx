// The editor's dialogs: the shared modal dialog with the editor's look and a close button (×) in its
// header.

import { useTranslation } from 'react-i18next';
import { Dialog as SharedDialog, type DialogProps as SharedDialogProps } from '../ui/Dialog';

export type DialogProps = Omit<SharedDialogProps, 'className' | 'closeLabel' | 'closeClassName'>;

export function Dialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <SharedDialog
      {...props}
      className="ed-dialog"
      closeLabel={t('editor.common.close')}
      closeClassName="ed-icon-button"
    />
  );
}
