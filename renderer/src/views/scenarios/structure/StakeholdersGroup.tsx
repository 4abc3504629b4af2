// Why: who the project's NPV is attributed to: rename, add or remove stakeholders beside their shares; the schema
// refuses shares adding up to more than 100% at the field, and the attributable-NPV table follows live.
import { memo, useState } from 'react';
import { useScenarioStore } from '../../../stores/scenario';
import type { FieldDef } from '../catalogue/catalogue';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { addStakeholder, removeStakeholder } from './edits';
import { useT } from '../useT';
import { addItem, focusLater, restructure } from './apply';
import { FormControl, FormNumber, InlineForm } from './InlineForm';

const NUM = /^[-+]?(\d+\.?\d*|\.\d+)$/;

function duplicateOf(names: string[], index: number) {
  return (name: string) => (names.some((n, i) => i !== index && n === name) ? name : null);
}

function AddStakeholderForm({ names }: { names: string[] }) {
  const t = useT();
  const [name, setName] = useState('');
  const [share, setShare] = useState('0');
  return (
    <InlineForm
      addLabel={t('structure.addStakeholder')}
      title={t('structure.newStakeholder')}
      testId="add-stakeholder"
      onOpen={() => {
        setName('');
        setShare('0');
      }}
      onSubmit={() => {
        const n = name.trim();
        if (!n) return t('structure.nameRequired');
        if (names.includes(n)) return t('structure.duplicateName', { name: n });
        if (!NUM.test(share.trim())) return t('error.notNumber', { field: t('structure.share') });
        return addItem((s) => addStakeholder(s, n, Number(share)), ['fiscal', 'stakeholders'], 'stakeholders');
      }}
    >
      <FormControl label={t('structure.stakeholderName')}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="new-stakeholder-name"
          />
        )}
      </FormControl>
      <FormNumber
        label={`${t('structure.share')} (%)`}
        value={share}
        onChange={setShare}
        testId="new-stakeholder-share"
      />
    </InlineForm>
  );
}

export const StakeholdersGroup = memo(function StakeholdersGroup({ fields }: { fields: FieldDef[] }) {
  const t = useT();
  const json = useScenarioStore((s) => JSON.stringify(s.scenario?.fiscal.stakeholders.map((k) => k.name) ?? []));
  const names = JSON.parse(json) as string[];
  return (
    <section className="scn-subgroup" data-testid="stakeholders" aria-labelledby="scn-stakeholders-title">
      <h3 id="scn-stakeholders-title" className="scn-subgroup-title">
        {t('structure.stakeholders')}
      </h3>
      <p className="scn-hint">{t('structure.stakeholdersHint')}</p>
      {names.map((name, i) => (
        <fieldset key={i} className="scn-item" data-testid={`stakeholder-${i}`}>
          <legend>{name}</legend>
          <div className="scn-item-head">
            <TextField
              path={['fiscal', 'stakeholders', i, 'name']}
              label={t('structure.stakeholderName')}
              check={(v) => (duplicateOf(names, i)(v) ? t('structure.duplicateName', { name: v }) : null)}
            />
            <button
              type="button"
              className="btn btn-danger scn-remove"
              aria-label={t('structure.removeStakeholder', { name })}
              title={t('structure.removeStakeholder', { name })}
              data-testid={`remove-stakeholder-${i}`}
              onClick={() => {
                restructure((s) => removeStakeholder(s, i));
                focusLater(
                  names.length > 1 ? '[data-testid="stakeholders"] .scn-remove' : '[data-testid="add-stakeholder"]',
                );
              }}
            >
              {t('structure.remove')}
            </button>
          </div>
          {fields
            .filter((f) => f.path[2] === i)
            .map((f) => (
              <NumberField key={f.path.join('.')} def={f} />
            ))}
        </fieldset>
      ))}
      <AddStakeholderForm names={names} />
    </section>
  );
});
