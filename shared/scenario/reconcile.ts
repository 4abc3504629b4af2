// Why: a study case is only trustworthy if it is held against the study it reproduces. This puts the published
// figures (from the dataset, with their sources) beside the model's own result, states each gap and its reason, and
// says whether the case is within the stated tolerance. The UI, the tests and the exports read this one table.
import { figureById } from '../data';
import type { Scenario } from './model';
import { presets } from './presets';
import type { ScenarioResult } from './result';

/** One line of a reconciliation table. */
export interface ReconciliationRow {
  id: string;
  label: string;
  unit: string;
  /** Published value (a range as [min, max]); the dataset figure it comes from. */
  published: { value: number | [number, number]; figureId: string; sourceIds: string[]; confidence: string };
  /** Other published readings of the same quantity, shown beside the one compared. */
  otherReadings: { label: string; value: number; figureId: string }[];
  model: number;
  /** model - published: relative (%) for amounts, percentage points for rates; 0 inside a published range. */
  gap: number;
  gapUnit: '%' | 'pp';
  /** Target the case is held to, if any (e.g. within 15%), and whether it is met. */
  tolerance: number | null;
  withinTolerance: boolean | null;
  explanation: string;
}

export interface Reconciliation {
  id: string;
  title: string;
  rows: ReconciliationRow[];
}

interface RowSpec {
  id: string;
  label: string;
  unit: string;
  figureId: string;
  others?: { label: string; figureId: string }[];
  model: (s: Scenario, r: ScenarioResult) => number;
  rate?: boolean;
  tolerance?: number;
  explanation: string;
}

const npvAt = (r: ScenarioResult, pct: number) => r.npv.atRates.find((x) => x.ratePct === pct)?.afterTax ?? Number.NaN;
const trancheSum = (s: Scenario, phase: string) =>
  s.costs.capexTranches.filter((t) => t.phase === phase).reduce((a, t) => a + t.amountUsdM.value, 0) / 1000;
const payable = (r: ScenarioResult, j: number) => (r.table.payable[j]?.reduce((a, x) => a + x, 0) ?? 0) / 1e6;

const REKO_DIQ_2025: RowSpec[] = [
  {
    id: 'npv8',
    label: 'After-tax NPV at 8% (real)',
    unit: 'USD bn',
    figureId: 'reko-diq.npv8',
    tolerance: 15,
    model: (_s, r) => npvAt(r, 8) / 1000,
    explanation:
      'Opex and sustaining capex are calibrated jointly to NPV8 and free cash flow. The rest of the gap is the ' +
      "tax assumption (the study's tax terms are not public; the model charges 29% CIT on all taxable income) and " +
      "the gold price stand-in (the study's gold deck is not in the fact sheet).",
  },
  {
    id: 'irr',
    label: 'After-tax IRR',
    unit: '%',
    figureId: 'reko-diq.irr.technical-report-secondary',
    rate: true,
    tolerance: 2.5,
    others: [{ label: 'Dawn (informed sources)', figureId: 'reko-diq.irr.dawn' }],
    model: (_s, r) => (r.irr.afterTax.value ?? Number.NaN) * 100,
    explanation:
      'Not calibrated: it follows from the timing of capex (construction 2025–2027, first production 2028) ' +
      "and the early high-grade years. Dawn's 25% is a press reading without its price deck.",
  },
  {
    id: 'lom-cu',
    label: 'Life-of-mine payable copper',
    unit: 'Mt',
    figureId: 'reko-diq.lom-payable-cu',
    tolerance: 5,
    model: (_s, r) => payable(r, 0),
    explanation:
      'The grade profile is calibrated to the published output by phase and this total; its late-life grade ' +
      'is near the 0.48% reserve grade.',
  },
  {
    id: 'lom-au',
    label: 'Life-of-mine payable gold',
    unit: 'Moz',
    figureId: 'reko-diq.lom-payable-au',
    tolerance: 5,
    model: (_s, r) => payable(r, 1),
    explanation:
      'As for copper. The published totals need more gold late in the life than in early Phase 2, so the ' +
      'late-life gold grade is calibrated at the 0.28 g/t reserve grade.',
  },
  {
    id: 'lom-fcf',
    label: 'Life-of-mine free cash flow (real, after tax)',
    unit: 'USD bn',
    figureId: 'reko-diq.free-cash-flow.barrick',
    model: (_s, r) => r.totals.afterTaxFcf / 1000,
    explanation:
      'Lower than published mainly because of tax: the model pays about USD 28 bn of income tax over the ' +
      'life, and a secondary analysis [C] says the study collects far less (fiscal.reko-diq-cit, unverified).',
  },
  {
    id: 'ocf',
    label: 'Life-of-mine operating cash flow',
    unit: 'USD bn',
    figureId: 'reko-diq.operating-cash-flow',
    model: (_s, r) =>
      (r.totals.afterTaxFcf + r.totals.capexInitial + r.totals.capexSustaining + r.totals.closure) / 1000,
    explanation: 'Free cash flow plus all capex and closure. The same tax difference as free cash flow.',
  },
  {
    id: 'capex-1',
    label: 'Capex, Phase 1 (45 Mtpa)',
    unit: 'USD bn',
    figureId: 'reko-diq.capex-phase1',
    model: (s) => trancheSum(s, 'scaling'),
    explanation: "The midpoint of Barrick's range is used; the technical report gives ≈USD 5.57 bn.",
  },
  {
    id: 'capex-2',
    label: 'Capex, Phase 2 (to 90 Mtpa)',
    unit: 'USD bn',
    figureId: 'reko-diq.capex-phase2',
    model: (s) => trancheSum(s, 'impact'),
    explanation: 'As published; spent 2031–2033, depreciated from 2034.',
  },
  {
    id: 'capex-total',
    label: 'Development capex, both phases',
    unit: 'USD bn',
    figureId: 'reko-diq.capex-total',
    model: (s) => trancheSum(s, 'scaling') + trancheSum(s, 'impact'),
    explanation: 'Sum of the two phases; the published ≈USD 10 bn is rounded.',
  },
];

function publishedValue(figureId: string): ReconciliationRow['published'] | null {
  const f = figureById(figureId);
  if (!f || f.value === null || typeof f.value === 'string') return null;
  const value: number | [number, number] = typeof f.value === 'number' ? f.value : [f.value.min, f.value.max];
  return { value, figureId, sourceIds: [...f.sourceIds], confidence: f.confidence };
}

function rowOf(spec: RowSpec, s: Scenario, r: ScenarioResult): ReconciliationRow | null {
  const published = publishedValue(spec.figureId);
  if (!published) return null;
  const model = spec.model(s, r);
  const [lo, hi] = typeof published.value === 'number' ? [published.value, published.value] : published.value;
  const ref = model < lo ? lo : model > hi ? hi : model;
  const gap = spec.rate ? model - ref : ref !== 0 ? ((model - ref) / ref) * 100 : 0;
  const tolerance = spec.tolerance ?? null;
  const otherReadings = (spec.others ?? []).flatMap((o) => {
    const p = publishedValue(o.figureId);
    return p && typeof p.value === 'number' ? [{ label: o.label, value: p.value, figureId: o.figureId }] : [];
  });
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    published,
    otherReadings,
    model,
    gap,
    gapUnit: spec.rate ? 'pp' : '%',
    tolerance,
    withinTolerance: tolerance === null || !Number.isFinite(gap) ? null : Math.abs(gap) <= tolerance,
    explanation: spec.explanation,
  };
}

const SPECS: Record<string, { title: string; rows: RowSpec[] }> = {
  'reko-diq-2025-study': { title: 'Reko Diq 2025 feasibility study: published vs this model', rows: REKO_DIQ_2025 },
};

/** The reconciliation a preset names (`ScenarioPreset.reconcile`), computed on a result of that scenario. */
export function reconcile(id: string, s: Scenario, r: ScenarioResult): Reconciliation | null {
  const spec = SPECS[id];
  if (!spec) return null;
  const rows = spec.rows.flatMap((x) => rowOf(x, s, r) ?? []);
  return { id, title: spec.title, rows };
}

/** The reconciliation for a scenario made from a preset that names one (see `ScenarioPreset.reconcile`), else null. */
export function reconciliationFor(s: Scenario, r: ScenarioResult): Reconciliation | null {
  const id = presets.find((p) => p.id === s.meta.presetId)?.reconcile;
  return id ? reconcile(id, s, r) : null;
}
