// A modal dialog on the native <dialog> element: focus is trapped, Escape closes it, and the page
// behind is inert, all by the browser.

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icons';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}

export function Dialog({ title, onClose, children, footer, wide, testId }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'ed-dialog ed-dialog-wide' : 'ed-dialog'}
      aria-label={title}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="ed-dialog-header">
        <h2 className="ed-dialog-title">{title}</h2>
        <button
          type="button"
          className="ed-icon-button"
          aria-label={t('editor.common.close')}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="ed-dialog-body">{children}</div>
      {footer ? <footer className="ed-dialog-footer">{footer}</footer> : null}
    </dialog>
  );
}
