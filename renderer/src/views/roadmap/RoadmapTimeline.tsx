// Why: the roadmap at a glance: three phases drawn as the article's RANGES (not single bars) from the anchor, the
// history that led here, dated milestones and today. Presentational (data via props) so the briefing PDF can print it
// with `readOnly`; interactive, its phase bars are keyboard sliders and its milestones focusable with a popover.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Milestone } from '../../../../shared/model/dataset';
import { articleRange, DEFAULT_ANCHOR_DATE, PHASE_IDS, phaseById, type RoadmapPhaseId } from '../../../../shared/roadmap/defaults';
import { STEP_YEARS } from '../../../../shared/roadmap/edit';
import { phaseYears } from '../../../../shared/roadmap/link';
import type { PhaseWarning } from '../../../../shared/roadmap/ranges';
import { dateToYear, formatDay, formatYearMonth, jsDateToYear } from '../../../../shared/roadmap/time';
import { formatAsOf } from '../../../../shared/format/figures';
import type { RoadmapState } from '../../../../shared/workspace/state-files';
import { GUTTER, HISTORY_BREAK, MAIN_X1, makeScale, placeMilestones, VIEW_W, type PlacedMilestone } from './timelineScale';

export interface RoadmapTimelineProps {
  state: RoadmapState;
  milestones: readonly Milestone[];
  today?: Date;
  warnings?: readonly PhaseWarning[];
  readOnly?: boolean;
  onShiftStart?: (id: RoadmapPhaseId, deltaYears: number) => void;
  onChangeDuration?: (id: RoadmapPhaseId, deltaYears: number) => void;
}

const TOP = 34;
const LANE_H = 24;
const ROW_H = 58;
const BAR_H = 24;
const years = (n: number) => `${Number(n.toFixed(2))} ${n === 1 ? 'year' : 'years'}`;

export function RoadmapTimeline({ state, milestones, today = new Date(), warnings = [], readOnly = false, onShiftStart, onChangeDuration }: RoadmapTimelineProps) {
  const uid = useId().replace(/:/g, '');
  const [active, setActive] = useState<PlacedMilestone | null>(null);
  const py = phaseYears(state);
  const scale = makeScale(py.impact.start);
  const { placed, lanes } = placeMilestones(milestones, scale);
  const phasesTop = TOP + lanes * LANE_H + 14;
  const axisY = phasesTop + PHASE_IDS.length * ROW_H + 6;
  const height = axisY + 30;
  const anchorYear = dateToYear(state.anchorDate);
  const todayYear = jsDateToYear(today);
  const laneY = (lane: number) => TOP + lane * LANE_H + LANE_H / 2;

  const onBarKey = (id: RoadmapPhaseId) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const d = e.key === 'ArrowRight' ? STEP_YEARS : -STEP_YEARS;
    if (e.shiftKey) {
      if (id !== 'impact') onChangeDuration?.(id, d);
    } else onShiftStart?.(id, d);
  };

  const summary = PHASE_IDS.map((id) => `Phase ${phaseById(id).index} ${phaseById(id).name} from ${formatYearMonth(py[id].start)}`).join('; ');

  return (
    <div className={`roadmap-timeline${readOnly ? ' read-only' : ''}`} data-testid="roadmap-timeline">
      <svg
        viewBox={`0 0 ${VIEW_W} ${height}`}
        role={readOnly ? 'img' : 'group'}
        aria-label={`Roadmap timeline anchored at ${formatAsOf(state.anchorDate)}: ${summary}. The table below gives the same dates.`}
        className="timeline-svg"
      >
        <defs>
          <pattern id={`hatch-${uid}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="3" />
          </pattern>
          <linearGradient id={`fade-${uid}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" className="fade-start" />
            <stop offset="1" className="fade-end" />
          </linearGradient>
        </defs>

        {/* History band: compressed before 2018, with a break mark. */}
        <rect x={0} y={TOP - 6} width={GUTTER} height={lanes * LANE_H + 8} className="history-band" rx={6} />
        <text x={8} y={TOP + lanes * LANE_H + 16} className="band-label">History (compressed)</text>
        <g className="axis-break" aria-hidden="true">
          <line x1={scale.x(HISTORY_BREAK) - 4} x2={scale.x(HISTORY_BREAK) + 2} y1={axisY + 5} y2={axisY - 5} />
          <line x1={scale.x(HISTORY_BREAK)} x2={scale.x(HISTORY_BREAK) + 6} y1={axisY + 5} y2={axisY - 5} />
        </g>

        {/* Year axis */}
        <line x1={16} x2={MAIN_X1} y1={axisY} y2={axisY} className="axis-line" />
        {scale.ticks.map((t) => (
          <g key={`${t.history ? 'h' : 'm'}${t.year}`}>
            <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 5} className="axis-line" />
            {!t.history && <line x1={t.x} x2={t.x} y1={phasesTop - 4} y2={axisY} className="grid-line" />}
            <text x={t.x} y={axisY + 19} className="tick-label" textAnchor="middle">{t.year}</text>
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
          const X = (t: number) => scale.x(Math.min(t, scale.mainEnd));
          const warn = warnings.filter((w) => w.phaseId === id && (w.kind === 'duration-range' || w.kind === 'impact-start'));
          const isImpact = r.maxYears === null;
          const caption = isImpact
            ? `From ${formatYearMonth(s)} · open-ended (article: after a decade)`
            : `${formatYearMonth(s)} – ${formatYearMonth(s + d)} · ${years(d)} (article: ${r.minYears}–${r.maxYears} years)`;
          const valueText = isImpact
            ? `Starts ${formatYearMonth(s)}, ${years(st.startOffsetYears)} after the anchor; open-ended`
            : `Starts ${formatYearMonth(s)}, ${years(st.startOffsetYears)} after the anchor; lasts ${years(d)}`;
          return (
            <g key={id} className={`phase-row phase-${id}`}>
              <text x={8} y={y + 10} className="phase-num">Phase {ph.index}</text>
              <text x={8} y={y + 27} className="phase-name">{ph.name}</text>
              <g
                className="phase-bar"
                data-testid={`phase-bar-${id}`}
                {...(readOnly
                  ? {}
                  : {
                      tabIndex: 0,
                      role: 'slider',
                      'aria-label': `Phase ${ph.index}, ${ph.name}: start`,
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
                    <rect x={x0} y={y} width={Math.max(4, MAIN_X1 - x0 - 10)} height={BAR_H} fill={`url(#fade-${uid})`} className="bar-impact" rx={4} />
                    <path d={`M${MAIN_X1 - 10},${y - 3} L${MAIN_X1},${y + BAR_H / 2} L${MAIN_X1 - 10},${y + BAR_H + 3} Z`} className="bar-arrow" />
                  </>
                ) : (
                  <>
                    {d < (r.maxYears ?? d) && <rect x={X(s + d)} y={y + 1} width={Math.max(0, X(s + (r.maxYears ?? d)) - X(s + d))} height={BAR_H - 2} className="bar-ghost" rx={3} />}
                    <rect x={x0} y={y} width={Math.max(2, X(s + Math.min(d, r.minYears)) - x0)} height={BAR_H} className="bar-min" rx={3} />
                    {d > r.minYears && <rect x={X(s + r.minYears)} y={y} width={X(s + Math.min(d, r.maxYears ?? d)) - X(s + r.minYears)} height={BAR_H} className="bar-extra" />}
                    {r.maxYears !== null && d > r.maxYears && <rect x={X(s + r.maxYears)} y={y} width={X(s + d) - X(s + r.maxYears)} height={BAR_H} fill={`url(#hatch-${uid})`} className="bar-over" />}
                  </>
                )}
                <rect x={x0 - 4} y={y - 4} width={(isImpact ? MAIN_X1 : X(s + Math.max(d, r.maxYears ?? d))) - x0 + 8} height={BAR_H + 8} className="focus-ring" rx={6} />
              </g>
              <text x={x0} y={y + BAR_H + 15} className={`bar-caption${warn.length ? ' has-warning' : ''}`}>
                {caption}
                {warn.length > 0 && ' · ⚠ outside the article’s range'}
              </text>
            </g>
          );
        })}

        {/* Anchor and today */}
        <g className="anchor-marker">
          <line x1={scale.x(anchorYear)} x2={scale.x(anchorYear)} y1={20} y2={axisY} />
          <text x={scale.x(anchorYear) - 6} y={14} textAnchor="end" className="marker-label">Anchor · {formatAsOf(state.anchorDate)}{state.anchorDate === DEFAULT_ANCHOR_DATE ? ' (first consignment)' : ''}</text>
        </g>
        <g className="today-marker" data-testid="today-marker">
          <line x1={scale.x(todayYear)} x2={scale.x(todayYear)} y1={20} y2={axisY} />
          <text x={scale.x(todayYear) + 6} y={14} className="marker-label">Today · {formatDay(today)}</text>
        </g>

        {/* Milestones: numbered, stacked in lanes; the active one gets a guide line to the axis. */}
        {active && <line x1={active.x} x2={active.x} y1={laneY(active.lane)} y2={axisY} className="milestone-guide" />}
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
                  'aria-label': `Milestone ${p.n}: ${p.m.label}, ${formatAsOf(p.m.date)}`,
                  'aria-describedby': active?.m.id === p.m.id ? `ms-tip-${uid}` : undefined,
                  onFocus: () => setActive(p),
                  onBlur: () => setActive(null),
                  onMouseEnter: () => setActive(p),
                  onMouseLeave: () => setActive(null),
                  onKeyDown: (e: KeyboardEvent) => e.key === 'Escape' && setActive(null),
                })}
          >
            <circle cx={p.x} cy={laneY(p.lane)} r={9.5} />
            <text x={p.x} y={laneY(p.lane) + 3.8} textAnchor="middle">{p.n}</text>
          </g>
        ))}
      </svg>
      {!readOnly && (
        <p id={`bar-help-${uid}`} className="sr-only">
          Left and right arrows move the phase start by a quarter year; later phases move with it. Shift with left or right changes the duration.
        </p>
      )}
      {active && !readOnly && (
        <div
          id={`ms-tip-${uid}`}
          role="tooltip"
          className="milestone-tip"
          data-testid="milestone-tooltip"
          style={{ left: `${Math.min(78, (active.x / VIEW_W) * 100)}%`, top: `${((laneY(active.lane) + 14) / height) * 100}%` }}
        >
          <div className="tip-date">{formatAsOf(active.m.date)}</div>
          <div className="tip-label">{active.n}. {active.m.label}</div>
          <p>{active.m.detail}</p>
          <div className="tip-meta">Confidence {active.m.confidence} · sources listed below</div>
        </div>
      )}
      <Legend />
    </div>
  );
}

function Legend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li><span className="swatch swatch-min" /> Article minimum duration</li>
      <li><span className="swatch swatch-extra" /> Planned beyond the minimum</li>
      <li><span className="swatch swatch-ghost" /> Rest of the article’s range</li>
      <li><span className="swatch swatch-over" /> Beyond the article’s range</li>
      <li><span className="swatch swatch-impact" /> Open-ended</li>
      <li><span className="dot kind-history" /> History</li>
      <li><span className="dot kind-agreement" /> Agreement / shipment</li>
      <li><span className="dot kind-financing" /> Approval / financing</li>
      <li><span className="dot kind-target" /> Target</li>
      <li><span className="dot kind-review" /> Review</li>
    </ul>
  );
}

