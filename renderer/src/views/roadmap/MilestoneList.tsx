// Why: the chart's numbered markers need a readable, printable list with each milestone's date, detail, source and
// confidence; it is also the chart's text alternative for screen readers.
import type { Milestone } from '../../../../shared/model/dataset';
import { formatAsOf } from '../../../../shared/format/figures';
import { Provenance } from '../../components/Sourced';

const KIND: Record<Milestone['kind'], string> = {
  history: 'History',
  agreement: 'Agreement',
  shipment: 'Shipment',
  approval: 'Approval',
  financing: 'Financing',
  target: 'Target',
  review: 'Review',
};

export function MilestoneList({ milestones }: { milestones: readonly Milestone[] }) {
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="milestone-list" data-testid="milestone-list">
      {sorted.map((m, i) => (
        <li key={m.id} className={`milestone-item kind-${m.kind}`} data-testid={`milestone-${m.id}`}>
          <span className="ms-num" aria-hidden="true">{i + 1}</span>
          <div className="ms-body">
            <div className="ms-head">
              <time dateTime={m.date} className="ms-date">{formatAsOf(m.date)}</time>
              <span className="ms-label">{m.label}</span>
              <span className="tag">{KIND[m.kind]}</span>
            </div>
            <p className="ms-detail">{m.detail}</p>
            <Provenance figure={{ sourceIds: m.sourceIds, asOf: m.date, confidence: m.confidence }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
