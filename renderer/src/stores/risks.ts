// Why: the risk heatmap scores are a workspace file (state/risk-scores.json) like the roadmap: autosaved with conflict
// detection and reloaded when changed on disk. Defaults are the engine's neutral scores, labelled as assumptions.
import { defaultRiskScores } from '../../../shared/risks/defaults';
import { hasBridge } from '../api/client';
import { createStateDocStore } from './stateDocument';

export const RISK_SCORES_FILE = 'risk-scores.json';

export const useRiskScores = createStateDocStore({
  kind: 'risk-scores',
  name: RISK_SCORES_FILE,
  defaults: defaultRiskScores,
});

// Loaded at start, like the roadmap, so the scenario model's risk settings can follow the saved scores.
if (typeof window !== 'undefined' && hasBridge()) useRiskScores.getState().ensureLoaded();
