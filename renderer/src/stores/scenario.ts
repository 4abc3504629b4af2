// Why: the scenario being edited, with undo/redo (zundo) over the model only. Field errors never reach this
// store: it holds the last VALID scenario, so results always show a state the engine can evaluate and a file
// could be saved from. Which file it is, its revision and the on-disk situation live in the scenario document
// session (scenarioFiles.ts), the one mechanism every workspace editor shares.
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Scenario } from '../../../shared/scenario';

export interface ScenarioEditorState {
  /** 'file:<name>' or 'preset:<id>[:<deposit>]': which document the route points at. */
  key: string | null;
  scenario: Scenario | null;
  /** The source case (preset or the file as opened) for "diff vs source" and "Reset to source case". */
  source: Scenario | null;
  sourceLabel: string;
  /** The scenario as last loaded from or saved to disk; null for a never-saved scenario. */
  saved: Scenario | null;
  /** Bumped whenever the scenario is replaced from outside a field (undo, redo, load, reset) so fields resync. */
  epoch: number;
  /** Replace the whole document (open, reload): clears undo history. */
  load(doc: Pick<ScenarioEditorState, 'key' | 'scenario' | 'source' | 'sourceLabel' | 'saved'>): void;
  /** A validated edit from a field; `field` groups a burst of edits to one field into one undo step. */
  edit(next: Scenario, field: string): void;
  /** A structural edit (add/remove an item): always its own undo step; fields resync to the new structure. */
  restructure(next: Scenario): void;
  undo(): void;
  redo(): void;
  resetToSource(): void;
  /** Record a save to `fileName` without creating an undo step. */
  markSaved(fileName: string, saved: Scenario): void;
}

/** Edits to the same field within this window are one undo step (a slider drag, typing "120"). */
const BURST_MS = 400;
let lastField: string | null = null;
let lastAt = 0;
let pendingField: string | null = null;
let structureSeq = 0;

export const useScenarioStore = create<ScenarioEditorState>()(
  temporal(
    (set, get) => ({
      key: null,
      scenario: null,
      source: null,
      sourceLabel: '',
      saved: null,
      epoch: 0,
      load(doc) {
        const t = useScenarioStore.temporal.getState();
        t.pause();
        set({ ...doc, epoch: get().epoch + 1 });
        t.resume();
        t.clear();
        lastField = null;
      },
      edit(next, field) {
        pendingField = field;
        set({ scenario: next });
        pendingField = null;
      },
      restructure(next) {
        pendingField = `structure:${++structureSeq}`;
        set({ scenario: next, epoch: get().epoch + 1 });
        pendingField = null;
      },
      undo() {
        lastField = null;
        useScenarioStore.temporal.getState().undo();
        set({ epoch: get().epoch + 1 });
      },
      redo() {
        lastField = null;
        useScenarioStore.temporal.getState().redo();
        set({ epoch: get().epoch + 1 });
      },
      resetToSource() {
        const src = get().source;
        if (!src) return;
        lastField = null;
        pendingField = 'reset';
        set({ scenario: src, epoch: get().epoch + 1 });
        pendingField = null;
      },
      markSaved(fileName, saved) {
        const t = useScenarioStore.temporal.getState();
        t.pause();
        set({ saved, scenario: saved, key: `file:${fileName}` });
        t.resume();
      },
    }),
    {
      partialize: (s) => ({ scenario: s.scenario }),
      equality: (a, b) => a.scenario === b.scenario,
      limit: 200,
      handleSet: (handle) => (pastState, replace, currentState, delta) => {
        const now = performance.now();
        const sameBurst = pendingField !== null && pendingField === lastField && now - lastAt < BURST_MS;
        lastField = pendingField;
        lastAt = now;
        if (!sameBurst)
          (
            handle as unknown as (
              p: typeof pastState,
              r: typeof replace,
              c: typeof currentState,
              d: typeof delta,
            ) => void
          )(pastState, replace, currentState, delta);
      },
    },
  ),
);

/** JSON equality for "unsaved edits?" and "differs from source?": scenarios are plain data. */
const keyCache = new WeakMap<Scenario, string>();
/** Serialised once per scenario object (several subscribers ask on every keystroke). */
function contentKey(s: Scenario): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = JSON.stringify({ ...s, meta: { ...s.meta, updatedAt: '' } });
    keyCache.set(s, k);
  }
  return k;
}

export function sameScenario(a: Scenario | null, b: Scenario | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return contentKey(a) === contentKey(b);
}

/** Unsaved edits: against the file as saved, or (never saved) against the source case it was made from. */
export const isDirty = (s: Pick<ScenarioEditorState, 'scenario' | 'saved' | 'source'>) =>
  s.scenario !== null && !sameScenario(s.scenario, s.saved ?? s.source);
