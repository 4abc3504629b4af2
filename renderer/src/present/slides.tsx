// Why: the slides a delegate shows on stage, one message each, designed for a 1920×1080 canvas. They use the
// app's own pieces where those read at stage size (the deposit map and its legend, the scenario engine and its
// cash-flow chart, the trust components for every figure) and stage-drawn charts where a view's would not
// (ownership, the roadmap). Each declares the sources it shows for its footer line.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset, figureById, getContested, getFigure } from '../../../shared/data';
import type { SlideId } from '../../../shared/briefing/talk';
import { isEditedScenario } from '../../../shared/briefing/scenario-stamp';
import { sizeScale } from '../../../shared/deposits/markers';
import { formatAsOf } from '../../../shared/format/figures';
import type { Deposit } from '../../../shared/model/dataset';
import type { Figure } from '../../../shared/model/sourced';
import type { Scenario, ScenarioResult } from '../../../shared/scenario';
import { FigureValue, Provenance, useDataLabel } from '../components/Sourced';
import { currentLocale } from '../i18n';
import type { RoadmapState } from '../../../shared/roadmap/state';
import { DepositMap } from '../views/deposits/DepositMap';
import { MapLegend, MapNote } from '../views/deposits/MapLegend';
import { useDepositLabels } from '../views/deposits/useLabels';
import { CashFlowChart, IllustrativeStamp } from '../views/scenarios/report';
import { fmtQuantity, fmtRatioPct, fmtUsdM } from '../i18n/format';
import { takeText } from '../views/scenarios/report/ScenarioMetrics';
import { OwnershipChart, StageRoadmap } from './StageCharts';
import { StageFigure, StageMetric } from './StageParts';
import { CONSIGNMENT_FIGURE_IDS, HEADLINE_FIGURE_IDS } from '../../../shared/data/headline-ids';

export interface SlideContent {
  id: SlideId;
  title: string;
  body: ReactNode;
  /** Source ids whose publications are named in the slide's footer line. */
  sourceIds: string[];
}

export interface ScenarioOnStage {
  label: string;
  scenario: Scenario;
  result: ScenarioResult;
}

const noop = () => undefined;
const idsOf = (ids: readonly string[]) => ids.flatMap((id) => getFigure(id).sourceIds);
const isNumeric = (f: Figure) => typeof f.value === 'number' || (typeof f.value === 'object' && f.value !== null);

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

/** The deposit slide's figures: capital cost first, then the other sourced numbers (never an unverified item). */
export function depositSlideFigures(deposit: Deposit, max = 4): Figure[] {
  const numeric = deposit.fields.filter((f) => !f.unverified && isNumeric(f));
  const capex = numeric.filter((f) => /capex/.test(f.id) && !/share/.test(f.id));
  return [...capex, ...numeric.filter((f) => !capex.includes(f))].slice(0, max);
}

function MapSlide({ deposits }: { deposits: readonly Deposit[] }) {
  const visible = useMemo(() => new Set(deposits.map((d) => d.id)), [deposits]);
  const scale = useMemo(() => sizeScale(deposits), [deposits]);
  return (
    <div className="slide-map" data-testid="slide-map">
      <DepositMap
        deposits={deposits}
        visibleIds={visible}
        selectedId={null}
        hoverId={null}
        scale={scale}
        onHover={noop}
        onSelect={noop}
        describedBy="slide-map-note"
      />
      <div className="slide-map-side">
        <MapLegend
          scale={scale}
          unit={deposits.find((d) => d.size)?.size?.unit ?? 'Mt'}
          hasUser={deposits.some((d) => d.origin === 'user')}
        />
        <div id="slide-map-note" data-source-line>
          <MapNote unlocated={deposits.filter((d) => !d.location).map((d) => d.name)} />
        </div>
      </div>
    </div>
  );
}

function DepositSlide({ deposit }: { deposit: Deposit }) {
  const { t } = useTranslation('present');
  const labels = useDepositLabels();
  const latest = [...deposit.statusNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  const figures = depositSlideFigures(deposit, deposit.ownership.length > 0 ? 3 : 4);
  return (
    <div className="slide-deposit">
      {deposit.ownership.length > 0 && <OwnershipChart ownership={deposit.ownership} />}
      <div className="stage-figures" style={{ gridTemplateColumns: `repeat(${figures.length + 1}, minmax(0, 1fr))` }}>
        <figure className="stage-figure" data-testid="stage-figure-status">
          <div className="stage-figure-value is-text">{labels.stage(deposit.stage)}</div>
          <figcaption className="stage-figure-label">{t('status')}</figcaption>
          <div className="stage-source" data-source-line>
            {latest
              ? t('statusAsOf', { date: formatAsOf(latest.date, currentLocale()) })
              : labels.province(deposit.province)}
          </div>
        </figure>
        {figures.map((f) => (
          <StageFigure key={f.id} figure={f} />
        ))}
      </div>
    </div>
  );
}

function ScenarioSlide({ scenario }: { scenario: ScenarioOnStage }) {
  const { t } = useTranslation('present');
  const r = scenario.result;
  const rate = String(r.discountRatePct);
  const irr = r.irr.afterTax?.value;
  const take = takeText(r.governmentTake.discounted);
  return (
    <div className="slide-scenario">
      <div className="stage-metrics">
        <StageMetric testId="stage-npv" label={t('npv', { rate })} value={fmtUsdM(r.npv.afterTax)} />
        <StageMetric
          testId="stage-irr"
          label={t('irr')}
          value={irr === null || irr === undefined ? t('none') : fmtRatioPct(irr)}
        />
        <StageMetric
          testId="stage-payback"
          label={t('payback')}
          value={r.payback.years === null ? t('never') : fmtQuantity(r.payback.years, 'years', 1)}
        />
        <StageMetric testId="stage-take" label={t('take')} value={take ?? t('notMeaningful')} />
        {/* Where the four numbers come from, said once for all of them. */}
        <p className="stage-source stage-metrics-note" data-source-line data-testid="stage-metrics-note">
          {t('computed')} {t('takeNote', { rate })}
        </p>
        {isEditedScenario(scenario.scenario) && (
          <div className="stage-meta" data-source-line>
            <IllustrativeStamp />
          </div>
        )}
      </div>
      <div className="stage-chart">
        <div className="stage-chart-zoom">
          <CashFlowChart result={r} width={SCENARIO_CHART.width} height={SCENARIO_CHART.height} />
        </div>
      </div>
    </div>
  );
}

/** The cash-flow chart's size before the stage zoom (×2, so its 12 px labels read at 24 px): the slide's right side. */
const SCENARIO_CHART = { width: 600, height: 262 };

function ContestedFigureOnStage({ id }: { id: string }) {
  const label = useDataLabel();
  const c = getContested(id);
  return (
    <figure className="stage-figure" data-testid={`stage-contested-${id}`}>
      {/* The question first, then every source's answer to it. */}
      <figcaption className="stage-figure-label">{label(c.id, c.label)}</figcaption>
      <div className="stage-readings">
        {c.readings.map((r) => (
          <div key={r.id} className="stage-reading">
            <span className="stage-figure-value">
              <FigureValue figure={r} />
            </span>
            <span className="stage-reading-label" dir="auto">
              {label(r.id, r.label)}
            </span>
            <span className="stage-source" data-source-line>
              <Provenance figure={r} />
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}

export function useSlides(
  deposit: Deposit,
  deposits: readonly Deposit[],
  scenario: ScenarioOnStage | null,
  roadmap: RoadmapState,
): Record<SlideId, SlideContent> {
  const { t } = useTranslation('present');
  const label = useDataLabel();
  const gdp = getContested('contested.gdp-share');
  const owners = deposit.ownership.flatMap((o) => o.sourceIds);
  const depositFigures = depositSlideFigures(deposit);
  const latest = [...deposit.statusNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    title: {
      id: 'title',
      title: t('slides.title'),
      sourceIds: [
        ...getFigure('headline.first-consignment').sourceIds,
        ...getFigure('headline.ussm-agreement').sourceIds,
      ],
      body: (
        <div className="slide-cover">
          <p className="slide-kicker">{t('kicker')}</p>
          <p className="slide-big">{t('coverLine', { date: formatAsOf('2025-10-02', currentLocale()) })}</p>
          <p className="slide-asof">{t('asOf', { date: formatAsOf(dataset.compiledAsOf, currentLocale()) })}</p>
        </div>
      ),
    },
    figures: {
      id: 'figures',
      title: t('slides.figures'),
      sourceIds: [...idsOf(HEADLINE_FIGURE_IDS), ...gdp.readings.flatMap((r) => r.sourceIds)],
      body: (
        <div className="stage-figures stage-figures-3">
          {HEADLINE_FIGURE_IDS.map((id) => (
            <StageFigure key={id} figure={getFigure(id)} />
          ))}
          <ContestedFigureOnStage id="contested.gdp-share" />
        </div>
      ),
    },
    consignment: {
      id: 'consignment',
      title: t('slides.consignment'),
      sourceIds: idsOf(CONSIGNMENT_FIGURE_IDS),
      body: (
        <div className="stage-figures stage-figures-3">
          {CONSIGNMENT_FIGURE_IDS.map((id) => (
            <StageFigure key={id} figure={getFigure(id)} />
          ))}
        </div>
      ),
    },
    map: {
      id: 'map',
      title: t('slides.map'),
      sourceIds: [...new Set(deposits.flatMap((d) => d.location?.sourceIds ?? []))],
      body: <MapSlide deposits={deposits} />,
    },
    deposit: {
      id: 'deposit',
      title: deposit.name,
      sourceIds: [...new Set([...owners, ...depositFigures.flatMap((f) => f.sourceIds), ...(latest?.sourceIds ?? [])])],
      body: <DepositSlide deposit={deposit} />,
    },
    roadmap: {
      id: 'roadmap',
      title: t('slides.roadmap'),
      sourceIds: [...new Set(dataset.phases.flatMap((p) => p.sourceIds))],
      body: <StageRoadmap state={roadmap} />,
    },
    risks: {
      id: 'risks',
      title: t('slides.risks'),
      sourceIds: [...new Set(dataset.challenges.flatMap((c) => c.sourceIds))],
      body: (
        <>
          <p className="slide-quote-note">{t('quoted')}</p>
          <div className="stage-risks" lang="en" dir="ltr">
            {dataset.challenges.map((c) => (
              <section key={c.id} className="stage-risk">
                <h2>{label(`challenge.${c.id}`, c.category)}</h2>
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
    scenario: {
      id: 'scenario',
      title: scenario ? t('slides.scenario', { name: scenario.label }) : t('slides.scenarioNone'),
      sourceIds: scenario ? scenarioSourceIds(scenario.scenario) : [],
      body: scenario ? <ScenarioSlide scenario={scenario} /> : <p>{t('noScenario')}</p>,
    },
  };
}
