// Why: the offline map of Pakistan's deposits. Outlines are projected once (mapGeometry), markers are built
// imperatively (markerLayer) and pan/zoom writes one transform (usePanZoom), so React here only renders the
// frame, the controls and the tooltip, and the map stays responsive with thousands of deposits.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SizeScale } from '../../../../shared/deposits/markers';
import type { Deposit } from '../../../../shared/model/dataset';
import { MapTooltip } from './MapTooltip';
import { mapGeometry, MAP_H, MAP_W, projectPoint } from './mapGeometry';
import { placeLabels, type Marker } from './labelPlacement';
import { buildCanvasLayer, SVG_MARKER_LIMIT, type CanvasMarkerLayer } from './canvasMarkers';
import { buildMarkerLayer, markerIdOf, type MarkerLayer } from './markerLayer';
import { usePanZoom } from './usePanZoom';
import './map.css';

export interface DepositMapProps {
  deposits: readonly Deposit[];
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  hoverId: string | null;
  scale: SizeScale;
  onHover(id: string | null): void;
  onSelect(id: string): void;
  /** Id of the element describing the map in words (the table note). */
  describedBy: string;
  /**
   * On paper: SVG markers at any count (a canvas would print as a screen-resolution bitmap), kept out of the
   * accessibility tree and so out of the PDF's tags (the table printed with the map names every deposit; thousands
   * of tagged marker buttons made the tagged PDF several times larger and slower to print).
   */
  paper?: boolean;
}

/** The static geography: one memoised element tree, never re-rendered after mount. */
const BaseMap = memo(function BaseMap() {
  const geo = mapGeometry();
  return (
    <g className="map-base" aria-hidden="true">
      <path className="map-neighbours" d={geo.neighbours} />
      <path className="map-pakistan" d={geo.pakistan} />
      <path className="map-provinces" d={geo.provinces} />
    </g>
  );
});

/**
 * Re-renders on a language change or new markers: place names follow the language, and once set (and again when
 * the fonts have loaded) each is measured and nudged clear of the markers and of the others (labelPlacement).
 * The geography never mirrors.
 */
const MapLabels = memo(function MapLabels({ obstacles }: { obstacles: readonly Marker[] }) {
  const { t } = useTranslation('deposits');
  const geo = mapGeometry();
  const texts = geo.labels.map((l) => t(`map.labels.${l.text}`, { defaultValue: l.text }));
  const key = texts.join('|');
  const refs = useRef<(SVGTextElement | null)[]>([]);
  const [at, setAt] = useState<{ x: number; y: number }[] | null>(null);
  useLayoutEffect(() => {
    let live = true;
    const measure = () => {
      if (!live) return;
      const boxes = geo.labels.map((l, i) => {
        const el = refs.current[i];
        // No layout engine (a unit test's DOM): keep the anchors.
        const box = el && typeof el.getBBox === 'function' ? el.getBBox() : { x: 0, y: 0, width: 0, height: 0 };
        return { x: l.x, y: l.y, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
      });
      setAt(placeLabels(boxes, obstacles));
    };
    measure();
    void document.fonts?.ready.then(measure);
    return () => {
      live = false;
    };
  }, [geo, key, obstacles]);
  return (
    <g className="map-labels" aria-hidden="true">
      {geo.labels.map((l, i) => {
        const p = at?.[i] ?? l;
        return (
          <g key={l.text} transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`}>
            <text
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={`map-label map-label-${l.kind}`}
              textAnchor="middle"
            >
              {texts[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
});

export function DepositMap({
  deposits,
  visibleIds,
  selectedId,
  hoverId,
  scale,
  onHover,
  onSelect,
  describedBy,
  paper = false,
}: DepositMapProps) {
  const { t, i18n } = useTranslation('deposits');
  const language = i18n.language;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<SVGGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const markers = useRef<MarkerLayer | null>(null);
  const canvasLayer = useRef<CanvasMarkerLayer | null>(null);
  const [tipAt, setTipAt] = useState<{ left: number; top: number; below: boolean } | null>(null);
  // The tooltip follows only the marker under the pointer or keyboard focus; hovering a table row just rings its marker.
  const [tipId, setTipId] = useState<string | null>(null);
  const panZoom = usePanZoom(svgRef, zoomRef, () => canvasLayer.current?.redraw());
  const byId = useMemo(() => new Map(deposits.map((d) => [d.id, d])), [deposits]);
  const located = useMemo(() => deposits.filter((d) => d.location).length, [deposits]);
  const onCanvas = !paper && located > SVG_MARKER_LIMIT;
  // Every located marker, shown or filtered out, so a filter change never moves a place name.
  const obstacles = useMemo(
    () =>
      deposits.flatMap((d) => {
        const p = d.location ? projectPoint(d.location.lon, d.location.lat) : null;
        return p ? [{ x: p[0], y: p[1], r: scale.radius(d.size?.value ?? null) }] : [];
      }),
    [deposits, scale],
  );

  // Layout effects: the markers must be right before the browser paints (and before a benchmark reads layout).
  useLayoutEffect(() => {
    if (!layerRef.current) return;
    layerRef.current.replaceChildren();
    if (onCanvas && canvasRef.current) {
      canvasLayer.current = buildCanvasLayer(canvasRef.current, deposits, scale, panZoom.view);
      markers.current = canvasLayer.current;
    } else {
      canvasLayer.current = null;
      markers.current = buildMarkerLayer(layerRef.current, deposits, scale, { interactive: !paper });
    }
    const layer = markers.current;
    return () => layer.dispose();
    // The language is a dependency: marker labels (read by screen readers) are built in it.
  }, [deposits, scale, onCanvas, panZoom.view, language, paper]);
  useLayoutEffect(() => markers.current?.setVisible(visibleIds), [visibleIds, deposits, scale, language]);
  useLayoutEffect(() => markers.current?.setSelected(selectedId), [selectedId, deposits, scale, language]);
  useLayoutEffect(() => markers.current?.setHover(hoverId), [hoverId, deposits, scale, language]);

  useLayoutEffect(() => {
    const at = tipId && visibleIds.has(tipId) ? markers.current?.anchor(tipId) : null;
    const frame = frameRef.current;
    if (!at || !frame) return setTipAt(null);
    const { clientWidth: w, clientHeight: h } = frame;
    if (at.x < 0 || at.x > w || at.y < 0 || at.y > h) return setTipAt(null);
    const below = at.y - at.r < 150;
    setTipAt({ left: at.x, top: below ? at.y + at.r : at.y - at.r, below });
  }, [tipId, visibleIds]);

  // The canvas follows the map's size; SVG markers scale by themselves.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!onCanvas || !canvas) return;
    const ro = new ResizeObserver(() => canvasLayer.current?.redraw());
    ro.observe(canvas);
    return () => ro.disconnect();
  }, [onCanvas]);

  /** Canvas markers have no elements to receive events: the pointer is hit-tested against them. */
  const hitAt = (clientX: number, clientY: number): string | null => {
    const svg = svgRef.current;
    const m = svg?.getScreenCTM();
    if (!canvasLayer.current || !m) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return canvasLayer.current.hitTest(p.x, p.y);
  };

  const tipDeposit = tipId ? byId.get(tipId) : undefined;
  const hoverMarker = (id: string | null) => {
    setTipId(id);
    onHover(id);
  };
  const shownCount = useMemo(
    () => deposits.filter((d) => d.location && visibleIds.has(d.id)).length,
    [deposits, visibleIds],
  );

  return (
    <div className="map-frame" ref={frameRef} data-testid="deposit-map">
      <div
        className="map-focus"
        role="group"
        aria-roledescription="map"
        aria-label={t(onCanvas ? 'map.labelCanvas' : 'map.labelSvg', { count: shownCount })}
        aria-describedby={describedBy}
        tabIndex={0}
        onKeyDown={panZoom.onKeyDown}
        data-testid="map-focus"
      >
        <svg
          ref={svgRef}
          className={`map-svg${onCanvas && tipId ? ' is-over-marker' : ''}`}
          viewBox={`0 0 ${MAP_W} ${MAP_H}`}
          preserveAspectRatio="xMidYMid meet"
          onPointerMove={onCanvas ? (e) => e.buttons === 0 && hoverMarker(hitAt(e.clientX, e.clientY)) : undefined}
          onPointerLeave={onCanvas ? () => hoverMarker(null) : undefined}
          onClick={
            onCanvas
              ? (e) => {
                  const id = hitAt(e.clientX, e.clientY);
                  if (id && !panZoom.wasDrag()) onSelect(id);
                }
              : undefined
          }
        >
          <rect className="map-sea" width={MAP_W} height={MAP_H} aria-hidden="true" />
          <g ref={zoomRef} className="map-zoom">
            <BaseMap />
            <MapLabels obstacles={obstacles} />
            <g
              ref={layerRef}
              className="map-markers"
              aria-hidden={paper || undefined}
              onPointerOver={(e) => hoverMarker(markerIdOf(e.target))}
              onPointerOut={(e) => {
                if (markerIdOf(e.relatedTarget) !== markerIdOf(e.target)) hoverMarker(null);
              }}
              onFocus={(e) => hoverMarker(markerIdOf(e.target))}
              onBlur={() => hoverMarker(null)}
              onClick={(e) => {
                const id = markerIdOf(e.target);
                if (id && !panZoom.wasDrag()) onSelect(id);
              }}
              onKeyDown={(e) => {
                const id = markerIdOf(e.target);
                if (id && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  onSelect(id);
                }
              }}
            />
          </g>
        </svg>
        {onCanvas && <canvas ref={canvasRef} className="map-canvas" aria-hidden="true" data-testid="map-canvas" />}
      </div>
      <div className="map-controls">
        <button
          type="button"
          onClick={() => panZoom.zoomBy(1.5)}
          aria-label={t('map.zoomIn')}
          title={t('map.zoomInTitle')}
          data-testid="map-zoom-in"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => panZoom.zoomBy(1 / 1.5)}
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOutTitle')}
          data-testid="map-zoom-out"
        >
          −
        </button>
        <button
          type="button"
          onClick={panZoom.reset}
          aria-label={t('map.reset')}
          title={t('map.resetTitle')}
          data-testid="map-zoom-reset"
        >
          ⟲
        </button>
      </div>
      {shownCount === 0 && (
        <p className="map-empty" role="status">
          {t('map.empty')}
        </p>
      )}
      {tipDeposit && tipAt && <MapTooltip deposit={tipDeposit} left={tipAt.left} top={tipAt.top} below={tipAt.below} />}
    </div>
  );
}
