// Why: the chart's numbered markers need a readable, printable list with each milestone's date, detail, source and
// confidence; it is also the chart's text alternative for screen readers.
import type { Milestone } from '../../../../shared/model/dataset';
import { Provenance } from '../../components/Sourced';
import { useRoadmapText } from './useRoadmapText';
import './tokens.css';
import './phases.css';

export function MilestoneList({ milestones }: { milestones: readonly Milestone[] }) {
  const T = useRoadmapText();
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="milestone-list" data-testid="milestone-list">
      {sorted.map((m, i) => (
        <li key={m.id} className={`milestone-item kind-${m.kind}`} data-testid={`milestone-${m.id}`}>
          <span className="ms-num" aria-hidden="true">
            {i + 1}
          </span>
          <div className="ms-body">
            <div className="ms-head">
              <time dateTime={m.date} className="ms-date">
                {T.date(m.date)}
              </time>
              <span className="ms-label" dir="auto">
                {m.label}
              </span>
              <span className="tag">{T.t(`kind.${m.kind}`)}</span>
            </div>
            <p className="ms-detail" dir="auto">
              {m.detail}
            </p>
            <Provenance figure={{ sourceIds: m.sourceIds, asOf: m.date, confidence: m.confidence }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
