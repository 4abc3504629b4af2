// Why: a print document is a pure function of the spec and its inputs: deposits (bundled + data packs),
// the roadmap timing and risk scores the user saved, and each scenario the spec names. The print route gets
// scenario files from its job (a snapshot taken when export began); the live preview reads the workspace.
import { useEffect, useMemo, useState } from 'react';
import { isEditedScenario } from '../../../shared/briefing/scenario-stamp';
import type { BriefingSpec } from '../../../shared/briefing/spec';
import type { Deposit } from '../../../shared/model/dataset';
import { roadmapEvaluateOptions } from '../../../shared/roadmap/link';
import { createScenarioFromPreset, evaluateScenario, presets, type EvaluateOptions, type Scenario, type ScenarioResult } from '../../../shared/scenario';
import { ScenarioFileSchema } from '../../../shared/workspace/scenario-file';
import type { RiskScores, RoadmapState } from '../../../shared/workspace/state-files';
import { describeIssues } from '../../../shared/ipc/errors';
import { api } from '../api/client';
import { useData } from '../stores/data';
import { useRiskScores } from '../stores/risks';
import { useRoadmap } from '../stores/roadmap';

export interface ScenarioFileSnapshot {
  name: string;
  content?: unknown;
  problem?: string;
}

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
  const options = scenario.timing.followRoadmap ? roadmapEvaluateOptions(scenario, roadmap) : {};
  return { ref, ok: true, label: scenario.meta.name, scenario, preset, edited: isEditedScenario(scenario), result: evaluateScenario(scenario, options), options };
}

/**
 * Gathers everything the document needs. `files` given (print route): use that snapshot. Omitted (preview):
 * read the named scenario files from the workspace. `ready` is false until every input has arrived.
 */
export function usePrintInputs(spec: BriefingSpec | null, files?: readonly ScenarioFileSnapshot[]): { ready: boolean; inputs: PrintInputs | null } {
  const deposits = useData((s) => s.deposits);
  const dataReady = useData((s) => s.status === 'ready');
  const roadmap = useRoadmap((s) => s.doc);
  const roadmapReady = useRoadmap((s) => s.status !== 'loading');
  const ensureRoadmap = useRoadmap((s) => s.ensureLoaded);
  const riskScores = useRiskScores((s) => s.doc);
  const risksReady = useRiskScores((s) => s.status !== 'loading');
  const ensureRisks = useRiskScores((s) => s.ensureLoaded);
  const [read, setRead] = useState<Map<string, ScenarioFileSnapshot> | null>(null);
  const fileNames = useMemo(() => (spec ? scenarioRefs(spec).filter((r) => !r.startsWith('preset:')) : []), [spec]);
  const namesKey = fileNames.join('\n');

  useEffect(() => {
    ensureRoadmap();
    ensureRisks();
  }, [ensureRoadmap, ensureRisks]);

  useEffect(() => {
    if (files) return setRead(new Map(files.map((f) => [f.name, f])));
    let live = true;
    void Promise.all(
      fileNames.map(async (name): Promise<ScenarioFileSnapshot> => {
        try {
          return { name, content: (await api('workspace:read-file', { kind: 'scenario', name })).content };
        } catch (err) {
          return { name, problem: (err as Error).message };
        }
      }),
    ).then((list) => live && setRead(new Map(list.map((f) => [f.name, f]))));
    return () => {
      live = false;
    };
    // namesKey stands for fileNames: re-read only when the set of files changes.
  }, [files, namesKey]);

  const ready = Boolean(spec) && dataReady && roadmapReady && risksReady && read !== null;
  // Keyed on the scenario references, not the whole spec: typing a title must not re-run every scenario model.
  const refsKey = spec ? scenarioRefs(spec).join('\n') : '';
  const scenarios = useMemo(
    () => (read ? new Map(refsKey.split('\n').filter(Boolean).map((ref) => [ref, resolveScenario(ref, read, roadmap)])) : null),
    [refsKey, read, roadmap],
  );
  const inputs = useMemo(
    () => (ready && scenarios ? { deposits, roadmap, riskScores, scenarios } : null),
    [ready, scenarios, deposits, roadmap, riskScores],
  );
  return { ready: inputs !== null, inputs };
}
