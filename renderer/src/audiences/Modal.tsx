// A modal dialog on the native <dialog> element: focus moves in and is trapped, Escape closes it.

import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}

export function Modal({ title, onClose, children, footer, wide, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`aud-modal${wide ? ' aud-modal-wide' : ''}`}
      aria-labelledby="aud-modal-title"
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="aud-modal-title" className="aud-modal-title">
        {title}
      </h2>
      <div className="aud-modal-body">{children}</div>
      {footer ? <div className="aud-modal-footer">{footer}</div> : null}
    </dialog>
  );
}
