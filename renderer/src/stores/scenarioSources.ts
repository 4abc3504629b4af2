// Why: several views show scenarios by reference (presentation slides, the compare view, the briefing preview,
// the roadmap's linked scenarios). They all read the named files the same way and resolve them with the one
// resolver (shared/workspace/scenario-refs.ts) against the roadmap in force. They follow the disk through the one
// scenario listing (fileLists.ts): a file is read again when its revision in that listing changes, which covers a
// change on disk and a folder switch alike.
import { useEffect, useMemo, useState } from 'react';
import {
  isPresetRef,
  resolveScenarioRef,
  type ResolvedScenario,
  type ScenarioSource,
} from '../../../shared/workspace/scenario-refs';
import type { FileEntry } from '../../../shared/workspace/files';
import { readDocument } from '../api/documents';
import { useFileList } from './fileLists';
import { useRoadmap } from './roadmap';

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

/** Each name with its revision in the scenario listing ("-" when absent): a new stamp means new content to read. */
function stampOf(names: readonly string[], files: readonly FileEntry[]): string {
  const revisions = new Map(files.map((f) => [f.name, f.revision ?? '-']));
  return names.map((n) => `${n}@${revisions.get(n) ?? '-'}`).join('\n');
}

/**
 * The named files, read once the scenario listing arrived and again whenever one of their revisions there changes
 * (the listing follows the watcher and the folder switch). Null until the first read of these names is in.
 */
export function useScenarioSources(names: readonly string[]): ReadonlyMap<string, ScenarioSource> | null {
  const { files, loading } = useFileList('scenario');
  const key = names.join('\n');
  const stamp = loading ? null : stampOf(names, files);
  const [read, setRead] = useState<{ key: string; files: ReadonlyMap<string, ScenarioSource> } | null>(null);
  useEffect(() => {
    if (stamp === null) return;
    let live = true;
    void readScenarioSources(key.split('\n').filter(Boolean)).then(
      (sources) => live && setRead({ key, files: new Map(sources.map((f) => [f.name, f])) }),
    );
    return () => {
      live = false;
    };
  }, [key, stamp]);
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
