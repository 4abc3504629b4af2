// Why: one input control for every number in the model: a slider for exploring and a text field for exact
// values, with the unit, the provenance and a field-level error. A bad value (not a number, negative, out of
// range) is refused here with the schema's message; the store keeps the last valid scenario, so results never
// show an invalid state.
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useScenarioStore } from '../../../stores/scenario';
import { fieldLabel, type FieldDef } from '../catalogue/catalogue';
import { fmtInputValue, fmtNumber, unitName } from '../../../i18n/format';
import { getIn, isInput, numberAt, pathKey, sourcePath, validateCandidate, withNumber } from '../catalogue/paths';
import { useT } from '../useT';
import { InputSource } from './InputSource';
import { Bidi } from '../../../components/Bidi';

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export const NumberField = memo(function NumberField({ def }: { def: FieldDef }) {
  const t = useT();
  const id = useId();
  const raw = useScenarioStore((s) => getIn(s.scenario, def.path));
  const before = useScenarioStore((s) => {
    const sp = s.source && s.scenario ? sourcePath(s.scenario, s.source, def.path) : null;
    return sp ? numberAt(s.source, sp) : undefined;
  });
  const epoch = useScenarioStore((s) => s.epoch);
  const value = isInput(raw) ? raw.value : typeof raw === 'number' ? raw : 0;
  const [text, setText] = useState(() => fmtInputValue(value));
  const [error, setError] = useState<string | null>(null);
  const label = fieldLabel(t, def);
  const key = pathKey(def.path);
  const lastEpoch = useRef(epoch);

  // Follow the store when the value changes from elsewhere (slider, undo, reload); keep what the user is typing
  // when it already means this value ("12." while typing 12.5).
  useEffect(() => {
    const external = lastEpoch.current !== epoch;
    lastEpoch.current = epoch;
    setText((cur) => (external || Number(cur) !== value ? fmtInputValue(value) : cur));
    if (external) setError(null);
  }, [value, epoch]);

  function commit(str: string) {
    const s = str.trim();
    if (!NUMERIC.test(s)) return setError(t('error.notNumber', { field: label }));
    const n = Number(s);
    if (def.integer && !Number.isInteger(n)) return setError(t('error.wholeNumber', { field: label }));
    const st = useScenarioStore.getState();
    if (!st.scenario) return;
    const candidate = withNumber(st.scenario, def.path, n, st.source);
    const v = validateCandidate(candidate, def.path);
    if (!v.ok) return setError(t('error.invalid', { field: label, message: v.message }));
    setError(null);
    st.edit(candidate, key);
  }

  const changed = before !== undefined && before !== value;
  const [lo, hi] = def.slider;
  return (
    <div className={`scn-field${error ? ' has-error' : ''}`} data-testid={`field-${key}`}>
      <div className="scn-field-row">
        <label htmlFor={`${id}-n`} className="scn-field-label">
          {label}
        </label>
        <input
          type="range"
          className="scn-slider"
          min={Math.min(lo, value)}
          max={Math.max(hi, value)}
          step={def.step}
          value={value}
          aria-label={t('field.sliderFor', { field: label })}
          onChange={(e) => {
            setText(e.target.value);
            commit(e.target.value);
          }}
        />
        <input
          id={`${id}-n`}
          type="text"
          inputMode="decimal"
          className="scn-number"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          data-testid={`input-${key}`}
          onChange={(e) => {
            setText(e.target.value);
            commit(e.target.value);
          }}
          onBlur={() => {
            if (!error) setText(fmtInputValue(value));
          }}
        />
        <span className="scn-unit">
          <Bidi>{unitName(def.unit, value)}</Bidi>
        </span>
      </div>
      {error && (
        <div id={`${id}-e`} className="scn-field-error" role="alert" data-testid={`error-${key}`}>
          {error} {t('error.keptLast', { value: fmtInputValue(value) })}
        </div>
      )}
      {changed && (
        <div className="scn-field-edited">
          <span className="tag tag-edited">{t('tag.edited')}</span>{' '}
          {t('field.sourceValue', {
            value: fmtNumber(before, Math.abs(before) < 10 ? 2 : 0),
            unit: unitName(def.unit, before),
          })}
        </div>
      )}
      {isInput(raw) && <InputSource input={raw} />}
    </div>
  );
});
