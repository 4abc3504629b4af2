// Why: the structural edits of a scenario (add/remove/rename products, capex tranches and stakeholders, switch a
// product's mode, price unit or price reference) as pure functions, so every control builds its candidate the same
// way and the result still goes through schema validation and the undoable store. New values that do not come from
// the dataset are labelled analyst assumptions with a note.
import { priceById } from '../../../../../shared/data';
import type { CapexTranche, Input, PhaseId, PriceUnit, Product, Scenario } from '../../../../../shared/scenario';
import { PriceUnitSchema, tonnesPerPriceUnit } from '../../../../../shared/scenario';
import { priceReference } from '../../../../../shared/scenario/dataset-link';
import { slugify } from '../../../../../shared/workspace/names';

/** The dataset's commodity price deck a product can reference; anything else is a custom (assumed) price. */
export const DECK_IDS = ['copper', 'gold', 'antimony', 'ndpr-oxide', 'lithium-carbonate', 'chrome-ore'] as const;
export const CUSTOM = 'custom';
export const isDeckId = (id: string) => (DECK_IDS as readonly string[]).includes(id);
export const PRICE_UNITS = PriceUnitSchema.options;
export const PHASES: PhaseId[] = ['demonstration', 'scaling', 'impact'];

const NOTE_ADDED = 'Analyst assumption: added in the editor.';
const NOTE_CUSTOM_PRICE = 'Analyst price assumption: no dataset price reference.';
const asm = (value: number, unit: string, note = NOTE_ADDED): Input => ({ value, unit, basis: 'assumption', note });

/** Commodity label of a deck price ('Copper (LME)'), or the id. */
export const deckLabel = (id: string) => priceById(id)?.commodity ?? id;

/**
 * What a reader calls a scenario's commodity price id: the dataset's commodity name for a deck price, else the names
 * of the products priced on it (a custom price), so an internal id ('custom-sb') is never shown.
 */
export function commodityLabel(s: Scenario, id: string): string {
  const deck = priceById(id)?.commodity;
  if (deck) return deck;
  const names = s.products.filter((p) => p.commodityPriceId === id).map((p) => p.name);
  return names.length ? names.join(' / ') : id;
}

/** Options of a price-reference select: the deck, then "custom". */
export function priceRefOptions(t: (k: string) => string) {
  return [
    ...DECK_IDS.map((d) => ({ value: d, label: deckLabel(d) })),
    { value: CUSTOM, label: t('structure.customPrice') },
  ];
}

/** The deck's reference price as an Input (figure and sources attached), in the deck's own unit. */
export function deckPrice(id: string): { input: Input; unit: PriceUnit } | null {
  const f = priceReference(id);
  const unit = PriceUnitSchema.safeParse(f?.unit);
  if (!f || !unit.success) return null;
  const input: Input = {
    value: f.value,
    unit: f.unit,
    basis: f.isRange ? 'derived' : 'sourced',
    figureId: f.figureId,
    sourceIds: f.sourceIds,
  };
  if (f.isRange) input.note = 'Midpoint of the reference range.';
  return { input, unit: unit.data };
}

function uniqueId(base: string, taken: string[]): string {
  const slug = slugify(base, 'item');
  let id = slug;
  for (let n = 2; taken.includes(id); n++) id = `${slug}-${n}`;
  return id;
}

export interface NewProduct {
  name: string;
  /** A deck id, or CUSTOM. */
  priceRef: string;
  mode: Product['mode'];
  /** Custom price only. */
  customPrice?: number;
  customUnit?: PriceUnit;
}

export function buildProduct(s: Scenario, o: NewProduct): Product {
  const deck = o.priceRef === CUSTOM ? null : deckPrice(o.priceRef);
  const priceUnit = deck?.unit ?? o.customUnit ?? 'USD/t';
  const id = uniqueId(
    o.name,
    s.products.map((p) => p.id),
  );
  const price = deck?.input ?? asm(o.customPrice ?? 0, priceUnit, NOTE_CUSTOM_PRICE);
  const gradeUnit = priceUnit === 'USD/oz' ? 'g/t' : '%';
  const ore = o.mode === 'ore';
  return {
    id,
    name: o.name,
    commodityPriceId: deck ? o.priceRef : `custom-${id}`,
    mode: o.mode,
    grade: ore
      ? asm(0, gradeUnit, 'Analyst assumption: set the head grade.')
      : asm(0, gradeUnit, 'Not used in direct mode.'),
    recovery: ore
      ? asm(85, '%', 'Typical recovery (analyst assumption): enter the project’s own.')
      : asm(100, '%', 'Not used in direct mode.'),
    payability: asm(
      ore ? 95 : 100,
      '%',
      ore ? 'Typical payability (analyst assumption): enter the project’s own.' : 'Assumed fully payable.',
    ),
    directTonnesPerYear: ore
      ? asm(0, 't/yr', 'Not used in ore mode.')
      : asm(0, 't/yr', 'Analyst assumption: set the output.'),
    price,
    priceUnit,
    tcrc: { mode: 'per-unit', value: asm(0, 'USD/unit') },
    freight: asm(0, 'USD/t'),
  };
}

export function addProduct(s: Scenario, o: NewProduct): Scenario {
  return { ...s, products: [...s.products, buildProduct(s, o)] };
}

export function removeProduct(s: Scenario, index: number): Scenario {
  const gone = s.products[index];
  const products = s.products.filter((_, i) => i !== index);
  const next: Scenario = { ...s, products };
  if (gone && s.mainProductId === gone.id) {
    if (products[0]) next.mainProductId = products[0].id;
    else delete next.mainProductId;
  }
  return next;
}

const unused = (i: Input) => /^Not used in/.test(i.note ?? '');
const activate = (i: Input, what: string): Input =>
  unused(i) ? { ...i, basis: 'assumption', note: `Analyst assumption: set the ${what}.` } : i;

/** Switch ore/direct; inputs that were "not used" in the old mode become explicit assumptions to fill in. */
export function setProductMode(p: Product, mode: Product['mode']): Product {
  if (mode === p.mode) return p;
  return mode === 'ore'
    ? { ...p, mode, grade: activate(p.grade, 'head grade'), recovery: activate(p.recovery, 'recovery') }
    : { ...p, mode, directTonnesPerYear: activate(p.directTonnesPerYear, 'output') };
}

/** Change the price unit, converting the price (and a per-unit TC/RC) so the revenue is unchanged. */
export function setPriceUnit(p: Product, unit: PriceUnit): Product {
  if (unit === p.priceUnit) return p;
  const k = tonnesPerPriceUnit(unit) / tonnesPerPriceUnit(p.priceUnit);
  const round = (x: number) => Number((x * k).toPrecision(6));
  const note = `Converted from ${p.price.value} ${p.priceUnit}.`;
  const price: Input = {
    ...p.price,
    value: round(p.price.value),
    unit,
    basis: p.price.basis === 'assumption' ? 'assumption' : 'derived',
    note,
  };
  const tcrc =
    p.tcrc.mode === 'per-unit' ? { ...p.tcrc, value: { ...p.tcrc.value, value: round(p.tcrc.value.value) } } : p.tcrc;
  return { ...p, priceUnit: unit, price, tcrc };
}

/** Point the product at a deck price (value, unit, figure and source from the dataset) or at a custom assumed price. */
export function setPriceRef(p: Product, ref: string): Product {
  if (ref === CUSTOM) {
    if (!isDeckId(p.commodityPriceId)) return p;
    return { ...p, commodityPriceId: `custom-${p.id}`, price: asm(p.price.value, p.price.unit, NOTE_CUSTOM_PRICE) };
  }
  const deck = deckPrice(ref);
  if (!deck) return p;
  return { ...p, commodityPriceId: ref, price: deck.input, priceUnit: deck.unit };
}

export interface NewTranche {
  label: string;
  phase: PhaseId;
  amountUsdM: number;
  startOffsetYears: number;
  spreadYears: number;
}

export function addTranche(s: Scenario, o: NewTranche): Scenario {
  const t: CapexTranche = {
    id: uniqueId(
      `capex-${o.label}`,
      s.costs.capexTranches.map((x) => x.id),
    ),
    label: o.label,
    phase: o.phase,
    amountUsdM: asm(o.amountUsdM, 'USD m'),
    startOffsetYears: o.startOffsetYears,
    spreadYears: o.spreadYears,
  };
  return { ...s, costs: { ...s.costs, capexTranches: [...s.costs.capexTranches, t] } };
}

export function removeTranche(s: Scenario, index: number): Scenario {
  return { ...s, costs: { ...s.costs, capexTranches: s.costs.capexTranches.filter((_, i) => i !== index) } };
}

export function addStakeholder(s: Scenario, name: string, sharePct: number): Scenario {
  return { ...s, fiscal: { ...s.fiscal, stakeholders: [...s.fiscal.stakeholders, { name, sharePct }] } };
}

export function removeStakeholder(s: Scenario, index: number): Scenario {
  return { ...s, fiscal: { ...s.fiscal, stakeholders: s.fiscal.stakeholders.filter((_, i) => i !== index) } };
}
