// Why: a print document is a pure function of the spec and one snapshot: deposits (bundled + the data packs'),
// the roadmap timing and risk scores, and each scenario the spec names. The print route gets the snapshot with
// its job (frozen when Export was pressed); the live preview builds one from the live stores (livePrint.ts).
// This module reads no store, so the print route never starts the app's workspace loading.
import { isEditedScenario } from '../../../shared/briefing/scenario-stamp';
import type { BriefingSpec } from '../../../shared/briefing/spec';
import { dataset } from '../../../shared/data';
import type { Deposit } from '../../../shared/model/dataset';
import type { PrintSnapshot, ScenarioFileSnapshot } from '../../../shared/print/protocol';
import { roadmapEvaluateOptions } from '../../../shared/roadmap/link';
import { createScenarioFromPreset, evaluateScenario, presets, type EvaluateOptions, type Scenario, type ScenarioResult } from '../../../shared/scenario';
import { ScenarioFileSchema } from '../../../shared/workspace/scenario-file';
import type { RiskScores } from '../../../shared/risks/scores';
import type { RoadmapState } from '../../../shared/roadmap/state';
import { describeIssues } from '../../../shared/errors';
import { mergeDeposits } from '../stores/data';

export type { ScenarioFileSnapshot };
export type ResolvedScenario =
  | { ref: string; ok: true; label: string; scenario: Scenario; preset: Scenario | null; edited: boolean; result: ScenarioResult; options: EvaluateOptions }
  | { ref: string; ok: false; label: string; problem: string };

export interface PrintInputs {
  deposits: readonly Deposit[];
  roadmap: RoadmapState;
  riskScores: RiskScores;
  scenarios: ReadonlyMap<string, ResolvedScenario>;
}

export function scenarioRefs(spec: BriefingSpec): string[] {
  const refs = spec.sections.flatMap((s) => (!s.enabled ? [] : s.type === 'scenario' ? [s.source] : s.type === 'comparison' ? s.sources : []));
  return [...new Set(refs)];
}

export function resolveScenario(ref: string, files: ReadonlyMap<string, ScenarioFileSnapshot>, roadmap: RoadmapState): ResolvedScenario {
  let scenario: Scenario;
  if (ref.startsWith('preset:')) {
    const id = ref.slice('preset:'.length);
    if (!presets.some((p) => p.id === id)) return { ref, ok: false, label: ref, problem: `There is no scenario preset "${id}" in this version of the app.` };
    scenario = createScenarioFromPreset(id);
  } else {
    const file = files.get(ref);
    if (!file || file.problem || file.content === undefined) return { ref, ok: false, label: ref, problem: file?.problem ?? `${ref} could not be read.` };
    const parsed = ScenarioFileSchema.safeParse(file.content);
    if (!parsed.success) return { ref, ok: false, label: ref, problem: `${ref} has invalid content: ${describeIssues(parsed.error.issues)}.` };
    scenario = parsed.data.scenario;
  }
  const presetId = scenario.meta.presetId;
  const preset = presetId && presets.some((p) => p.id === presetId) ? createScenarioFromPreset(presetId) : null;
  const options = roadmapEvaluateOptions(scenario, roadmap);
  return { ref, ok: true, label: scenario.meta.name, scenario, preset, edited: isEditedScenario(scenario), result: evaluateScenario(scenario, options), options };
}

/**
 * The document's inputs from a snapshot; the one path for the print route and the live preview alike.
 * `refs` is {@link scenarioRefs} of the spec (the only part of it the inputs depend on).
 */
export function printInputs(refs: readonly string[], snapshot: Omit<PrintSnapshot, 'settings' | 'editionKey'>): PrintInputs {
  const files = new Map(snapshot.scenarioFiles.map((f) => [f.name, f]));
  return {
    deposits: mergeDeposits(dataset.deposits, snapshot.dataPacks.deposits),
    roadmap: snapshot.roadmap,
    riskScores: snapshot.riskScores,
    scenarios: new Map(refs.map((ref) => [ref, resolveScenario(ref, files, snapshot.roadmap)])),
  };
}

/** The workspace scenario files a spec names (presets are rebuilt from the bundled data, not read). */
export function scenarioFileNames(spec: BriefingSpec): string[] {
  return scenarioRefs(spec).filter((r) => !r.startsWith('preset:'));
}
