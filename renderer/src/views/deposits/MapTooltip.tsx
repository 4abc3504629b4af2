// Why: hovering or focusing a marker answers "what is this?" without leaving the map: name, minerals, stage,
// the size figure behind the marker (with its grade, as-of and source) and how exact the location is.
import { formatAsOf, formatFigureValue, formatSourceLine } from '../../../../shared/format/figures';
import { sizeFigure } from '../../../../shared/deposits/export';
import { mineralName, STAGE_LABEL } from '../../../../shared/deposits/labels';
import type { Deposit } from '../../../../shared/model/dataset';
import { useSources } from '../../components/Sourced';

export function MapTooltip({ deposit: d, left, top, below }: { deposit: Deposit; left: number; top: number; below: boolean }) {
  const fig = sizeFigure(d);
  const sources = useSources(fig?.sourceIds ?? []);
  return (
    <div className={`map-tooltip${below ? ' is-below' : ''}`} style={{ left, top }} aria-hidden="true" data-testid="map-tooltip">
      <div className="map-tooltip-title">{d.name}</div>
      {d.origin === 'user' && <span className="tag tag-user">User data: {d.packName ?? 'data pack'}</span>}
      <div>{d.minerals.map(mineralName).join(', ')}</div>
      <div className="muted">
        {STAGE_LABEL[d.stage]} · {d.district}, {d.province}
      </div>
      {fig ? (
        <div className="map-tooltip-fig">
          {fig.label}: <strong>{formatFigureValue(fig)}</strong>
          <div className="muted small">
            Grade {fig.confidence} · as of {formatAsOf(fig.asOf)}
            {sources.length > 0 && ` · ${sources.map((s) => formatSourceLine(s)).join('; ')}`}
          </div>
        </div>
      ) : (
        <div className="muted small">Size not comparable (no tonnage figure for this deposit)</div>
      )}
      {d.location?.approximate && <div className="small">Approximate location ({d.location.precision})</div>}
    </div>
  );
}
