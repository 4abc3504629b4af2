// Why: the roadmap and risks pages print the Roadmap and Risks views' own presentational components
// (timeline read-only, phase cards, milestones; challenge matrix, heatmap read-only, policies), fed with the
// timing and scores the user saved, so the PDF shows exactly what the app shows.
import { useTranslation } from 'react-i18next';
import { dataset } from '../../../../shared/data';
import { PHASE_IDS, phaseById } from '../../../../shared/roadmap/defaults';
import { rangeWarnings } from '../../../../shared/roadmap/ranges';
import type { RoadmapState } from '../../../../shared/roadmap/state';
import type { RiskScores } from '../../../../shared/risks/scores';
import { MilestoneList } from '../../views/roadmap/MilestoneList';
import { PhaseCard } from '../../views/roadmap/PhaseCard';
import { RoadmapTimeline } from '../../views/roadmap/RoadmapTimeline';
import { ChallengeMatrix } from '../../views/risks/ChallengeMatrix';
import { PolicyList } from '../../views/risks/PolicyList';
import { heatmapItems, RiskHeatmap } from '../../views/risks/RiskHeatmap';

export function RoadmapSection({ state, today }: { state: RoadmapState; today: Date }) {
  const { t } = useTranslation('briefing');
  const warnings = rangeWarnings(state);
  return (
    <>
      <h1>{t('sectionTitle.roadmap')}</h1>
      <p className="print-lede">{t('roadmap.lede')}</p>
      <div className="print-timeline" data-testid="print-roadmap">
        <RoadmapTimeline state={state} milestones={dataset.milestones} today={today} warnings={warnings} readOnly />
      </div>
      <div className="print-phase-cards">
        {PHASE_IDS.map((id) => (
          <PhaseCard
            key={id}
            phase={phaseById(id)}
            state={state}
            warnings={warnings.filter((w) => w.phaseId === id)}
            readOnly
          />
        ))}
      </div>
      <h2>{t('roadmap.milestones')}</h2>
      <MilestoneList milestones={dataset.milestones} />
    </>
  );
}

export function RisksSection({ scores }: { scores: RiskScores }) {
  const { t } = useTranslation('briefing');
  const items = heatmapItems(scores);
  return (
    <>
      <h1>{t('sectionTitle.risks')}</h1>
      <h2>{t('risks.matrix')}</h2>
      <ChallengeMatrix challenges={dataset.challenges} />
      <h2>{t('risks.heatmap')}</h2>
      <p className="print-lede">{t('risks.heatmapNote')}</p>
      <RiskHeatmap items={items} readOnly />
      <h2>{t('risks.policies')}</h2>
      <PolicyList policies={dataset.policies} />
    </>
  );
}
