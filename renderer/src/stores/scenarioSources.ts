// Why: several views show scenarios by reference (presentation slides, the compare view, the briefing preview,
// the roadmap's linked scenarios). They all read the named files the same way and resolve them with the one
// resolver (shared/workspace/scenario-refs.ts) against the roadmap in force, re-reading when a file changes on
// disk or the workspace folder is switched.
import { useEffect, useMemo, useState } from 'react';
import {
  isPresetRef,
  resolveScenarioRef,
  type ResolvedScenario,
  type ScenarioSource,
} from '../../../shared/workspace/scenario-refs';
import { onEvent } from '../api/client';
import { readDocument } from '../api/documents';
import { useRoadmap } from './roadmap';
import { onWorkspaceSwitched } from './workspace';

/** Reads workspace scenario files by name; a file that cannot be read carries its problem instead. */
export async function readScenarioSources(names: readonly string[]): Promise<ScenarioSource[]> {
  return Promise.all(
    names.map(async (name): Promise<ScenarioSource> => {
      try {
        return { name, content: (await readDocument('scenario', name)).content };
      } catch (err) {
        return { name, problem: (err as Error).message };
      }
    }),
  );
}

/** The named files, read now and again when one of them changes on disk or the folder is switched. */
export function useScenarioSources(names: readonly string[]): ReadonlyMap<string, ScenarioSource> | null {
  const key = names.join('\n');
  const [read, setRead] = useState<{ key: string; files: ReadonlyMap<string, ScenarioSource> } | null>(null);
  useEffect(() => {
    const list = key.split('\n').filter(Boolean);
    let live = true;
    const load = () =>
      void readScenarioSources(list).then(
        (files) => live && setRead({ key, files: new Map(files.map((f) => [f.name, f])) }),
      );
    load();
    const offChange = onEvent('workspace:changed', (e) => e.kind === 'scenario' && list.includes(e.name) && load());
    const offSwitch = onWorkspaceSwitched(load);
    return () => {
      live = false;
      offChange();
      offSwitch();
    };
  }, [key]);
  return read?.key === key ? read.files : null;
}

/** References (presets or file names) resolved and evaluated with the current roadmap; null while files load. */
export function useResolvedScenarios(refs: readonly string[]): ResolvedScenario[] | null {
  const roadmap = useRoadmap((s) => s.doc);
  const ensureRoadmap = useRoadmap((s) => s.ensureLoaded);
  useEffect(() => ensureRoadmap(), [ensureRoadmap]);
  const files = useScenarioSources(useMemo(() => refs.filter((r) => !isPresetRef(r)), [refs]));
  return useMemo(
    () => (files ? refs.map((ref) => resolveScenarioRef(ref, files, roadmap)) : null),
    [files, refs, roadmap],
  );
}
