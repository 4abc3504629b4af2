// Why: investors weigh deposits against each other. The panel lines up 2–4 deposits field by field (same field
// key, units shown on every cell and flagged where they differ, never converted), each cell with its source.
import { memo, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildComparison } from '../../../../shared/deposits/compare';
import { sizeFigure } from '../../../../shared/deposits/export';
import type { Deposit } from '../../../../shared/model/dataset';
import { ConfidenceBadge, Provenance } from '../../components/Sourced';
import { useDepositLabels } from './useLabels';
import './profile.css';

interface ComparePanelProps {
  deposits: Deposit[];
  missing: string[];
  onRemove(id: string): void;
  onClear(): void;
}

export const ComparePanel = memo(function ComparePanel({ deposits, missing, onRemove, onClear }: ComparePanelProps) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const rows = useMemo(() => buildComparison(deposits), [deposits]);
  // Fields only one deposit has make a long column of "Not given"; they are one click away, not hidden for good.
  const [showAll, setShowAll] = useState(false);
  const shared = rows.filter((r) => r.cells.filter(Boolean).length >= 2);
  const shown = showAll || deposits.length < 2 ? rows : shared;
  const basics: { key: string; label: string; cell(d: Deposit): ReactNode }[] = [
    { key: 'minerals', label: t('compare.minerals'), cell: (d) => L.minerals(d.minerals) },
    {
      key: 'province',
      label: t('compare.provinceDistrict'),
      cell: (d) => (
        <>
          {L.province(d.province)} / <bdi>{d.district}</bdi>
        </>
      ),
    },
    {
      key: 'stage',
      label: t('compare.stage'),
      cell: (d) => (
        <>
          {L.stage(d.stage)} (<bdi>{d.stageDetail}</bdi>)
        </>
      ),
    },
    {
      key: 'size',
      label: t('compare.size'),
      cell: (d) => {
        const f = sizeFigure(d);
        return f ? (
          <>
            <div className="compare-value">{L.value(f)}</div>
            <div className="muted small" dir="auto">
              {L.figure(f.id, f.label)}
            </div>
            <Provenance figure={f} />
          </>
        ) : (
          <span className="muted">{t('compare.notComparable')}</span>
        );
      },
    },
    {
      key: 'confidence',
      label: t('compare.confidence'),
      cell: (d) => d.confidence.map((g) => <ConfidenceBadge key={g} grade={g} />),
    },
    {
      key: 'origin',
      label: t('compare.origin'),
      cell: (d) =>
        d.origin === 'user' ? (
          <span className="tag tag-user">{t('userData', { name: d.packName ?? t('dataPack') })}</span>
        ) : (
          t('compare.bundled')
        ),
    },
  ];
  return (
    <section className="panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header className="panel-header">
        <h2 id="compare-title">{t('compare.title', { count: deposits.length })}</h2>
        <button type="button" className="btn btn-secondary" onClick={onClear} data-testid="compare-clear">
          {t('compare.clear')}
        </button>
      </header>
      {deposits.length < 2 && <p className="muted">{t('compare.needMore')}</p>}
      {missing.length > 0 && <p className="muted">{t('compare.missing', { list: missing.join(', ') })}</p>}
      <div className="table-wrap">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.field')}</th>
              {deposits.map((d) => (
                <th scope="col" key={d.id}>
                  <bdi>{d.name}</bdi>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onRemove(d.id)}
                    aria-label={t('compare.removeName', { name: d.name })}
                  >
                    {t('compare.remove')}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {basics.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label}</th>
                {deposits.map((d) => (
                  <td key={d.id}>{b.cell(d)}</td>
                ))}
              </tr>
            ))}
            {shown.map((r) => (
              <tr key={r.key} data-testid="compare-row">
                <th scope="row">
                  <bdi>{r.label}</bdi>
                  {r.unitsDiffer && <span className="tag tag-assumption units-differ">{t('compare.unitsDiffer')}</span>}
                </th>
                {r.cells.map((f, i) => (
                  <td key={deposits[i]!.id}>
                    {f ? (
                      <>
                        <div className="compare-value">{L.value(f)}</div>
                        {f.label !== r.label && (
                          <div className="muted small" dir="auto">
                            {f.label}
                          </div>
                        )}
                        <Provenance figure={f} />
                      </>
                    ) : (
                      <span className="muted">{t('compare.notGiven')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deposits.length >= 2 && rows.length > shared.length && (
        <p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setShowAll((v) => !v)}
            aria-expanded={showAll}
            data-testid="compare-show-all"
          >
            {showAll
              ? t('compare.showShared', { count: shared.length })
              : t('compare.showAll', { count: rows.length - shared.length })}
          </button>
        </p>
      )}
    </section>
  );
});
