// Why: phase timing is typed as well as dragged by keyboard on the chart; this field keeps the user's text while it is
// invalid (so a half-typed "2." is not lost), shows the zod message, and steps by a quarter year with buttons or arrows.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_YEARS } from '../../../../shared/roadmap/edit';
import type { FieldResult } from '../../../../shared/roadmap/ranges';
import './tokens.css';
import './phases.css';

interface Props {
  label: string;
  value: number;
  parse: (text: string) => FieldResult;
  onCommit: (value: number) => void;
  hint?: string;
  warning?: string;
  testId: string;
  disabled?: boolean;
}

const show = (n: number) => String(Number(n.toFixed(4)));

export function YearsField({ label, value, parse, onCommit, hint, warning, testId, disabled = false }: Props) {
  const { t } = useTranslation('roadmap');
  const id = useId();
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (keyboard on the chart, reset, reload) unless the user is mid-correction.
  useEffect(() => {
    setText(show(value));
    setError(null);
  }, [value]);

  const commitText = (t: string) => {
    setText(t);
    const r = parse(t);
    if (r.ok) {
      setError(null);
      if (r.value !== value) onCommit(r.value);
    } else setError(r.message);
  };
  const step = (d: number) => commitText(show(Math.max(0, (error ? value : Number(text)) + d)));
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-err`, warning && `${id}-warn`].filter(Boolean).join(' ') || undefined;

  return (
    <div className="years-field">
      <label htmlFor={id}>{label}</label>
      <div className="stepper">
        <button
          type="button"
          className="step-btn no-print"
          aria-label={t('field.decrease', { label: label.toLowerCase() })}
          onClick={() => step(-STEP_YEARS)}
          disabled={disabled}
          data-testid={`${testId}-dec`}
        >
          −
        </button>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(e) => commitText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              step(e.key === 'ArrowUp' ? STEP_YEARS : -STEP_YEARS);
            }
          }}
          onBlur={() => error === null && setText(show(value))}
        />
        <button
          type="button"
          className="step-btn no-print"
          aria-label={t('field.increase', { label: label.toLowerCase() })}
          onClick={() => step(STEP_YEARS)}
          disabled={disabled}
          data-testid={`${testId}-inc`}
        >
          +
        </button>
        <span className="unit" aria-hidden="true">
          {t('field.unit')}
        </span>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-err`} className="field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
      {warning && (
        <div id={`${id}-warn`} className="field-warning" data-testid={`${testId}-warning`}>
          ⚠ {warning}
        </div>
      )}
    </div>
  );
}
