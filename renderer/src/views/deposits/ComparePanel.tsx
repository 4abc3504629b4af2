// Why: investors weigh deposits against each other. The panel lines up 2–4 deposits field by field (same field
// key, units shown on every cell and flagged where they differ, never converted), each cell with its source.
import { memo, useMemo, useState, type ReactNode } from 'react';
import { buildComparison } from '../../../../shared/deposits/compare';
import { sizeFigure } from '../../../../shared/deposits/export';
import { mineralName, STAGE_LABEL } from '../../../../shared/deposits/labels';
import { formatFigureValue } from '../../../../shared/format/figures';
import type { Deposit } from '../../../../shared/model/dataset';
import { ConfidenceBadge, Provenance } from '../../components/Sourced';

interface ComparePanelProps {
  deposits: Deposit[];
  missing: string[];
  onRemove(id: string): void;
  onClear(): void;
}

export const ComparePanel = memo(function ComparePanel({ deposits, missing, onRemove, onClear }: ComparePanelProps) {
  const rows = useMemo(() => buildComparison(deposits), [deposits]);
  // Fields only one deposit has make a long column of "Not given"; they are one click away, not hidden for good.
  const [showAll, setShowAll] = useState(false);
  const shared = rows.filter((r) => r.cells.filter(Boolean).length >= 2);
  const shown = showAll || deposits.length < 2 ? rows : shared;
  const basics: { label: string; cell(d: Deposit): ReactNode }[] = [
    { label: 'Minerals', cell: (d) => d.minerals.map(mineralName).join(', ') },
    { label: 'Province / district', cell: (d) => `${d.province} / ${d.district}` },
    { label: 'Stage', cell: (d) => `${STAGE_LABEL[d.stage]} (${d.stageDetail})` },
    {
      label: 'Size (map marker)',
      cell: (d) => {
        const f = sizeFigure(d);
        return f ? (
          <>
            <div className="compare-value">{formatFigureValue(f)}</div>
            <div className="muted small">{f.label}</div>
            <Provenance figure={f} />
          </>
        ) : (
          <span className="muted">Not comparable</span>
        );
      },
    },
    { label: 'Overall confidence', cell: (d) => d.confidence.map((g) => <ConfidenceBadge key={g} grade={g} />) },
    { label: 'Data origin', cell: (d) => (d.origin === 'user' ? <span className="tag tag-user">User data: {d.packName ?? 'data pack'}</span> : 'Bundled dataset') },
  ];
  return (
    <section className="panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header className="panel-header">
        <h2 id="compare-title">Compare deposits ({deposits.length})</h2>
        <button type="button" className="btn btn-secondary" onClick={onClear} data-testid="compare-clear">
          Clear comparison
        </button>
      </header>
      {deposits.length < 2 && <p className="muted">Tick one more deposit in the table to compare side by side (up to four).</p>}
      {missing.length > 0 && <p className="muted">Not in the current data: {missing.join(', ')}.</p>}
      <div className="table-wrap">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              {deposits.map((d) => (
                <th scope="col" key={d.id}>
                  {d.name}{' '}
                  <button type="button" className="link-button" onClick={() => onRemove(d.id)} aria-label={`Remove ${d.name} from comparison`}>
                    Remove
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {basics.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                {deposits.map((d) => (
                  <td key={d.id}>{b.cell(d)}</td>
                ))}
              </tr>
            ))}
            {shown.map((r) => (
              <tr key={r.key} data-testid="compare-row">
                <th scope="row">
                  {r.label}
                  {r.unitsDiffer && <span className="tag tag-assumption units-differ">Units differ</span>}
                </th>
                {r.cells.map((f, i) => (
                  <td key={deposits[i]!.id}>
                    {f ? (
                      <>
                        <div className="compare-value">{formatFigureValue(f)}</div>
                        {f.label !== r.label && <div className="muted small">{f.label}</div>}
                        <Provenance figure={f} />
                      </>
                    ) : (
                      <span className="muted">Not given</span>
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
          <button type="button" className="btn btn-secondary" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll} data-testid="compare-show-all">
            {showAll ? `Show only fields that at least two deposits share (${shared.length})` : `Show all fields (${rows.length - shared.length} more, given for one deposit only)`}
          </button>
        </p>
      )}
    </section>
  );
});
