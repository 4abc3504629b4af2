// Why: a study case is only as good as its fit to the study. Beside the results of a preset that reproduces a
// published study, this table puts each published figure (with its source and grade) against the model's live value,
// states the gap and the tolerance, and explains the gap; the numbers are the engine's reconciliation, nothing else.
import { memo } from 'react';
import {
  reconciliationFor,
  type ReconciliationRow,
  type Scenario,
  type ScenarioResult,
} from '../../../../../shared/scenario';
import { ConfidenceBadge, SourceLinks, useSources } from '../../../components/Sourced';
import { fmtNumber, fmtRange } from '../../../i18n/format';
import { useT } from '../useT';

/** One decimal: the published figures are given to one (USD bn, Mt, Moz, %). */
const DIGITS = 1;

function Published({ row }: { row: ReconciliationRow }) {
  const sources = useSources(row.published.sourceIds);
  const v = row.published.value;
  const d = DIGITS;
  return (
    <>
      <span data-testid="recon-published">{typeof v === 'number' ? fmtNumber(v, d) : fmtRange(v[0], v[1], d)}</span>{' '}
      <ConfidenceBadge grade={row.published.confidence as 'A' | 'B' | 'C'} />
      <div className="scn-small muted">
        <SourceLinks sources={sources} />
        {row.otherReadings.map((o) => (
          <div key={o.figureId}>
            {o.label}: {fmtNumber(o.value, d)}
          </div>
        ))}
      </div>
    </>
  );
}

export const ReconciliationTable = memo(function ReconciliationTable({
  scenario,
  result,
}: {
  scenario: Scenario;
  result: ScenarioResult;
}) {
  const t = useT();
  const rec = reconciliationFor(scenario, result);
  if (!rec) return null;
  return (
    <section className="scn-reconciliation" data-testid="reconciliation" aria-labelledby="scn-recon-title">
      <h3 id="scn-recon-title">{t('recon.title')}</h3>
      <p className="scn-small muted">{t('recon.intro')}</p>
      <div className="scn-table-scroll" tabIndex={0} role="region" aria-labelledby="scn-recon-title">
        <table className="data-table scn-table">
          <thead>
            <tr>
              <th scope="col">{t('recon.item')}</th>
              <th scope="col">{t('recon.published')}</th>
              <th scope="col">{t('recon.model')}</th>
              <th scope="col">{t('recon.gap')}</th>
              <th scope="col">{t('recon.target')}</th>
              <th scope="col">{t('recon.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rec.rows.map((r) => (
              <tr key={r.id} data-testid={`recon-${r.id}`}>
                <th scope="row">
                  {r.label} <span className="muted">({r.unit})</span>
                </th>
                <td>
                  <Published row={r} />
                </td>
                <td className="num" data-testid="recon-model">
                  {fmtNumber(r.model, DIGITS)}
                </td>
                <td className="num" data-testid="recon-gap">
                  {r.gap > 0 ? '+' : ''}
                  {fmtNumber(r.gap, 1)} {r.gapUnit === 'pp' ? t('recon.pp') : '%'}
                </td>
                <td data-testid="recon-target">
                  {r.tolerance === null ? (
                    t('recon.noTarget')
                  ) : (
                    <span className={r.withinTolerance ? 'tag' : 'tag tag-assumption'}>
                      {t(r.withinTolerance ? 'recon.within' : 'recon.outside', {
                        tol: fmtNumber(r.tolerance, 1),
                        unit: r.gapUnit === 'pp' ? t('recon.pp') : '%',
                      })}
                    </span>
                  )}
                </td>
                <td className="scn-small">{r.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
