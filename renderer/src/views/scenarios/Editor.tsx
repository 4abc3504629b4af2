// Why: the analyst's calculator: inputs on the left (last valid model always evaluated), live results and charts on
// the right, what changed from the source case, and the "Illustrative" stamp once anything is edited; skip links
// jump between the inputs and the results.
import { useScenarioStore, sameScenario } from '../../stores/scenario';
import { SkipLink } from '../../components/SkipLink';
import { DiskBanner, DraftBanner } from './Banners';
import { DiffList } from './DiffList';
import { EditorToolbar } from './EditorToolbar';
import { InputsPanel } from './fields/InputsPanel';
import { useEvalOptions, useEvaluation } from './useEvaluation';
import { BackToLibrary } from './BackToLibrary';
import { useT } from './useT';
import { IllustrativeStamp } from './report';
import { ResultsPanel } from './ResultsPanel';

export function Editor() {
  const t = useT();
  const scenario = useScenarioStore((s) => s.scenario);
  const source = useScenarioStore((s) => s.source);
  const sourceLabel = useScenarioStore((s) => s.sourceLabel);
  const options = useEvalOptions(scenario);
  const result = useEvaluation(scenario, options);
  if (!scenario || !source || !result) return null;
  const edited = !sameScenario(scenario, source);
  return (
    <div className="scn-editor" data-testid="scenario-editor">
      <div className="view-header scn-header">
        <div>
          <BackToLibrary />
          <h1 id="scenarios-title" data-testid="scenario-name">
            {scenario.meta.name}
          </h1>
          <p className="asof-note">{scenario.meta.description}</p>
          <p className="scn-small muted">
            {t('editor.source', { source: sourceLabel })} · {t(`convention.${scenario.discounting.convention}`)}
            {scenario.timing.followRoadmap && <> · {t('editor.followsRoadmap')}</>}
          </p>
        </div>
        {edited && <IllustrativeStamp />}
      </div>
      <EditorToolbar result={result} />
      {/* Over a hundred inputs sit between the toolbar and the results: keyboard users jump past them. */}
      <div className="scn-skips">
        <SkipLink to="#scn-results" inline testId="skip-to-results">
          {t('skip.results')}
        </SkipLink>
        <SkipLink to='#scn-results [role="tab"][aria-selected="true"]' inline testId="skip-to-tabs">
          {t('skip.tabs')}
        </SkipLink>
      </div>
      <DiskBanner />
      <DraftBanner />
      <DiffList scenario={scenario} source={source} sourceLabel={sourceLabel} />
      <div className="scn-layout">
        <InputsPanel />
        <ResultsPanel scenario={scenario} result={result} options={options} />
      </div>
    </div>
  );
}
