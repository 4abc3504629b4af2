// Why: a map is only readable with its key. The legend draws the markers with the same shapes, colours and
// size scale as the map, says what the dashed halo and the small fixed marker mean, and carries the
// boundary disclaimer and the map data's attribution.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_ORDER, STAGE_ORDER } from '../../../../shared/deposits/labels';
import { MARKER_R_UNSIZED, stageShapePath, type SizeScale } from '../../../../shared/deposits/markers';
import type { MineralGroup, Stage } from '../../../../shared/model/dataset';
import { useDepositLabels } from './useLabels';
import './map.css';

function Glyph({
  stage = 'producing',
  group,
  r = 6,
  halo = false,
  user = false,
}: {
  stage?: Stage;
  group?: MineralGroup;
  r?: number;
  halo?: boolean;
  user?: boolean;
}) {
  const box = Math.ceil(r + (halo ? 5 : 2)) * 2;
  const cls = ['mk', group ? `mk-g-${group}` : 'mk-neutral', user ? 'mk-user' : ''].join(' ');
  return (
    <svg
      width={box}
      height={box}
      viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`}
      aria-hidden="true"
      className="legend-glyph"
    >
      <g className={cls}>
        {halo && <circle className="mk-halo" r={r + 3.5} />}
        <path className="mk-shape" d={stageShapePath(stage, r)} />
      </g>
    </svg>
  );
}

export const MapLegend = memo(function MapLegend({
  scale,
  unit,
  hasUser,
}: {
  scale: SizeScale;
  unit: string;
  hasUser: boolean;
}) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  return (
    <div className="map-legend" data-testid="map-legend">
      <div className="legend-block">
        <h3 className="legend-title">{t('legend.group')}</h3>
        <ul>
          {GROUP_ORDER.map((g) => (
            <li key={g}>
              <Glyph group={g} r={5} /> {L.group(g)}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">{t('legend.stage')}</h3>
        <ul>
          {STAGE_ORDER.map((s) => (
            <li key={s}>
              <Glyph stage={s} r={5} /> {L.stage(s)}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">{t('legend.size')}</h3>
        <ul>
          {scale.ticks.map((tick) => (
            <li key={tick}>
              <Glyph r={scale.radius(tick)} /> <bdi>{L.quantity(tick, unit)}</bdi>
            </li>
          ))}
          <li>
            <Glyph r={MARKER_R_UNSIZED} /> {t('legend.sizeNotComparable')}
          </li>
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">{t('legend.location')}</h3>
        <ul>
          <li>
            <Glyph r={5} halo /> {t('legend.approximate')}
          </li>
          {hasUser && (
            <li>
              <Glyph r={5} user /> {t('legend.user')}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
});

export function MapNote({ unlocated }: { unlocated: string[] }) {
  const { t } = useTranslation('deposits');
  return (
    <div className="map-note" data-testid="map-note">
      {unlocated.length > 0 && (
        <p>
          <strong>{t('legend.notOnMap')}</strong>{' '}
          {t('legend.notOnMapTail', { list: unlocated.join(t('sourceSeparator')) })}
        </p>
      )}
      <p>
        {t('legend.attribution')} {t('legend.sizesNote')}
      </p>
    </div>
  );
}
