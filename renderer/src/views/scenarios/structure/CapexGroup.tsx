// Why: the Capex group as one card per capex tranche (label, phase, remove, then amount / first spend / spread) and
// "Add capex tranche", followed by the project-wide capex inputs (sustaining, closure).
import { memo, useState } from 'react';
import type { PhaseId } from '../../../../../shared/scenario';
import { useScenarioStore } from '../../../stores/scenario';
import type { FieldDef } from '../catalogue/catalogue';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/ChoiceField';
import { TextField } from '../fields/TextField';
import { addTranche, PHASES, removeTranche } from './edits';
import { useT } from '../useT';
import { addItem, focusLater, restructure } from './apply';
import { FormControl, FormNumber, InlineForm } from './InlineForm';

const INT = /^[-+]?\d+$/;
const NUM = /^[-+]?(\d+\.?\d*|\.\d+)$/;

function AddTrancheForm({ count }: { count: number }) {
  const t = useT();
  const [v, setV] = useState({ label: '', phase: 'demonstration' as PhaseId, amount: '0', start: '-1', spread: '2' });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const numeric = (label: string, k: 'amount' | 'start' | 'spread') => (
    <FormNumber label={label} value={v[k]} onChange={(x) => setV({ ...v, [k]: x })} testId={`new-tranche-${k}`} />
  );
  return (
    <InlineForm
      addLabel={t('structure.addTranche')}
      title={t('structure.newTranche')}
      testId="add-tranche"
      onOpen={() => setV({ label: '', phase: 'demonstration', amount: '0', start: '-1', spread: '2' })}
      onSubmit={() => {
        if (!NUM.test(v.amount.trim())) return t('error.notNumber', { field: t('structure.amount') });
        if (!INT.test(v.start.trim())) return t('error.wholeNumber', { field: t('structure.startOffset') });
        if (!INT.test(v.spread.trim())) return t('error.wholeNumber', { field: t('structure.spread') });
        const label = v.label.trim() || t('structure.trancheDefault', { n: count + 1 });
        return addItem(
          (s) =>
            addTranche(s, {
              label,
              phase: v.phase,
              amountUsdM: Number(v.amount),
              startOffsetYears: Number(v.start),
              spreadYears: Number(v.spread),
            }),
          ['costs', 'capexTranches'],
          'group-capex',
        );
      }}
    >
      <FormControl label={t('structure.trancheLabel')}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={v.label}
            placeholder={t('structure.trancheDefault', { n: count + 1 })}
            onChange={set('label')}
            data-testid="new-tranche-label"
          />
        )}
      </FormControl>
      <FormControl label={t('structure.phase')}>
        {(id) => (
          <select id={id} value={v.phase} onChange={set('phase')} data-testid="new-tranche-phase">
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`structure.phaseOption.${p}`)}
              </option>
            ))}
          </select>
        )}
      </FormControl>
      {numeric(`${t('structure.amount')} (USD m)`, 'amount')}
      {numeric(t('structure.startOffset'), 'start')}
      {numeric(t('structure.spread'), 'spread')}
      <p className="scn-hint scn-inline-note">
        <span className="tag tag-assumption">{t('tag.assumption')}</span> {t('structure.trancheNote')}
      </p>
    </InlineForm>
  );
}

export const CapexGroup = memo(function CapexGroup({ fields }: { fields: FieldDef[] }) {
  const t = useT();
  const json = useScenarioStore((s) =>
    JSON.stringify(s.scenario?.costs.capexTranches.map((x) => ({ id: x.id, label: x.label })) ?? []),
  );
  const list = JSON.parse(json) as { id: string; label: string }[];
  const phaseOpts = PHASES.map((p) => ({ value: p, label: t(`structure.phaseOption.${p}`) }));
  return (
    <>
      {list.map((x, i) => (
        <fieldset key={x.id} className="scn-item" data-testid={`tranche-${x.id}`}>
          <legend>{x.label || t('structure.trancheDefault', { n: i + 1 })}</legend>
          <div className="scn-item-head">
            <TextField path={['costs', 'capexTranches', i, 'label']} label={t('structure.trancheLabel')} />
            <button
              type="button"
              className="btn btn-danger scn-remove"
              aria-label={t('structure.removeTranche', { name: x.label })}
              title={t('structure.removeTranche', { name: x.label })}
              data-testid={`remove-tranche-${x.id}`}
              onClick={() => {
                restructure((s) => removeTranche(s, i));
                focusLater(list.length > 1 ? '[data-testid="group-capex"] .scn-remove' : '[data-testid="add-tranche"]');
              }}
            >
              {t('structure.remove')}
            </button>
          </div>
          <SelectField path={['costs', 'capexTranches', i, 'phase']} label={t('structure.phase')} options={phaseOpts} />
          {fields
            .filter((f) => f.path[1] === 'capexTranches' && f.path[2] === i)
            .map((f) => (
              <NumberField key={f.path.join('.')} def={f} />
            ))}
        </fieldset>
      ))}
      <AddTrancheForm count={list.length} />
      <SelectField
        path={['costs', 'sustaining', 'mode']}
        label={t('field.sustainingMode')}
        options={['pct-initial', 'usd-m-per-year'].map((v) => ({ value: v, label: t(`option.sustaining.${v}`) }))}
      />
      {fields
        .filter((f) => f.path[1] !== 'capexTranches')
        .map((f) => (
          <NumberField key={f.path.join('.')} def={f} />
        ))}
    </>
  );
});
