// Why: hovering or focusing a marker answers "what is this?" without leaving the map: name, minerals, stage,
// the size figure behind the marker (with its grade, as-of and source) and how exact the location is.
import { useTranslation } from 'react-i18next';
import { sizeFigure } from '../../../../shared/deposits/export';
import type { Deposit } from '../../../../shared/model/dataset';
import { SourceLineText, useSources } from '../../components/Sourced';
import { useDepositLabels } from './useLabels';
import './map.css';

export function MapTooltip({
  deposit: d,
  left,
  top,
  below,
}: {
  deposit: Deposit;
  left: number;
  top: number;
  below: boolean;
}) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const fig = sizeFigure(d);
  const sources = useSources(fig?.sourceIds ?? []);
  return (
    <div
      className={`map-tooltip${below ? ' is-below' : ''}`}
      style={{ left, top }}
      aria-hidden="true"
      data-testid="map-tooltip"
    >
      <div className="map-tooltip-title" dir="auto">
        {d.name}
      </div>
      {d.origin === 'user' && (
        <span className="tag tag-user">{t('userData', { name: d.packName ?? t('dataPack') })}</span>
      )}
      <div>{L.minerals(d.minerals)}</div>
      <div className="muted">
        {L.stage(d.stage)} · <bdi>{d.district}</bdi>
        {t('listSeparator')}
        {L.province(d.province)}
      </div>
      {fig ? (
        <div className="map-tooltip-fig">
          <bdi>{L.figure(fig.id, fig.label)}</bdi>: <strong className="figure-value-inline">{L.value(fig)}</strong>
          <div className="muted small">
            {t('tooltip.gradeAsOf', { grade: fig.confidence, date: L.date(fig.asOf) })}
            {sources.length > 0 && (
              <>
                {' · '}
                {sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <SourceLineText source={s} />
                  </span>
                ))}
              </>
            )}
          </div>
        </div>
      ) : (
        <div className="muted small">{t('tooltip.noSize')}</div>
      )}
      {d.location?.approximate && (
        <div className="small">{t('tooltip.approx', { precision: d.location.precision })}</div>
      )}
    </div>
  );
}
