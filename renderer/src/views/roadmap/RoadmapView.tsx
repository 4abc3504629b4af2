// Why: the Roadmap view (#/roadmap): the article's three phases on a timeline the user can re-time, the dated
// milestones with sources, each phase's goals and risk gates, and what the timing does to linked scenarios' NPV.
import { useEffect, useId } from 'react';
import { Trans } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { dataset } from '../../../../shared/data';
import { PHASE_IDS, phaseById } from '../../../../shared/roadmap/defaults';
import { changeDuration, setDuration, setNote, setStart, shiftStart } from '../../../../shared/roadmap/edit';
import { phaseYears } from '../../../../shared/roadmap/link';
import { rangeWarnings } from '../../../../shared/roadmap/ranges';
import { ROADMAP_FILE, useRoadmap } from '../../stores/roadmap';
import { LinkedScenarios } from './LinkedScenarios';
import { MilestoneList } from './MilestoneList';
import { PhaseCard } from './PhaseCard';
import { RoadmapTimeline } from './RoadmapTimeline';
import { SaveStatus } from './SaveStatus';
import { useRoadmapText } from './useRoadmapText';
import './roadmap.css';

export function RoadmapView() {
  const T = useRoadmapText();
  const { t } = T;
  const store = useRoadmap();
  const { doc: state, status, update, reset, ensureLoaded } = store;
  const anchorId = useId();
  useEffect(() => ensureLoaded(), [ensureLoaded]);

  const warnings = rangeWarnings(state);
  const py = phaseYears(state);
  const ready = status !== 'loading';

  return (
    <section
      className="view roadmap-view"
      aria-labelledby="roadmap-title"
      {...(ready ? { 'data-view-ready': 'roadmap' } : {})}
    >
      <div className="view-header view-header-row">
        <div>
          <h1 id="roadmap-title">{t('title')}</h1>
          <p className="asof-note">{t('intro')}</p>
        </div>
        <SaveStatus store={store} file={ROADMAP_FILE} testId="roadmap-save-status" />
      </div>

      <div className="panel timeline-panel">
        <div className="timeline-controls no-print">
          <div className="anchor-field">
            <DateField
              label={t('anchorDate')}
              value={state.anchorDate}
              testId="roadmap-anchor"
              describedBy={`${anchorId}-hint`}
              onChange={(iso) => update({ ...state, anchorDate: iso })}
            />
            <span id={`${anchorId}-hint`} className="field-hint">
              {t('anchorHint', { date: T.date('2025-10-02') })}
            </span>
          </div>
          <p className="kbd-hint">
            <Trans t={t} i18nKey="kbdHint" components={{ kbd: <kbd /> }} />
          </p>
          <button type="button" className="btn" onClick={reset} data-testid="reset-roadmap">
            {t('resetDefaults')}
          </button>
        </div>
        <RoadmapTimeline
          state={state}
          milestones={dataset.milestones}
          warnings={warnings}
          onShiftStart={(id, d) => update(shiftStart(state, id, d))}
          onChangeDuration={(id, d) => update(changeDuration(state, id, d))}
          fitWidth
        />
        <table className="data-table timeline-table" data-testid="phase-table">
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.phase')}</th>
              <th scope="col">{t('table.starts')}</th>
              <th scope="col">{t('table.ends')}</th>
              <th scope="col">{t('table.duration')}</th>
              <th scope="col">{t('table.article')}</th>
              <th scope="col">{t('table.check')}</th>
            </tr>
          </thead>
          <tbody>
            {PHASE_IDS.map((id) => {
              const ph = phaseById(id);
              const st = state.phases.find((p) => p.id === id)!;
              const w = warnings.filter(
                (x) => x.phaseId === id && (x.kind === 'duration-range' || x.kind === 'impact-start'),
              );
              return (
                <tr key={id} data-testid={`phase-row-${id}`}>
                  <th scope="row">{t('phaseFull', { index: ph.index, name: T.phaseName(id) })}</th>
                  <td>{T.yearMonth(py[id].start)}</td>
                  <td>{id === 'impact' ? t('table.openEnded') : T.yearMonth(py[id].end)}</td>
                  <td>{id === 'impact' ? '—' : T.years(st.durationYears)}</td>
                  <td dir="auto" lang="en">
                    {ph.articleWording}
                  </td>
                  <td className={w.length ? 'warn-cell' : ''}>
                    {w.length
                      ? `⚠ ${w.map((x) => T.warning(x, state)).join(t('timeline.summarySeparator'))}`
                      : t('table.withinRange')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <LinkedScenarios state={state} />

      <h2 className="section-title">{t('sectionPhases')}</h2>
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
        <h2 id="milestones-title">{t('milestonesTitle')}</h2>
        <p className="muted">{t('milestonesNote')}</p>
        <MilestoneList milestones={dataset.milestones} />
      </section>
    </section>
  );
}
