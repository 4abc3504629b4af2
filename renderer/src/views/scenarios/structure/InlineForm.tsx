// Why: the small inline form behind every "Add …" button (product, capex tranche, stakeholder): opens in place,
// focuses its first field, Enter adds, Escape or Cancel closes and returns focus to the button, and a refusal shows
// the schema's message inside the form.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../useT';

export function InlineForm({
  addLabel,
  title,
  testId,
  onSubmit,
  onOpen,
  children,
}: {
  addLabel: string;
  title: string;
  testId: string;
  onSubmit: () => string | null;
  onOpen?: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  if (!open)
    return (
      <button
        ref={buttonRef}
        type="button"
        className="btn scn-add"
        data-testid={testId}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        + {addLabel}
      </button>
    );
  return (
    <form
      ref={formRef}
      className="scn-inline-form"
      aria-labelledby={`${id}-t`}
      data-testid={`${testId}-form`}
      onSubmit={(e) => {
        e.preventDefault();
        const message = onSubmit();
        setError(message);
        if (!message) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <p id={`${id}-t`} className="scn-inline-title">
        {title}
      </p>
      <div className="scn-inline-fields">{children}</div>
      {error && (
        <p className="scn-field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      <div className="scn-inline-actions">
        <button type="submit" className="btn btn-primary" data-testid={`${testId}-submit`}>
          {t('structure.add')}
        </button>
        <button type="button" className="btn" onClick={close}>
          {t('structure.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A labelled input or select inside an inline form. */
export function FormControl({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="scn-item-control">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A number typed into an "Add …" form: kept as text so a half-typed value survives; the form's submit checks it. */
export function FormNumber(props: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <FormControl label={props.label}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="scn-number"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        />
      )}
    </FormControl>
  );
}
