// A modal dialog on the native <dialog> element: focus moves in and is trapped, Escape closes it, and
// the page behind is inert, all by the browser. Each feature gives it its look with `className`.

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import './dialog.css';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
  /** The feature's class for the dialog's size and spacing (`aud-modal`, `ed-dialog`). */
  readonly className: string;
  /** With a label, a close button (×) in the header; `closeClassName` styles it. */
  readonly closeLabel?: string;
  readonly closeClassName?: string;
}

export function Dialog({
  title,
  onClose,
  children,
  footer,
  wide,
  testId,
  className,
  closeLabel,
  closeClassName,
}: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {closeLabel ? (
          <button type="button" className={closeClassName} aria-label={closeLabel} onClick={onClose}>
            <CloseIcon />
          </button>
        ) : null}
      </header>
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </dialog>
  );
}
