// Why: the roadmap at a glance: three phases drawn as the article's RANGES (not single bars) from the anchor, the
// history that led here, dated milestones and today. Presentational (data via props) so the briefing PDF can print it
// with `readOnly`; interactive, its phase bars are keyboard sliders and its milestones focusable with a popover.
// In a right-to-left language time runs from right to left: every x is mirrored (text stays upright, anchored by the
// SVG's own direction) and the arrow keys follow what the user sees.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Milestone } from '../../../../shared/model/dataset';
import {
  articleRange,
  DEFAULT_ANCHOR_DATE,
  PHASE_IDS,
  phaseById,
  type RoadmapPhaseId,
} from '../../../../shared/roadmap/defaults';
import { STEP_YEARS } from '../../../../shared/roadmap/edit';
import { phaseYears } from '../../../../shared/roadmap/link';
import type { PhaseWarning } from '../../../../shared/roadmap/ranges';
import { dateToYear, jsDateToYear } from '../../../../shared/roadmap/time';
import type { RoadmapState } from '../../../../shared/roadmap/state';
import {
  GUTTER,
  HISTORY_BREAK,
  makeScale,
  MIN_VIEW_W,
  placeMilestones,
  VIEW_W,
  type PlacedMilestone,
} from './timelineScale';
import { useRoadmapText } from './useRoadmapText';
import './tokens.css';
import './timeline.css';

export interface RoadmapTimelineProps {
  state: RoadmapState;
  milestones: readonly Milestone[];
  today?: Date;
  warnings?: readonly PhaseWarning[];
  readOnly?: boolean;
  onShiftStart?: (id: RoadmapPhaseId, deltaYears: number) => void;
  onChangeDuration?: (id: RoadmapPhaseId, deltaYears: number) => void;
  /**
   * Draw at the width it is given, text at its design size (on screen: never below 12 px at any window width).
   * Without it the drawing scales as a whole to its box (a print page, a slide), as its layout was designed.
   */
  fitWidth?: boolean;
}

/** The box's width in CSS px, kept current as the window resizes (null until first measured). */
function useBoxWidth(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const update = () => setWidth(el.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  return { ref, width };
}

const TOP = 34;
const LANE_H = 24;
const ROW_H = 58;
const BAR_H = 24;

export function RoadmapTimeline({
  state,
  milestones,
  today = new Date(),
  warnings = [],
  readOnly = false,
  onShiftStart,
  onChangeDuration,
  fitWidth = false,
}: RoadmapTimelineProps) {
  const T = useRoadmapText();
  const { t, rtl } = T;
  const box = useBoxWidth(fitWidth);
  const py = phaseYears(state);
  const scale = makeScale(py.impact.start, fitWidth ? Math.max(MIN_VIEW_W, box.width ?? VIEW_W) : VIEW_W);
  const { width: W, mainX1: MAIN_X1 } = scale;
  /** Mirrors an x position (or a rect's start, given its width) in right-to-left layouts. */
  const mx = (x: number) => (rtl ? W - x : x);
  const rx = (x: number, w: number) => (rtl ? W - x - w : x);
  const uid = useId().replace(/:/g, '');
  const [active, setActive] = useState<PlacedMilestone | null>(null);
  const { placed, lanes } = placeMilestones(milestones, scale);
  // Room under the milestone lanes for the history band's label, clear of the first phase's name.
  const phasesTop = TOP + lanes * LANE_H + 24;
  const axisY = phasesTop + PHASE_IDS.length * ROW_H + 6;
  const height = axisY + 30;
  const anchorYear = dateToYear(state.anchorDate);
  const todayYear = jsDateToYear(today);
  const laneY = (lane: number) => TOP + lane * LANE_H + LANE_H / 2;

  const onBarKey = (id: RoadmapPhaseId) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const d = e.key === later ? STEP_YEARS : -STEP_YEARS;
    if (e.shiftKey) {
      if (id !== 'impact') onChangeDuration?.(id, d);
    } else onShiftStart?.(id, d);
  };

  const summary = PHASE_IDS.map((id) =>
    t('timeline.summaryItem', { index: phaseById(id).index, name: T.phaseName(id), date: T.yearMonth(py[id].start) }),
  ).join(t('timeline.summarySeparator'));

  return (
    <div
      ref={box.ref}
      className={`roadmap-timeline${readOnly ? ' read-only' : ''}${fitWidth ? ' fit-width' : ''}`}
      data-testid="roadmap-timeline"
    >
      <svg
        viewBox={`0 0 ${W} ${height}`}
        style={fitWidth ? { width: W } : undefined}
        role={readOnly ? 'img' : 'group'}
        aria-label={t('timeline.aria', { date: T.date(state.anchorDate), summary })}
        className="timeline-svg"
      >
        <defs>
          <pattern id={`hatch-${uid}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="3" />
          </pattern>
          <linearGradient id={`fade-${uid}`} x1={rtl ? '1' : '0'} x2={rtl ? '0' : '1'} y1="0" y2="0">
            <stop offset="0" className="fade-start" />
            <stop offset="1" className="fade-end" />
          </linearGradient>
        </defs>

        {/* History band: compressed before 2018, with a break mark. */}
        <rect
          x={rx(0, GUTTER)}
          y={TOP - 6}
          width={GUTTER}
          height={lanes * LANE_H + 8}
          className="history-band"
          rx={6}
        />
        <text x={mx(8)} y={TOP + lanes * LANE_H + 16} className="band-label">
          {t('timeline.history')}
        </text>
        <g className="axis-break" aria-hidden="true">
          <line x1={mx(scale.x(HISTORY_BREAK) - 4)} x2={mx(scale.x(HISTORY_BREAK) + 2)} y1={axisY + 5} y2={axisY - 5} />
          <line x1={mx(scale.x(HISTORY_BREAK))} x2={mx(scale.x(HISTORY_BREAK) + 6)} y1={axisY + 5} y2={axisY - 5} />
        </g>

        {/* Year axis */}
        <line x1={mx(16)} x2={mx(MAIN_X1)} y1={axisY} y2={axisY} className="axis-line" />
        {scale.ticks.map((tick) => (
          <g key={`${tick.history ? 'h' : 'm'}${tick.year}`}>
            <line x1={mx(tick.x)} x2={mx(tick.x)} y1={axisY} y2={axisY + 5} className="axis-line" />
            {!tick.history && (
              <line x1={mx(tick.x)} x2={mx(tick.x)} y1={phasesTop - 4} y2={axisY} className="grid-line" />
            )}
            <text x={mx(tick.x)} y={axisY + 19} className="tick-label" textAnchor="middle">
              {tick.year}
            </text>
          </g>
        ))}

        {/* Phase rows */}
        {PHASE_IDS.map((id, i) => {
          const ph = phaseById(id);
          const st = state.phases.find((p) => p.id === id)!;
          const r = articleRange(id);
          const top = phasesTop + i * ROW_H;
          const y = top + 6;
          const s = py[id].start;
          const d = st.durationYears;
          const x0 = scale.x(s);
          const X = (year: number) => scale.x(Math.min(year, scale.mainEnd));
          /** A rect from year-position a to b (unmirrored x), mirrored as a whole. */
          const span = (a: number, b: number) => ({ x: rx(a, b - a), width: b - a });
          const warn = warnings.filter(
            (w) => w.phaseId === id && (w.kind === 'duration-range' || w.kind === 'impact-start'),
          );
          const isImpact = r.maxYears === null;
          const caption = isImpact
            ? t('timeline.captionImpact', { start: T.yearMonth(s) })
            : t('timeline.caption', {
                start: T.yearMonth(s),
                end: T.yearMonth(s + d),
                duration: T.years(d),
                min: r.minYears,
                max: r.maxYears,
              });
          const valueText = isImpact
            ? t('timeline.valueImpact', { start: T.yearMonth(s), offset: T.years(st.startOffsetYears) })
            : t('timeline.value', {
                start: T.yearMonth(s),
                offset: T.years(st.startOffsetYears),
                duration: T.years(d),
              });
          const ghostW = Math.max(0, X(s + (r.maxYears ?? d)) - X(s + d));
          const minW = Math.max(2, X(s + Math.min(d, r.minYears)) - x0);
          const ringW = (isImpact ? MAIN_X1 : X(s + Math.max(d, r.maxYears ?? d))) - x0 + 8;
          const arrow = [
            [MAIN_X1 - 10, y - 3],
            [MAIN_X1, y + BAR_H / 2],
            [MAIN_X1 - 10, y + BAR_H + 3],
          ]
            .map(([ax, ay], k) => `${k === 0 ? 'M' : 'L'}${mx(ax!)},${ay!}`)
            .join(' ');
          return (
            <g key={id} className={`phase-row phase-${id}`}>
              <text x={mx(8)} y={y + 10} className="phase-num">
                {t('phaseLabel', { index: ph.index })}
              </text>
              <text x={mx(8)} y={y + 27} className="phase-name">
                {T.phaseName(id)}
              </text>
              <g
                className="phase-bar"
                data-testid={`phase-bar-${id}`}
                {...(readOnly
                  ? {}
                  : {
                      tabIndex: 0,
                      role: 'slider',
                      'aria-label': t('timeline.barLabel', { index: ph.index, name: T.phaseName(id) }),
                      'aria-valuemin': 0,
                      'aria-valuemax': 40,
                      'aria-valuenow': st.startOffsetYears,
                      'aria-valuetext': valueText,
                      'aria-describedby': `bar-help-${uid}`,
                      onKeyDown: onBarKey(id),
                    })}
              >
                {isImpact ? (
                  <>
                    <rect
                      x={rx(x0, Math.max(4, MAIN_X1 - x0 - 10))}
                      y={y}
                      width={Math.max(4, MAIN_X1 - x0 - 10)}
                      height={BAR_H}
                      fill={`url(#fade-${uid})`}
                      className="bar-impact"
                      rx={4}
                    />
                    <path d={`${arrow} Z`} className="bar-arrow" />
                  </>
                ) : (
                  <>
                    {d < (r.maxYears ?? d) && (
                      <rect
                        x={rx(X(s + d), ghostW)}
                        y={y + 1}
                        width={ghostW}
                        height={BAR_H - 2}
                        className="bar-ghost"
                        rx={3}
                      />
                    )}
                    <rect x={rx(x0, minW)} y={y} width={minW} height={BAR_H} className="bar-min" rx={3} />
                    {d > r.minYears && (
                      <rect
                        {...span(X(s + r.minYears), X(s + Math.min(d, r.maxYears ?? d)))}
                        y={y}
                        height={BAR_H}
                        className="bar-extra"
                      />
                    )}
                    {r.maxYears !== null && d > r.maxYears && (
                      <rect
                        {...span(X(s + r.maxYears), X(s + d))}
                        y={y}
                        height={BAR_H}
                        fill={`url(#hatch-${uid})`}
                        className="bar-over"
                      />
                    )}
                  </>
                )}
                <rect x={rx(x0 - 4, ringW)} y={y - 4} width={ringW} height={BAR_H + 8} className="focus-ring" rx={6} />
              </g>
              <text x={mx(x0)} y={y + BAR_H + 15} className={`bar-caption${warn.length ? ' has-warning' : ''}`}>
                {caption}
                {warn.length > 0 && t('timeline.outside')}
              </text>
            </g>
          );
        })}

        {/* Anchor and today */}
        <g className="anchor-marker">
          <line x1={mx(scale.x(anchorYear))} x2={mx(scale.x(anchorYear))} y1={20} y2={axisY} />
          <text x={mx(scale.x(anchorYear) - 6)} y={14} textAnchor="end" className="marker-label">
            {t('timeline.anchor', { date: T.date(state.anchorDate) })}
            {state.anchorDate === DEFAULT_ANCHOR_DATE ? t('timeline.firstConsignment') : ''}
          </text>
        </g>
        <g className="today-marker" data-testid="today-marker">
          <line x1={mx(scale.x(todayYear))} x2={mx(scale.x(todayYear))} y1={20} y2={axisY} />
          <text x={mx(scale.x(todayYear) + 6)} y={14} className="marker-label">
            {t('timeline.today', { date: T.day(today) })}
          </text>
        </g>

        {/* Milestones: numbered, stacked in lanes; the active one gets a guide line to the axis. */}
        {active && (
          <line x1={mx(active.x)} x2={mx(active.x)} y1={laneY(active.lane)} y2={axisY} className="milestone-guide" />
        )}
        {placed.map((p) => (
          <g
            key={p.m.id}
            className={`milestone-marker kind-${p.m.kind}`}
            data-testid={`milestone-marker-${p.m.id}`}
            {...(readOnly
              ? {}
              : {
                  tabIndex: 0,
                  role: 'button',
                  'aria-label': t('timeline.milestone', { n: p.n, label: p.m.label, date: T.date(p.m.date) }),
                  'aria-describedby': active?.m.id === p.m.id ? `ms-tip-${uid}` : undefined,
                  onFocus: () => setActive(p),
                  onBlur: () => setActive(null),
                  onMouseEnter: () => setActive(p),
                  onMouseLeave: () => setActive(null),
                  onKeyDown: (e: KeyboardEvent) => e.key === 'Escape' && setActive(null),
                })}
          >
            <circle cx={mx(p.x)} cy={laneY(p.lane)} r={10.5} />
            <text x={mx(p.x)} y={laneY(p.lane) + 4.2} textAnchor="middle">
              {p.n}
            </text>
          </g>
        ))}
      </svg>
      {!readOnly && (
        <p id={`bar-help-${uid}`} className="sr-only">
          {t('timeline.barHelp')}
        </p>
      )}
      {active && !readOnly && (
        <div
          id={`ms-tip-${uid}`}
          role="tooltip"
          className="milestone-tip"
          data-testid="milestone-tooltip"
          style={{
            left: `${rtl ? Math.max(22, (mx(active.x) / W) * 100) : Math.min(78, (active.x / W) * 100)}%`,
            top: `${((laneY(active.lane) + 14) / height) * 100}%`,
          }}
        >
          <div className="tip-date">{T.date(active.m.date)}</div>
          <div className="tip-label">
            {active.n}. <bdi>{active.m.label}</bdi>
          </div>
          <p dir="auto">{active.m.detail}</p>
          <div className="tip-meta">{t('timeline.tipMeta', { grade: active.m.confidence })}</div>
        </div>
      )}
      <Legend />
    </div>
  );
}

const LEGEND: [string, string][] = [
  ['swatch swatch-min', 'min'],
  ['swatch swatch-extra', 'extra'],
  ['swatch swatch-ghost', 'ghost'],
  ['swatch swatch-over', 'over'],
  ['swatch swatch-impact', 'impact'],
  ['dot kind-history', 'history'],
  ['dot kind-agreement', 'agreement'],
  ['dot kind-financing', 'financing'],
  ['dot kind-target', 'target'],
  ['dot kind-review', 'review'],
];

function Legend() {
  const { t } = useRoadmapText();
  return (
    <ul className="timeline-legend" aria-label={t('legend.label')}>
      {LEGEND.map(([cls, key]) => (
        <li key={key}>
          <span className={cls} /> {t(`legend.${key}`)}
        </li>
      ))}
    </ul>
  );
}
