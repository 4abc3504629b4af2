// Why: names (products, capex tranches, stakeholders) are edited in place like numbers: validated against the file
// schema at the field (zod's message shown there), undoable, and the store keeps the last valid scenario.
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useScenarioStore } from '../../../stores/scenario';
import { getIn, pathKey, setIn, validateCandidate, type Path } from '../catalogue/paths';
import { useT } from '../useT';

export const TextField = memo(function TextField({
  path,
  label,
  check,
}: {
  path: Path;
  label: string;
  check?: (value: string) => string | null;
}) {
  const t = useT();
  const id = useId();
  const value = useScenarioStore((s) => getIn(s.scenario, path)) as string | undefined;
  const epoch = useScenarioStore((s) => s.epoch);
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const key = pathKey(path);
  const lastEpoch = useRef(epoch);

  // Follow undo/redo/reload; keep what is being typed when it already means this value (a trailing space).
  useEffect(() => {
    const external = lastEpoch.current !== epoch;
    lastEpoch.current = epoch;
    setText((cur) => (external || cur.trim() !== (value ?? '') ? (value ?? '') : cur));
    if (external) setError(null);
  }, [value, epoch]);

  function commit(str: string) {
    setText(str);
    const st = useScenarioStore.getState();
    if (!st.scenario) return;
    const own = check?.(str.trim());
    if (own) return setError(t('error.invalid', { field: label, message: own }));
    const candidate = setIn(st.scenario, path, str.trim());
    const v = validateCandidate(candidate, path);
    if (!v.ok) return setError(t('error.invalid', { field: label, message: v.message }));
    setError(null);
    st.edit(candidate, key);
  }

  return (
    <div className={`scn-field scn-text${error ? ' has-error' : ''}`} data-testid={`field-${key}`}>
      <div className="scn-field-row">
        <label htmlFor={id} className="scn-field-label">
          {label}
        </label>
        <input
          id={id}
          type="text"
          className="scn-name"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          data-testid={`name-${key}`}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => {
            if (!error) setText(value ?? '');
          }}
        />
      </div>
      {error && (
        <div id={`${id}-e`} className="scn-field-error" role="alert" data-testid={`error-${key}`}>
          {error} {t('error.keptLastName', { value: value ?? '' })}
        </div>
      )}
    </div>
  );
});
