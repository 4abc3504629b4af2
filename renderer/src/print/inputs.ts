// Why: a print document is a pure function of the spec and one snapshot: deposits (bundled + the data packs'),
// the roadmap timing and risk scores, and each scenario the spec names. The print route gets the snapshot with
// its job (frozen when Export was pressed); the live preview builds one from the live stores (livePrint.ts).
// This module reads no store, so the print route never starts the app's workspace loading.
import { dataset } from '../../../shared/data';
import type { Deposit } from '../../../shared/model/dataset';
import type { PrintSnapshot, ScenarioFileSnapshot } from '../../../shared/print/protocol';
import type { RiskScores } from '../../../shared/risks/scores';
import type { RoadmapState } from '../../../shared/roadmap/state';
import { resolveScenarioRef, type ResolvedScenario } from '../../../shared/workspace/scenario-refs';
import { mergeDeposits } from '../stores/data';

export type { ScenarioFileSnapshot };
export interface PrintInputs {
  deposits: readonly Deposit[];
  roadmap: RoadmapState;
  riskScores: RiskScores;
  scenarios: ReadonlyMap<string, ResolvedScenario>;
}

/**
 * The document's inputs from a snapshot; the one path for the print route and the live preview alike.
 * `refs` is {@link specScenarioRefs} of the spec (the only part of it the inputs depend on).
 */
export function printInputs(
  refs: readonly string[],
  snapshot: Omit<PrintSnapshot, 'settings' | 'editionKey'>,
): PrintInputs {
  const files = new Map(snapshot.scenarioFiles.map((f) => [f.name, f]));
  return {
    deposits: mergeDeposits(dataset.deposits, snapshot.dataPacks.deposits),
    roadmap: snapshot.roadmap,
    riskScores: snapshot.riskScores,
    scenarios: new Map(refs.map((ref) => [ref, resolveScenarioRef(ref, files, snapshot.roadmap)])),
  };
}
