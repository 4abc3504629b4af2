// Why: a briefing that shows a result must show what produced it: every input with its unit and where it comes
// from (dataset source, derived, or assumption), with edits against the source case flagged.
import { memo } from 'react';
import type { Scenario } from '../../../../../shared/scenario';
import { catalogue, fieldLabel, GROUPS, type GroupId } from '../catalogue/catalogue';
import { fmtNumber, unitName } from '../../../i18n/format';
import { getIn, isInput, numberAt } from '../catalogue/paths';
import { provenanceOf } from '../catalogue/provenance';
import { useT } from '../useT';
import './report.css';

export const ScenarioAssumptions = memo(function ScenarioAssumptions({
  scenario,
  source,
  groups = GROUPS,
}: {
  scenario: Scenario;
  source?: Scenario | null;
  groups?: readonly GroupId[];
}) {
  const t = useT();
  const fields = catalogue(scenario).filter((f) => groups.includes(f.group));
  return (
    <div className="scn-assumptions" data-testid="scenario-assumptions">
      <table className="data-table scn-table">
        <caption>{t('assumptions.caption', { name: scenario.meta.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assumptions.input')}</th>
            <th scope="col" className="num">
              {t('assumptions.value')}
            </th>
            <th scope="col">{t('assumptions.unit')}</th>
            <th scope="col">{t('assumptions.basis')}</th>
          </tr>
        </thead>
        {groups.map((g) => {
          const rows = fields.filter((f) => f.group === g);
          if (rows.length === 0) return null;
          return (
            <tbody key={g}>
              <tr className="scn-group-row">
                <th scope="colgroup" colSpan={4}>
                  {t(`group.${g}`)}
                </th>
              </tr>
              {rows.map((f) => {
                const raw = getIn(scenario, f.path);
                const value = numberAt(scenario, f.path) ?? 0;
                const before = source ? numberAt(source, f.path) : undefined;
                const changed = before !== undefined && before !== value;
                const prov = isInput(raw) ? provenanceOf(raw) : null;
                return (
                  <tr key={f.path.join('.')}>
                    <th scope="row">{fieldLabel(t, f)}</th>
                    <td className="num">
                      {fmtNumber(value, Number.isInteger(value) ? 0 : 2)}
                      {changed && <span className="tag tag-edited">{t('tag.edited')}</span>}
                    </td>
                    <td>{unitName(f.unit)}</td>
                    <td className="scn-basis">
                      {prov ? (
                        <>
                          <span className={`tag${prov.basis === 'assumption' ? ' tag-assumption' : ''}`}>
                            {t(`basis.${prov.basis}`)}
                          </span>{' '}
                          {prov.sourceText && <span>{prov.sourceText}</span>}
                          {prov.note && <span className="muted"> {prov.note}</span>}
                        </>
                      ) : (
                        <span className="tag">{t('basis.setting')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
});
