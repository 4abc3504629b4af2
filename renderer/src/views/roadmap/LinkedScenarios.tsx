// Why: the roadmap is only worth editing if its consequences show. For each scenario that follows the roadmap (or the
// Reko Diq preset when none does) this shows NPV under the article's roadmap and under the edited one, live.
import { useEffect, useMemo, useState } from 'react';
import { createScenarioFromPreset, presets, scenarioNpv, type Scenario } from '../../../../shared/scenario';
import { defaultRoadmapState } from '../../../../shared/roadmap/defaults';
import { describeRoadmapChange, formatUsdM } from '../../../../shared/roadmap/describe';
import { applyRoadmap, phasesFromRoadmap } from '../../../../shared/roadmap/link';
import { ScenarioFileSchema } from '../../../../shared/workspace/scenario-file';
import type { RoadmapState } from '../../../../shared/workspace/state-files';
import { api, hasBridge, onEvent } from '../../api/client';

export interface LinkedScenario {
  key: string;
  scenario: Scenario;
  /** "workspace file scenarios/x.json" or "bundled preset". */
  origin: string;
  isPreset: boolean;
}

/** The preset that stands in when no workspace scenario follows the roadmap; set to follow it for this comparison. */
export function rekoDiqLinked(): LinkedScenario {
  const s = createScenarioFromPreset('reko-diq');
  s.timing.followRoadmap = true;
  return { key: 'preset:reko-diq', scenario: s, origin: 'Bundled preset, set to follow the roadmap for this comparison', isPreset: true };
}

/** Workspace scenarios with `timing.followRoadmap` on; damaged or unreadable files are skipped (the banner lists them). */
export function useLinkedScenarios(): { items: LinkedScenario[]; loading: boolean } {
  const [items, setItems] = useState<LinkedScenario[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      if (!hasBridge()) return setItems([]);
      try {
        const files = (await api('workspace:list-files', { kind: 'scenario' })).filter((f) => f.status === 'ok');
        const read = await Promise.all(
          files.map(async (f) => {
            try {
              const parsed = ScenarioFileSchema.safeParse((await api('workspace:read-file', { kind: 'scenario', name: f.name })).content);
              return parsed.success && parsed.data.scenario.timing.followRoadmap
                ? { key: `file:${f.name}`, scenario: parsed.data.scenario, origin: `Workspace file scenarios/${f.name}`, isPreset: false }
                : null;
            } catch {
              return null;
            }
          }),
        );
        if (live) setItems(read.filter((x): x is LinkedScenario => x !== null));
      } catch {
        if (live) setItems([]);
      }
    };
    void load();
    const off = onEvent('workspace:changed', (e) => e.kind === 'scenario' && void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return { items: items ?? [], loading: items === null };
}

const yearsOf = (s: Scenario, st: RoadmapState) => {
  const p = phasesFromRoadmap(st, s.timing.startYear);
  return [p.demonstration, p.scaling, p.impact].map((x) => s.timing.startYear + x.startOffsetYears).join(' / ');
};

export function LinkedScenarios({ state }: { state: RoadmapState }) {
  const { items, loading } = useLinkedScenarios();
  const base = useMemo(defaultRoadmapState, []);
  const preset = useMemo(rekoDiqLinked, []);
  const list = useMemo(() => (items.length > 0 ? items : [preset]), [items, preset]);
  const change = describeRoadmapChange(base, state);
  const rows = useMemo(
    () =>
      list.map((l) => {
        const before = scenarioNpv(applyRoadmap(l.scenario, base)).afterTax;
        const after = scenarioNpv(applyRoadmap(l.scenario, state)).afterTax;
        return { l, before, after, delta: after - before };
      }),
    [list, base, state],
  );

  return (
    <section className="panel linked-scenarios" aria-labelledby="linked-title" data-testid="linked-scenarios">
      <h2 id="linked-title">Linked scenarios</h2>
      <p className="muted">
        {items.length > 0
          ? 'Workspace scenarios that follow the roadmap.'
          : loading
            ? 'Looking for workspace scenarios that follow the roadmap…'
            : 'No workspace scenario follows the roadmap yet, so the Reko Diq preset is shown.'}{' '}
        After-tax NPV (real USD, the scenario’s own discount rate) under the article’s roadmap and under yours. The model
        counts whole years: a phase starts in the model year holding most of its first twelve months, so a quarter-year
        move may not change the numbers. Model outputs rest on the scenario’s assumptions, labelled in the Scenarios view.
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Model phase starts (default → yours)</th>
            <th scope="col" className="num">NPV, article roadmap</th>
            <th scope="col" className="num">NPV, your roadmap</th>
            <th scope="col">Effect</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ l, before, after, delta }) => (
            <tr key={l.key} data-testid={`linked-${l.key}`}>
              <th scope="row">
                {l.scenario.meta.name}
                {l.isPreset && <span className="tag tag-preset">Preset</span>}
                <div className="muted small">{l.origin}{l.isPreset ? ` (${presets.find((p) => p.id === 'reko-diq')?.description ?? ''})` : ''}</div>
              </th>
              <td>{yearsOf(l.scenario, base)} → {yearsOf(l.scenario, state)}</td>
              <td className="num" data-testid="linked-npv-default">{formatUsdM(before)}</td>
              <td className="num" data-testid="linked-npv-edited">{formatUsdM(after)}</td>
              <td data-testid="linked-delta" className={delta < -0.05 ? 'neg' : delta > 0.05 ? 'pos' : ''}>
                {change}: NPV {formatUsdM(delta, { signed: true })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
