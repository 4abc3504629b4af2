// Why: the Briefing view shows and exports the live state; both go through one snapshot of it, so the preview
// is what the PDF will be. The preview follows the stores as they change; Export freezes the same snapshot
// (takePrintSnapshot) into the print job, so edits made while the PDF prints do not reach it.
import { useEffect, useMemo, useState } from 'react';
import type { BriefingSpec } from '../../../shared/briefing/spec';
import type { PrintSnapshotInput, ScenarioFileSnapshot } from '../../../shared/print/protocol';
import { specScenarioFiles, specScenarioRefs } from '../../../shared/workspace/scenario-refs';
import { useData } from '../stores/data';
import { useRiskScores } from '../stores/risks';
import { useRoadmap } from '../stores/roadmap';
import { readScenarioSources } from '../stores/scenarioSources';
import { useSettings } from '../stores/settings';
import { useEdition } from '../stores/edition';
import { printInputs, type PrintInputs } from './inputs';

/** Waits for a state store that is still reading its file, so a snapshot never freezes the defaults by mistake. */
async function loaded<T>(store: { getState(): { status: string; doc: T; load(): Promise<void> } }): Promise<T> {
  if (store.getState().status === 'loading') await store.getState().load();
  return store.getState().doc;
}

/** Everything the document shows, as it is right now (Export was pressed). */
export async function takePrintSnapshot(spec: BriefingSpec): Promise<PrintSnapshotInput> {
  const [roadmap, riskScores] = await Promise.all([loaded(useRoadmap), loaded(useRiskScores)]);
  const { packData } = useData.getState();
  const scenarioFiles = await readScenarioSources(specScenarioFiles(spec));
  return {
    scenarioFiles,
    roadmap,
    riskScores,
    dataPacks: packData,
    settings: useSettings.getState().settings,
    editionKey: useEdition.getState().key,
  };
}

/** The preview's inputs: the live stores, and the named scenario files re-read when the set of names changes. */
export function useLivePrintInputs(spec: BriefingSpec): { inputs: PrintInputs | null } {
  const dataPacks = useData((s) => s.packData);
  const dataReady = useData((s) => s.status === 'ready');
  const roadmap = useRoadmap((s) => s.doc);
  const roadmapReady = useRoadmap((s) => s.status !== 'loading');
  const ensureRoadmap = useRoadmap((s) => s.ensureLoaded);
  const riskScores = useRiskScores((s) => s.doc);
  const risksReady = useRiskScores((s) => s.status !== 'loading');
  const ensureRisks = useRiskScores((s) => s.ensureLoaded);
  const [scenarioFiles, setScenarioFiles] = useState<ScenarioFileSnapshot[] | null>(null);
  const namesKey = specScenarioFiles(spec).join('\n');
  // Keyed on the scenario references, not the whole spec: typing a title must not re-run every scenario model.
  const refsKey = specScenarioRefs(spec).join('\n');

  useEffect(() => {
    ensureRoadmap();
    ensureRisks();
  }, [ensureRoadmap, ensureRisks]);

  useEffect(() => {
    let live = true;
    void readScenarioSources(namesKey.split('\n').filter(Boolean)).then((list) => live && setScenarioFiles(list));
    return () => {
      live = false;
    };
  }, [namesKey]);

  const ready = dataReady && roadmapReady && risksReady && scenarioFiles !== null;
  const inputs = useMemo(
    () =>
      ready && scenarioFiles
        ? printInputs(refsKey.split('\n').filter(Boolean), { scenarioFiles, roadmap, riskScores, dataPacks })
        : null,
    [ready, refsKey, scenarioFiles, roadmap, riskScores, dataPacks],
  );
  return { inputs };
}
