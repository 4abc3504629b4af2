// Why: the policy and partnership context investors ask about, each with its source and its real status, shown
// prominently where a deal is only reported or proposed (e.g. the Saudi interest in Reko Diq: talks, no signed deal).
import type { PolicyInitiative } from '../../../../shared/model/dataset';
import { formatAsOf } from '../../../../shared/format/figures';
import { Provenance } from '../../components/Sourced';

/** Statuses that must not read as done deals. */
const TENTATIVE = /reported|proposed|unverified|no signed|talks|waits/i;

export function PolicyList({ policies }: { policies: readonly PolicyInitiative[] }) {
  return (
    <ul className="policy-list" data-testid="policy-list">
      {policies.map((p) => {
        const tentative = TENTATIVE.test(p.status);
        return (
          <li key={p.id} className="policy-card" data-testid={`policy-${p.id}`}>
            <div className="policy-head">
              <h3>{p.name}</h3>
              <time dateTime={p.date} className="policy-date">{formatAsOf(p.date)}</time>
            </div>
            <p className={`policy-status${tentative ? ' tentative' : ''}`} data-testid={`policy-status-${p.id}`}>
              <span className="status-label">Status:</span> {p.status}
            </p>
            <p className="policy-summary">{p.summary}</p>
            <Provenance figure={{ sourceIds: p.sourceIds, asOf: p.date, confidence: p.confidence }} />
          </li>
        );
      })}
    </ul>
  );
}
