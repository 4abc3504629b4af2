// Why: one date field for the whole app that shows and accepts the app's one date format ("2 Oct 2025", Urdu
// "2 اکتوبر 2025"): day, month (named as fmtDate names it) and year, never the browser's locale-ordered
// 10/02/2025 of a native date input. The value in and out is "YYYY-MM-DD"; only a real calendar day is passed
// on, anything else shows a message naming the field and keeps the last valid date.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../shared/format';
import { fmtDate, fmtMonthNames } from '../i18n/format';

interface Props {
  label: string;
  /** "YYYY-MM-DD" */
  value: string;
  onChange(iso: string): void;
  testId: string;
  /** Extra description (a hint or an outside error), by element id. */
  describedBy?: string;
  invalid?: boolean;
}

const split = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m
    ? { day: String(Number(m[3])), month: String(Number(m[2]) - 1), year: m[1]! }
    : { day: '', month: '0', year: '' };
};

export function DateField({ label, value, onChange, testId, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState(() => split(value));
  // A value set from outside (reset, a loaded file) replaces what is typed.
  useEffect(() => setParts(split(value)), [value]);

  const typed = isoDate(Number(parts.year), Number(parts.month), Number(parts.day));
  const bad = typed === null;
  const errId = `${id}-err`;
  const described = [describedBy, bad ? errId : `${id}-reads`].filter(Boolean).join(' ');

  const edit = (patch: Partial<typeof parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    const iso = isoDate(Number(next.year), Number(next.month), Number(next.day));
    if (iso && iso !== value) onChange(iso);
  };
  const common = { 'aria-invalid': bad || invalid || undefined, 'aria-describedby': described };

  return (
    <fieldset className="date-field" data-testid={testId}>
      <legend>{label}</legend>
      <div className="date-field-parts">
        <label>
          <span className="date-field-part">{t('dateField.day')}</span>
          <input
            type="text"
            inputMode="numeric"
            size={2}
            maxLength={2}
            value={parts.day}
            onChange={(e) => edit({ day: e.target.value.trim() })}
            data-testid={`${testId}-day`}
            {...common}
          />
        </label>
        <label>
          <span className="date-field-part">{t('dateField.month')}</span>
          <select
            value={parts.month}
            onChange={(e) => edit({ month: e.target.value })}
            data-testid={`${testId}-month`}
            {...common}
          >
            {fmtMonthNames().map((name, m0) => (
              <option key={m0} value={String(m0)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="date-field-part">{t('dateField.year')}</span>
          <input
            type="text"
            inputMode="numeric"
            size={4}
            maxLength={4}
            value={parts.year}
            onChange={(e) => edit({ year: e.target.value.trim() })}
            data-testid={`${testId}-year`}
            {...common}
          />
        </label>
      </div>
      {bad ? (
        <p className="field-error" id={errId} role="alert" data-testid={`${testId}-error`}>
          {t('dateField.invalid', { label })}
        </p>
      ) : (
        <p className="field-hint" id={`${id}-reads`} data-testid={`${testId}-text`}>
          {t('dateField.reads', { date: fmtDate(typed) })}
        </p>
      )}
    </fieldset>
  );
}
