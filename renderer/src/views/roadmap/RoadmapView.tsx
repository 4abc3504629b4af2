// Why: the Roadmap view (#/roadmap): the article's three phases on a timeline the user can re-time, the dated
// milestones with sources, each phase's goals and risk gates, and what the timing does to linked scenarios' NPV.
import { useEffect, useId } from 'react';
import { dataset } from '../../../../shared/data';
import { PHASE_IDS, phaseById } from '../../../../shared/roadmap/defaults';
import { changeDuration, setDuration, setNote, setStart, shiftStart } from '../../../../shared/roadmap/edit';
import { phaseYears } from '../../../../shared/roadmap/link';
import { rangeWarnings } from '../../../../shared/roadmap/ranges';
import { formatYearMonth } from '../../../../shared/roadmap/time';
import { formatAsOf } from '../../../../shared/format/figures';
import { ROADMAP_FILE, useRoadmap } from '../../stores/roadmap';
import { LinkedScenarios } from './LinkedScenarios';
import { MilestoneList } from './MilestoneList';
import { PhaseCard } from './PhaseCard';
import { RoadmapTimeline } from './RoadmapTimeline';
import { SaveStatus } from './SaveStatus';
import './roadmap.css';

const ANCHOR_RE = /^\d{4}-\d{2}-\d{2}$/;

export function RoadmapView() {
  const store = useRoadmap();
  const { doc: state, status, update, reset, ensureLoaded } = store;
  const anchorId = useId();
  useEffect(() => ensureLoaded(), [ensureLoaded]);

  const warnings = rangeWarnings(state);
  const py = phaseYears(state);
  const ready = status !== 'loading';

  return (
    <section className="view roadmap-view" aria-labelledby="roadmap-title" {...(ready ? { 'data-view-ready': 'roadmap' } : {})}>
      <div className="view-header view-header-row">
        <div>
          <h1 id="roadmap-title">Phase roadmap</h1>
          <p className="asof-note">
            The source article’s three phases, anchored at the first consignment to U.S. Strategic Metals. Edit the timing to see what it does
            to linked scenarios. Dates are plans and targets as of their sources, not live.
          </p>
        </div>
        <SaveStatus store={store} file={ROADMAP_FILE} testId="roadmap-save-status" />
      </div>

      <div className="panel timeline-panel">
        <div className="timeline-controls no-print">
          <div className="anchor-field">
            <label htmlFor={anchorId}>Anchor date</label>
            <input
              id={anchorId}
              type="date"
              value={state.anchorDate}
              data-testid="roadmap-anchor"
              aria-describedby={`${anchorId}-hint`}
              onChange={(e) => ANCHOR_RE.test(e.target.value) && update({ ...state, anchorDate: e.target.value })}
            />
            <span id={`${anchorId}-hint`} className="field-hint">Default: first consignment, {formatAsOf('2025-10-02')}</span>
          </div>
          <p className="kbd-hint">
            Tab to a phase bar, then <kbd>←</kbd>/<kbd>→</kbd> moves its start by a quarter year and <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> changes
            its duration. Milestones show details on focus.
          </p>
          <button type="button" className="btn" onClick={reset} data-testid="reset-roadmap">
            Reset to article defaults
          </button>
        </div>
        <RoadmapTimeline
          state={state}
          milestones={dataset.milestones}
          warnings={warnings}
          onShiftStart={(id, d) => update(shiftStart(state, id, d))}
          onChangeDuration={(id, d) => update(changeDuration(state, id, d))}
        />
        <table className="data-table timeline-table" data-testid="phase-table">
          <caption>Phases as drawn (the chart’s text alternative)</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Starts</th>
              <th scope="col">Ends</th>
              <th scope="col">Planned duration</th>
              <th scope="col">Article</th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {PHASE_IDS.map((id) => {
              const ph = phaseById(id);
              const st = state.phases.find((p) => p.id === id)!;
              const w = warnings.filter((x) => x.phaseId === id && (x.kind === 'duration-range' || x.kind === 'impact-start'));
              return (
                <tr key={id} data-testid={`phase-row-${id}`}>
                  <th scope="row">Phase {ph.index}: {ph.name}</th>
                  <td>{formatYearMonth(py[id].start)}</td>
                  <td>{id === 'impact' ? 'Open-ended' : formatYearMonth(py[id].end)}</td>
                  <td>{id === 'impact' ? '—' : `${Number(st.durationYears.toFixed(2))} years`}</td>
                  <td>{ph.articleWording}</td>
                  <td className={w.length ? 'warn-cell' : ''}>{w.length ? `⚠ ${w.map((x) => x.message).join('; ')}` : 'Within range'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <LinkedScenarios state={state} />

      <h2 className="section-title">Phases: goals, KPIs and risk gates</h2>
      <div className="phase-grid">
        {dataset.phases.map((ph) => (
          <PhaseCard
            key={ph.id}
            phase={ph}
            state={state}
            warnings={warnings.filter((w) => w.phaseId === ph.id)}
            onStart={(v) => update(setStart(state, ph.id, v))}
            onDuration={(v) => update(setDuration(state, ph.id, v))}
            onNote={(v) => update(setNote(state, ph.id, v))}
          />
        ))}
      </div>

      <section className="panel" aria-labelledby="milestones-title">
        <h2 id="milestones-title">Dated milestones</h2>
        <p className="muted">Numbers match the markers on the timeline. Targets are pre-review plans unless stated.</p>
        <MilestoneList milestones={dataset.milestones} />
      </section>
    </section>
  );
}
