// The audiences' form pieces shared by their dialogs: a labelled field and the Cancel button.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A control (and any hint after it) under its label; the whole field is the <label>. */
export function Field({ label, children }: { readonly label: ReactNode; readonly children: ReactNode }) {
  return (
    <label className="aud-field">
      <span className="aud-label">{label}</span>
      {children}
    </label>
  );
}

/** A dialog's secondary "Cancel" button. */
export function CancelButton({
  onClick,
  disabled,
}: {
  readonly onClick: () => void;
  readonly disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button aud-button-secondary" onClick={onClick} disabled={disabled}>
      {t('audiences.common.cancel')}
    </button>
  );
}
