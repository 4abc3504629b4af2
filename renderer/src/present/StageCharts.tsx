// Why: two charts drawn for the stage rather than shrunk from a view: ownership as one 100% bar with each
// holder's share at display size, and the three roadmap phases on a years axis with stage-size labels in phase
// colours that keep contrast on the slide background (checked by the per-slide contrast test).
import { useTranslation } from 'react-i18next';
import { articleRange, PHASE_IDS } from '../../../shared/roadmap/defaults';
import { phaseYears } from '../../../shared/roadmap/link';
import type { Deposit } from '../../../shared/model/dataset';
import type { RoadmapState } from '../../../shared/roadmap/state';
import { fmtPct } from '../i18n/format';
import { useRoadmapText } from '../views/roadmap/useRoadmapText';
import { Num } from '../components/Bidi';

export function OwnershipChart({ ownership }: { ownership: Deposit['ownership'] }) {
  const { t } = useTranslation('present');
  const label = (o: Deposit['ownership'][number]) => `${o.holder} ${fmtPct(o.sharePct, 0)}`;
  return (
    <figure
      className="own-chart"
      data-testid="ownership-chart"
      aria-label={`${t('ownership')}: ${ownership.map(label).join(', ')}`}
      style={{ margin: 0 }}
    >
      <h2>{t('ownership')}</h2>
      <div className="own-bar" aria-hidden="true">
        {ownership.map((o, i) => (
          <div
            key={o.holder}
            className={`own-seg own-c${(i % 4) + 1}`}
            style={{ width: `${o.sharePct}%` }}
            data-testid="ownership-segment"
          />
        ))}
      </div>
      <ul className="own-keys">
        {ownership.map((o, i) => (
          <li key={o.holder} className="own-key" style={{ flex: `${Math.max(o.sharePct, 18)} 1 0` }}>
            <span className="own-key-share">
              <span className={`own-swatch own-c${(i % 4) + 1}`} aria-hidden="true" />
              <Num>{fmtPct(o.sharePct, 0)}</Num>
            </span>
            <span className="own-key-holder" dir="auto">
              {o.holder}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

const SPAN_YEARS = 16;

export function StageRoadmap({ state }: { state: RoadmapState }) {
  const { t } = useTranslation('present');
  const rt = useRoadmapText();
  const years = phaseYears(state);
  const from = Math.floor(years.demonstration.start);
  const to = from + SPAN_YEARS;
  const pos = (y: number) => `${((Math.min(to, Math.max(from, y)) - from) / SPAN_YEARS) * 100}%`;
  const ticks = Array.from({ length: SPAN_YEARS / 2 + 1 }, (_, i) => from + i * 2);
  return (
    <div className="stage-roadmap" data-testid="stage-roadmap">
      {PHASE_IDS.map((id, i) => {
        const y = years[id];
        const range = articleRange(id);
        const open = range.maxYears === null;
        const caption = open
          ? t('roadmapFrom', { date: rt.yearMonth(y.start) })
          : `${rt.yearMonth(y.start)} – ${rt.yearMonth(y.end)} · ${rt.years(y.end - y.start)} ${t('roadmapArticle', { min: range.minYears, max: range.maxYears })}`;
        return (
          <div key={id} className={`stage-phase stage-phase-${i + 1}`} data-testid={`stage-phase-${id}`}>
            <div className="stage-phase-name">
              <span className="stage-phase-num phase-colour-text">{rt.t('phaseLabel', { index: i + 1 })}</span>
              <span className="stage-phase-title">{rt.phaseName(id)}</span>
            </div>
            {/* Time runs left to right in both languages, as in the scenario charts; the labels follow the language. */}
            <div className="stage-track" dir="ltr">
              {open ? (
                <div
                  className="stage-bar-open phase-colour-graphic"
                  style={{ insetInlineStart: pos(y.start), width: `calc(${pos(to)} - ${pos(y.start)})` }}
                />
              ) : (
                <>
                  {/* The article's range for the phase's end, outlined; the roadmap's planned phase, solid. */}
                  <div
                    className="stage-bar-range phase-colour-graphic"
                    style={{
                      insetInlineStart: pos(y.start + range.minYears),
                      width: `calc(${pos(y.start + range.maxYears!)} - ${pos(y.start + range.minYears)})`,
                    }}
                  />
                  <div
                    className="stage-bar-min phase-colour-graphic"
                    style={{ insetInlineStart: pos(y.start), width: `calc(${pos(y.end)} - ${pos(y.start)})` }}
                  />
                </>
              )}
              <span
                className={`stage-bar-caption phase-colour-text${(y.start - from) / SPAN_YEARS > 0.55 ? ' at-end' : ''}`}
                style={{ insetInlineStart: pos(y.start) }}
              >
                <bdi dir="auto">{caption}</bdi>
              </span>
            </div>
          </div>
        );
      })}
      <div className="stage-axis" aria-hidden="true">
        <span />
        <div className="stage-axis-track" dir="ltr">
          {ticks.map((y) => (
            <span key={y} className="stage-tick" style={{ insetInlineStart: pos(y) }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      <ul className="stage-roadmap-key">
        <li>
          <span className="key-min" aria-hidden="true" /> {t('roadmapKeyMin')}
        </li>
        <li>
          <span className="key-range" aria-hidden="true" /> {t('roadmapKeyRange')}
        </li>
      </ul>
    </div>
  );
}
