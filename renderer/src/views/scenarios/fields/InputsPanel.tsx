// Why: the editor's left column: every input of the model in feasibility-study order, grouped with units and
// provenance, each group collapsible so the analyst sees only what they are working on; products, capex tranches
// and stakeholders can be added, removed and renamed in their groups.
import { memo, useMemo } from 'react';
import { LEVER_DEFINITIONS, type Scenario } from '../../../../../shared/scenario';
import { useScenarioStore } from '../../../stores/scenario';
import { catalogue, GROUPS, type FieldDef, type GroupId } from '../catalogue/catalogue';
import { useT } from '../useT';
import { NumberField } from './NumberField';
import { SelectField, ToggleField } from './ChoiceField';
import { CapexGroup } from '../structure/CapexGroup';
import { ProductsGroup } from '../structure/ProductsGroup';
import { StakeholdersGroup } from '../structure/StakeholdersGroup';

/** Structure of a scenario (not its values): the field list only changes when this does. */
function shapeOf(s: Scenario | null): string {
  if (!s) return '';
  return JSON.stringify([
    s.products.map((p) => [
      p.id,
      p.name,
      p.mode,
      p.tcrc.mode,
      p.priceUnit,
      p.price.unit,
      p.grade.unit,
      !!p.concentrateGradePct,
    ]),
    s.costs.capexTranches.map((t) => [t.id, t.label]),
    s.costs.sustaining.mode,
    s.costs.power.mode,
    s.fiscal.stakeholders.map((k) => k.name),
    s.risk.priceSigmaPct.map((p) => p.commodityPriceId),
    s.meta.id,
  ]);
}

const GroupExtras = memo(function GroupExtras({ group }: { group: GroupId }) {
  const t = useT();
  const opts = (base: string, values: string[]) => values.map((v) => ({ value: v, label: t(`${base}.${v}`) }));
  switch (group) {
    case 'timing':
      return (
        <>
          <ToggleField
            path={['timing', 'followRoadmap']}
            label={t('field.followRoadmap')}
            hint={t('hint.followRoadmap')}
          />
          <SelectField
            path={['timing', 'productionStartsIn']}
            label={t('field.productionStartsIn')}
            options={opts('option.productionStart', ['demonstration', 'scaling'])}
            hint={t('hint.productionStartsIn')}
          />
        </>
      );
    case 'opex':
      return (
        <SelectField
          path={['costs', 'power', 'mode']}
          label={t('field.powerMode')}
          options={opts('option.power', ['usd-m-per-year', 'usd-per-t'])}
        />
      );
    case 'fiscal':
      return (
        <SelectField
          path={['fiscal', 'royaltyBase']}
          label={t('field.royaltyBase')}
          options={opts('option.royaltyBase', ['gross', 'nsr'])}
        />
      );
    case 'debt':
      return <ToggleField path={['debt', 'enabled']} label={t('field.debtEnabled')} hint={t('hint.debt')} />;
    case 'discounting':
      return (
        <SelectField
          path={['discounting', 'convention']}
          label={t('field.convention')}
          options={opts('option.convention', ['end-of-year', 'mid-year'])}
          hint={t('hint.convention')}
        />
      );
    case 'risk':
      return (
        <SelectField
          path={['risk', 'costDistribution']}
          label={t('field.costDistribution')}
          options={opts('option.distribution', ['triangular', 'pert'])}
          hint={t('hint.risk')}
        />
      );
    default:
      return null;
  }
});

function LeverGroup({ fields }: { fields: FieldDef[] }) {
  const t = useT();
  return (
    <>
      <p className="scn-hint">{t('hint.levers')}</p>
      {LEVER_DEFINITIONS.map((d) => (
        <div key={d.id} className="scn-lever" data-testid={`lever-${d.id}`}>
          <ToggleField
            path={['levers', d.id, 'enabled']}
            label={t(`leverName.${d.id}`)}
            hint={<q>{d.solutionText}</q>}
          />
          {fields
            .filter((f) => f.path[1] === d.id)
            .map((f) => (
              <NumberField key={f.path.join('.')} def={f} />
            ))}
        </div>
      ))}
    </>
  );
}

/** The group's inputs; products, capex tranches and stakeholders are cards that can be added and removed. */
function GroupBody({ group, fields }: { group: GroupId; fields: FieldDef[] }) {
  const plain = (defs: FieldDef[]) => defs.map((f) => <NumberField key={f.path.join('.')} def={f} />);
  switch (group) {
    case 'levers':
      return <LeverGroup fields={fields} />;
    case 'products':
      return <ProductsGroup fields={fields} />;
    case 'capex':
      return <CapexGroup fields={fields} />;
    case 'fiscal': {
      const isShare = (f: FieldDef) => f.path[1] === 'stakeholders';
      return (
        <>
          {plain(fields.filter((f) => !isShare(f)))}
          <StakeholdersGroup fields={fields.filter(isShare)} />
        </>
      );
    }
    default:
      return <>{plain(fields)}</>;
  }
}

export const InputsPanel = memo(function InputsPanel() {
  const t = useT();
  const shape = useScenarioStore((s) => shapeOf(s.scenario));
  // Slider ranges come from the values when the structure was last set, so a range never moves under a drag.
  const fields = useMemo(() => {
    const s = useScenarioStore.getState().scenario;
    return s && shape ? catalogue(s) : [];
  }, [shape]);
  return (
    <div id="scn-inputs" className="scn-inputs" data-testid="scenario-inputs">
      {GROUPS.map((g) => {
        const defs = fields.filter((f) => f.group === g);
        return (
          <details
            key={g}
            className="scn-group"
            open={g === 'timing' || g === 'products' || g === 'fiscal' || g === 'discounting'}
            data-testid={`group-${g}`}
          >
            <summary>{t(`group.${g}`)}</summary>
            <div className="scn-group-body">
              <GroupExtras group={g} />
              <GroupBody group={g} fields={defs} />
            </div>
          </details>
        );
      })}
    </div>
  );
});
