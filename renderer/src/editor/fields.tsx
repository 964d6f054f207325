// Form fields for the side panels. Each commits as the user types (one undo step per field while
// typing, via the history's merge keys), and shows the document's value again when it loses focus.

import { useId, useState, type ReactNode } from 'react';

export function Field({
  label,
  children,
  hint,
  error,
  className,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
  error?: string | null;
  /** A modifier class next to `ed-field`. */
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className ? `ed-field ${className}` : 'ed-field'}>
      <label className="ed-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
      {error ? (
        <span className="ed-field-error">{error}</span>
      ) : hint ? (
        <span className="ed-hint">{hint}</span>
      ) : null}
    </div>
  );
}

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly suffix?: string;
  readonly testId?: string;
  readonly digits?: number;
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
  suffix,
  testId,
  digits = 0,
}: NumberFieldProps) {
  const shown = Number.isFinite(value) ? String(Number(value.toFixed(digits))) : '';
  // While focused, the field shows what is typed (e.g. "1." on the way to "1.5"); otherwise the value.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  return (
    <Field label={label} className="ed-field-number">
      {(id) => (
        <div className="ed-input-wrap">
          <input
            id={id}
            className="ed-input"
            type="number"
            inputMode="decimal"
            value={text}
            min={min}
            max={max}
            step={step}
            data-testid={testId}
            onFocus={() => setDraft(shown)}
            onBlur={() => setDraft(null)}
            onChange={(event) => {
              setDraft(event.target.value);
              const parsed = Number(event.target.value);
              if (event.target.value.trim() === '' || !Number.isFinite(parsed)) return;
              const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, parsed));
              onChange(clamped);
            }}
          />
          {suffix ? <span className="ed-input-suffix">{suffix}</span> : null}
        </div>
      )}
    </Field>
  );
}

export function ColorField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  const hex = value.slice(0, 7);
  return (
    <Field label={label} className="ed-field-color">
      {(id) => (
        <div className="ed-color">
          <input
            id={id}
            type="color"
            value={hex}
            onChange={(event) => onChange(event.target.value)}
            data-testid={testId}
          />
          <span className="ed-mono">{hex.toUpperCase()}</span>
        </div>
      )}
    </Field>
  );
}

export function Toggle({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <label className="ed-toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
      />
      <span>{label}</span>
    </label>
  );
}

export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="ed-section" data-testid={testId}>
      <h3 className="ed-panel-heading">{title}</h3>
      <div className="ed-section-body">{children}</div>
    </section>
  );
}
