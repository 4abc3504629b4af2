// Why: each phase's timing is edited next to what the phase is for: the article's words, its goals and KPIs, and the
// risk gates (challenge categories) that must be managed before moving on, which link to the Risks view.
import { useId } from 'react';
import { dataset } from '../../../../shared/data';
import type { Phase } from '../../../../shared/model/dataset';
import { articleRange } from '../../../../shared/roadmap/defaults';
import { phaseYears } from '../../../../shared/roadmap/link';
import { parseDurationField, parseStartField, type PhaseWarning } from '../../../../shared/roadmap/ranges';
import type { RoadmapState } from '../../../../shared/roadmap/state';
import { Provenance } from '../../components/Sourced';
import { useRouter } from '../../app/router';
import { useRoadmapText } from './useRoadmapText';
import { YearsField } from './YearsField';
import './tokens.css';
import './phases.css';

/** The article carries no date; it reports the 2 Oct 2025 consignment, so it is "as of" that month (as in policies.ts). */
export const ARTICLE_AS_OF = '2025-10';

interface Props {
  phase: Phase;
  state: RoadmapState;
  warnings: readonly PhaseWarning[];
  readOnly?: boolean;
  onStart?: (v: number) => void;
  onDuration?: (v: number) => void;
  onNote?: (v: string) => void;
}

export function PhaseCard({ phase, state, warnings, readOnly = false, onStart, onDuration, onNote }: Props) {
  const T = useRoadmapText();
  const { t } = T;
  const noteId = useId();
  const navigate = useRouter((s) => s.navigate);
  const st = state.phases.find((p) => p.id === phase.id)!;
  const yrs = phaseYears(state)[phase.id];
  const r = articleRange(phase.id);
  const isImpact = r.maxYears === null;
  const rangeWarn = warnings.find((w) => w.kind === 'duration-range' || w.kind === 'impact-start');
  const flowNotes = warnings.filter((w) => w.kind === 'gap' || w.kind === 'overlap');

  return (
    <article
      className={`phase-card phase-${phase.id}`}
      data-testid={`phase-card-${phase.id}`}
      aria-labelledby={`${noteId}-h`}
    >
      <header>
        <h3 id={`${noteId}-h`}>
          <span className="phase-index">{t('phaseLabel', { index: phase.index })}</span> {T.phaseName(phase.id)}
        </h3>
        <blockquote className="article-quote">
          <bdi lang="en">“{phase.articleWording}”</bdi>
        </blockquote>
        <Provenance figure={{ sourceIds: phase.sourceIds, asOf: ARTICLE_AS_OF, confidence: 'B' }} />
      </header>

      <p className="phase-dates" data-testid={`phase-dates-${phase.id}`}>
        {isImpact
          ? t('card.fromOpenEnded', { date: T.yearMonth(yrs.start) })
          : t('dateRange', { start: T.yearMonth(yrs.start), end: T.yearMonth(yrs.end) })}
      </p>

      {!readOnly && (
        <div className="phase-fields no-print">
          <YearsField
            label={t('card.start', { index: phase.index })}
            value={st.startOffsetYears}
            parse={(text) => T.fieldError(parseStartField(text, state, phase.id), 'start', state, phase.id)}
            onCommit={(v) => onStart?.(v)}
            hint={t('card.startHint')}
            warning={isImpact && rangeWarn ? T.warning(rangeWarn, state) : undefined}
            testId={`phase-start-${phase.id}`}
          />
          {isImpact ? (
            <div className="years-field">
              <span className="field-label">{t('card.duration', { index: phase.index })}</span>
              <div className="field-static">{t('card.openEnded')}</div>
            </div>
          ) : (
            <YearsField
              label={t('card.duration', { index: phase.index })}
              value={st.durationYears}
              parse={(text) => T.fieldError(parseDurationField(text), 'duration', state, phase.id)}
              onCommit={(v) => onDuration?.(v)}
              hint={t('card.articleRange', { min: r.minYears, max: r.maxYears })}
              warning={rangeWarn ? T.warning(rangeWarn, state) : undefined}
              testId={`phase-duration-${phase.id}`}
            />
          )}
        </div>
      )}
      {readOnly && rangeWarn && <p className="field-warning">⚠ {T.warning(rangeWarn, state)}</p>}
      {flowNotes.map((w) => (
        <p key={w.kind} className="flow-note" data-testid={`phase-flow-${phase.id}`}>
          {T.warning(w, state)}
        </p>
      ))}

      <div className="phase-lists">
        <section>
          <h4>{t('card.goals')}</h4>
          <ul dir="auto" lang="en">
            {phase.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
        <section>
          <h4>{t('card.kpis')}</h4>
          <ul dir="auto" lang="en">
            {phase.kpis.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="assign-note">{t('card.assignNote')}</p>

      <section className="risk-gates" aria-label={t('card.riskGatesLabel', { index: phase.index })}>
        <h4>{t('card.riskGates')}</h4>
        <ul className="gate-list">
          {phase.riskGates.map((g) => {
            const c = dataset.challenges.find((x) => x.id === g);
            return (
              <li key={g}>
                <a
                  href={`#/risks?category=${g}`}
                  className="gate-chip"
                  data-testid={`gate-${phase.id}-${g}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate('risks', [], { category: g });
                  }}
                >
                  {T.categoryName(g, c?.category ?? g)}
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      {!readOnly ? (
        <div className="note-field no-print">
          <label htmlFor={noteId}>{t('card.notes', { index: phase.index })}</label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={2000}
            value={st.note}
            onChange={(e) => onNote?.(e.target.value)}
            data-testid={`phase-note-${phase.id}`}
          />
        </div>
      ) : (
        st.note && <p className="phase-note-print">{t('card.note', { note: st.note })}</p>
      )}
    </article>
  );
}
