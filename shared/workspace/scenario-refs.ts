// Why: a scenario is referred to in one of two ways (a bundled preset, "preset:<id>", or a workspace scenario
// file by name) by briefings, the print route, presentation slides, the compare view and the roadmap's linked
// scenarios. This is the one place that says which scenarios a briefing needs and that turns a reference plus
// the file it names into an evaluated scenario, following the roadmap where the scenario says so.
import { isEditedScenario } from '../briefing/scenario-stamp';
import type { BriefingSpec } from '../briefing/spec';
import { roadmapEvaluateOptions } from '../roadmap/link';
import type { RoadmapState } from '../roadmap/state';
import {
  createScenarioFromPreset,
  evaluateScenario,
  presets,
  type EvaluateOptions,
  type Scenario,
  type ScenarioResult,
} from '../scenario';
import type { ScenarioFile } from './scenario-file';

export const PRESET_PREFIX = 'preset:';

export const isPresetRef = (ref: string): boolean => ref.startsWith(PRESET_PREFIX);
export const presetRef = (id: string): string => `${PRESET_PREFIX}${id}`;

/** A scenario file as read (or frozen in a print job): its validated content, or why it could not be read. */
export interface ScenarioSource {
  name: string;
  content?: ScenarioFile;
  problem?: string;
}

export type ResolvedScenario =
  | {
      ref: string;
      ok: true;
      label: string;
      scenario: Scenario;
      preset: Scenario | null;
      edited: boolean;
      result: ScenarioResult;
      options: EvaluateOptions;
    }
  | { ref: string; ok: false; label: string; problem: string };

/** Every scenario reference a briefing's enabled sections use, once each, in order. */
export function specScenarioRefs(spec: BriefingSpec): string[] {
  const refs = spec.sections.flatMap((s) =>
    !s.enabled ? [] : s.type === 'scenario' ? [s.source] : s.type === 'comparison' ? s.sources : [],
  );
  // The talk's scenario slide is printed from the same snapshot when the slides are exported.
  return [...new Set([...refs, ...(spec.talk.scenario ? [spec.talk.scenario] : [])])];
}

/** The workspace scenario files a briefing needs (presets are rebuilt from the bundled data, not read). */
export function specScenarioFiles(spec: BriefingSpec): string[] {
  return specScenarioRefs(spec).filter((r) => !isPresetRef(r));
}

/** How a scenario is evaluated everywhere: the roadmap's timing is offered; the engine applies it if the scenario follows it. */
export function evaluateWithRoadmap(
  scenario: Scenario,
  roadmap: RoadmapState,
): { result: ScenarioResult; options: EvaluateOptions } {
  const options = roadmapEvaluateOptions(scenario, roadmap);
  return { result: evaluateScenario(scenario, options), options };
}

/** The scenario a reference stands for, or why it cannot be shown. `source` is the named file, when it is one. */
export function scenarioOfRef(
  ref: string,
  source: ScenarioSource | undefined,
): { scenario: Scenario } | { problem: string } {
  if (isPresetRef(ref)) {
    const id = ref.slice(PRESET_PREFIX.length);
    if (!presets.some((p) => p.id === id))
      return { problem: `There is no scenario preset "${id}" in this version of the app.` };
    return { scenario: createScenarioFromPreset(id) };
  }
  if (!source || source.problem || source.content === undefined)
    return { problem: source?.problem ?? `${ref} could not be read.` };
  // Typed on arrival: main validated the file, and a print job's snapshot is validated at the contract.
  return { scenario: source.content.scenario };
}

/** Resolves and evaluates one reference against the files read (by name) and the roadmap in force. */
export function resolveScenarioRef(
  ref: string,
  files: ReadonlyMap<string, ScenarioSource>,
  roadmap: RoadmapState,
): ResolvedScenario {
  const found = scenarioOfRef(ref, files.get(ref));
  if ('problem' in found) return { ref, ok: false, label: ref, problem: found.problem };
  const { scenario } = found;
  const presetId = scenario.meta.presetId;
  const preset = presetId && presets.some((p) => p.id === presetId) ? createScenarioFromPreset(presetId) : null;
  return {
    ref,
    ok: true,
    label: scenario.meta.name,
    scenario,
    preset,
    edited: isEditedScenario(scenario),
    ...evaluateWithRoadmap(scenario, roadmap),
  };
}
