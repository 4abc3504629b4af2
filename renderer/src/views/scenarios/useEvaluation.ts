// Why: a scenario that follows the roadmap is evaluated with the roadmap's phases (the Roadmap view's state), so
// editing the roadmap moves the economics; everything else is evaluated on its own timing.
import { useEffect, useMemo } from 'react';
import {
  evaluateScenario,
  type EvaluateOptions,
  type Scenario,
  type ScenarioResult,
} from '../../../../shared/scenario';
import { roadmapEvaluateOptions } from '../../../../shared/roadmap/link';
import { useRoadmap } from '../../stores/roadmap';

const NONE: EvaluateOptions = {};

export function useEvalOptions(scenario: Scenario | null): EvaluateOptions {
  const follow = scenario?.timing.followRoadmap ?? false;
  const startYear = scenario?.timing.startYear ?? 0;
  const ensureLoaded = useRoadmap((s) => s.ensureLoaded);
  const roadmap = useRoadmap((s) => (follow ? s.doc : null));
  useEffect(() => {
    if (follow) ensureLoaded();
  }, [follow, ensureLoaded]);
  // Keyed on the roadmap and start year only, so value edits keep the same options object (memoised charts).
  return useMemo(
    () => (follow && roadmap && scenario ? roadmapEvaluateOptions(scenario, roadmap) : NONE),
    [follow, roadmap, startYear],
  );
}

export function useEvaluation(scenario: Scenario | null, options: EvaluateOptions): ScenarioResult | null {
  return useMemo(() => (scenario ? evaluateScenario(scenario, options) : null), [scenario, options]);
}
