// Why: the slides a delegate shows on stage. Each is built from the same components as the views and the
// briefing PDF (figure cards, the deposit map, the roadmap timeline, the scenario report), so a figure reads
// the same everywhere, and each declares the sources it shows for the small print at the foot of the slide.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset, figureById, getContested, getFigure } from '../../../shared/data';
import { sizeScale } from '../../../shared/deposits/markers';
import { formatAsOf } from '../../../shared/format/figures';
import type { Deposit } from '../../../shared/model/dataset';
import type { Scenario, ScenarioResult } from '../../../shared/scenario';
import { ContestedCard, FigureCard, useDataLabel } from '../components/Sourced';
import { currentLocale } from '../i18n';
import { DepositMap } from '../views/deposits/DepositMap';
import { MapLegend, MapNote } from '../views/deposits/MapLegend';
import { RoadmapTimeline } from '../views/roadmap/RoadmapTimeline';
import { CashFlowChart, ScenarioMetrics } from '../views/scenarios/report';
import { useRoadmapState } from '../stores/roadmap';

export interface SlideContent {
  id: string;
  title: string;
  body: ReactNode;
  /** Source ids whose publications are named in the slide's small print. */
  sourceIds: string[];
}

const HEADLINE_IDS = ['headline.mineral-wealth', 'headline.outcrop-area', 'headline.minerals-identified', 'headline.minerals-extracted', 'headline.ussm-agreement'];
const CONSIGNMENT_IDS = ['headline.first-consignment', 'headline.consignment-contents', 'headline.ussm-mou-date'];
const noop = () => undefined;

const idsOf = (ids: string[]) => ids.flatMap((id) => getFigure(id).sourceIds);

/** Every source behind a scenario's sourced inputs (by figure id or direct source ids), in first-seen order. */
export function scenarioSourceIds(scenario: Scenario): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as { figureId?: unknown; sourceIds?: unknown };
    if (typeof o.figureId === 'string') figureById(o.figureId)?.sourceIds.forEach((id) => out.add(id));
    if (Array.isArray(o.sourceIds)) o.sourceIds.forEach((id) => typeof id === 'string' && out.add(id));
    Object.values(v).forEach(walk);
  };
  walk(scenario);
  return [...out];
}

function MapSlide({ deposits }: { deposits: readonly Deposit[] }) {
  const visible = useMemo(() => new Set(deposits.map((d) => d.id)), [deposits]);
  const scale = useMemo(() => sizeScale(deposits), [deposits]);
  return (
    <div className="slide-map">
      <DepositMap deposits={deposits} visibleIds={visible} selectedId={null} hoverId={null} scale={scale} onHover={noop} onSelect={noop} describedBy="slide-map-note" />
      <div>
        <MapLegend scale={scale} unit={deposits.find((d) => d.size)?.size?.unit ?? 'Mt'} hasUser={deposits.some((d) => d.origin === 'user')} />
        <MapNote unlocated={deposits.filter((d) => !d.location).map((d) => d.name)} />
      </div>
    </div>
  );
}

function RoadmapSlide() {
  const state = useRoadmapState();
  return <RoadmapTimeline state={state} milestones={dataset.milestones} readOnly />;
}

export function useSlides(deposit: Deposit, deposits: readonly Deposit[], scenario: { label: string; scenario: Scenario; result: ScenarioResult } | null): SlideContent[] {
  const { t } = useTranslation('present');
  const label = useDataLabel();
  const gdp = getContested('contested.gdp-share');
  const keyFields = deposit.fields.filter((f) => !f.unverified).slice(0, 6);
  const latestNote = [...deposit.statusNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  return [
    {
      id: 'title',
      title: t('slides.title'),
      sourceIds: [...getFigure('headline.first-consignment').sourceIds],
      body: (
        <div className="slide-cover">
          <p className="slide-kicker">{t('kicker')}</p>
          <p className="slide-big">{t('coverLine', { date: formatAsOf('2025-10-02', currentLocale()) })}</p>
          <p className="slide-asof">{t('asOf', { date: formatAsOf(dataset.compiledAsOf, currentLocale()) })}</p>
        </div>
      ),
    },
    {
      id: 'figures',
      title: t('slides.figures'),
      sourceIds: [...idsOf(HEADLINE_IDS), ...gdp.readings.flatMap((r) => r.sourceIds)],
      body: (
        <>
          <div className="slide-grid slide-grid-5">
            {HEADLINE_IDS.map((id) => (
              <FigureCard key={id} figure={getFigure(id)} emphasis />
            ))}
          </div>
          <ContestedCard contested={gdp} />
        </>
      ),
    },
    {
      id: 'consignment',
      title: t('slides.consignment'),
      sourceIds: idsOf(CONSIGNMENT_IDS),
      body: (
        <div className="slide-grid slide-grid-3">
          {CONSIGNMENT_IDS.map((id) => (
            <FigureCard key={id} figure={getFigure(id)} emphasis />
          ))}
        </div>
      ),
    },
    {
      id: 'map',
      title: t('slides.map'),
      sourceIds: [...new Set(deposits.flatMap((d) => d.location?.sourceIds ?? []))],
      body: <MapSlide deposits={deposits} />,
    },
    {
      id: 'deposit',
      title: deposit.name,
      sourceIds: [...new Set([...keyFields.flatMap((f) => f.sourceIds), ...(latestNote?.sourceIds ?? []), ...deposit.ownership.flatMap((o) => o.sourceIds)])],
      body: (
        <div className="slide-deposit">
          <p className="slide-lede" dir="auto">
            {deposit.province} · {deposit.stageDetail}
          </p>
          {latestNote && (
            <p className="slide-status" dir="auto">
              <strong>{formatAsOf(latestNote.date, currentLocale())}:</strong> {latestNote.text}
            </p>
          )}
          {deposit.ownership.length > 0 && (
            <p className="slide-owners" dir="auto">
              {deposit.ownership.map((o) => `${o.holder} ${o.sharePct}%`).join(' · ')}
            </p>
          )}
          <div className="slide-grid slide-grid-3">
            {keyFields.map((f) => (
              <FigureCard key={f.id} figure={f} />
            ))}
          </div>
        </div>
      ),
    },
    { id: 'roadmap', title: t('slides.roadmap'), sourceIds: [...new Set(dataset.phases.flatMap((p) => p.sourceIds))], body: <RoadmapSlide /> },
    {
      id: 'risks',
      title: t('slides.risks'),
      sourceIds: [...new Set(dataset.challenges.flatMap((c) => c.sourceIds))],
      body: (
        <>
          <p className="slide-quote-note">{t('quoted')}</p>
          <div className="slide-grid slide-grid-3 slide-risks" lang="en" dir="ltr">
            {dataset.challenges.map((c) => (
              <section key={c.id} className="slide-risk">
                <h3>{label(`challenge.${c.id}`, c.category)}</h3>
                <ul>
                  {c.solutions.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      ),
    },
    {
      id: 'scenario',
      title: scenario ? t('slides.scenario', { name: scenario.label }) : t('slides.scenarioNone'),
      sourceIds: scenario ? scenarioSourceIds(scenario.scenario) : [],
      body: scenario ? (
        <div className="slide-scenario">
          <ScenarioMetrics scenario={scenario.scenario} result={scenario.result} />
          <CashFlowChart result={scenario.result} width={1100} height={300} />
        </div>
      ) : (
        <p>{t('noScenario')}</p>
      ),
    },
  ];
}
