// A labelled control: the label names the control by id (not by wrapping it), so the control's
// accessible name stays its label whatever is typed into it.

import { useId, type ReactNode } from 'react';

export function Field({
  label,
  className,
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`camp-field${className ? ` ${className}` : ''}`}>
      <label className="camp-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
