// Why: a scenario printed in a briefing must say when it is not the sourced preset case. Any scenario whose
// inputs differ from the preset it was made from is stamped "Illustrative — not a technical report"; so is a
// scenario with no preset behind it, since nothing sourced vouches for its inputs.
import { createScenarioFromPreset, presets } from '../scenario/presets';
import { ScenarioSchema, type Scenario } from '../scenario/model';

/** Everything except meta (names, dates and ids change on every save without changing the economics). */
function inputsOf(s: Scenario): string {
  const { meta: _meta, ...rest } = s;
  return stableStringify(rest);
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function isEditedScenario(s: Scenario): boolean {
  const presetId = s.meta.presetId;
  if (!presetId || !presets.some((p) => p.id === presetId)) return true;
  // Both sides go through the schema so defaults filled in on load do not count as edits.
  const parsed = ScenarioSchema.safeParse(s);
  if (!parsed.success) return true;
  return inputsOf(parsed.data) !== inputsOf(ScenarioSchema.parse(createScenarioFromPreset(presetId)));
}
