// Why: the model's switches (modes, conventions, levers on/off, follow the roadmap) edit the scenario through the
// same validated, undoable path as the numbers.
import { memo, useId, type ReactNode } from 'react';
import { useScenarioStore } from '../../../stores/scenario';
import { getIn, pathKey, setIn, validateCandidate, type Path } from '../catalogue/paths';
import { OptionList, type Option } from '../../../components/OptionList';

function apply(path: Path, value: unknown) {
  const st = useScenarioStore.getState();
  if (!st.scenario) return;
  const candidate = setIn(st.scenario, path, value);
  // Switches cannot produce an invalid scenario on their own, but the engine only ever gets validated input.
  if (validateCandidate(candidate, path).ok) st.edit(candidate, pathKey(path));
}

export const SelectField = memo(function SelectField({
  path,
  label,
  options,
  hint,
}: {
  path: Path;
  label: string;
  options: readonly Option[];
  hint?: ReactNode;
}) {
  const id = useId();
  const value = useScenarioStore((s) => getIn(s.scenario, path)) as string | undefined;
  return (
    <div className="scn-field scn-choice" data-testid={`field-${pathKey(path)}`}>
      <div className="scn-field-row">
        <label htmlFor={id} className="scn-field-label">
          {label}
        </label>
        <select id={id} value={value ?? ''} onChange={(e) => apply(path, e.target.value)}>
          <OptionList options={options} />
        </select>
      </div>
      {hint && <div className="scn-hint">{hint}</div>}
    </div>
  );
});

export const ToggleField = memo(function ToggleField({
  path,
  label,
  hint,
}: {
  path: Path;
  label: string;
  hint?: ReactNode;
}) {
  const id = useId();
  const value = useScenarioStore((s) => getIn(s.scenario, path)) === true;
  return (
    <div className="scn-field scn-choice" data-testid={`field-${pathKey(path)}`}>
      <div className="scn-field-row">
        <input id={id} type="checkbox" checked={value} onChange={(e) => apply(path, e.target.checked)} />
        <label htmlFor={id} className="scn-field-label">
          {label}
        </label>
      </div>
      {hint && <div className="scn-hint">{hint}</div>}
    </div>
  );
});
