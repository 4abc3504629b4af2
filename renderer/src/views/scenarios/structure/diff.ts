// Why: the "diff vs source" list must also say when the project's structure changed: products, capex tranches and
// stakeholders added, removed or renamed, and a product's mode, price reference or price unit switched.
import type { Scenario } from '../../../../../shared/scenario';

export interface StructureRow {
  key: string;
  label: string;
  from: string;
  to: string;
}

type T = (k: string, o?: Record<string, string>) => string;

function byId<X extends { id: string }>(
  t: T,
  kind: string,
  a: X[],
  b: X[],
  name: (x: X) => string,
  fields: [string, (x: X) => string][],
  rows: StructureRow[],
) {
  for (const x of a)
    if (!b.some((y) => y.id === x.id))
      rows.push({ key: `${kind}-removed-${x.id}`, label: t(`diff.${kind}Removed`), from: name(x), to: '—' });
  for (const y of b) {
    const x = a.find((z) => z.id === y.id);
    if (!x) {
      rows.push({ key: `${kind}-added-${y.id}`, label: t(`diff.${kind}Added`), from: '—', to: name(y) });
      continue;
    }
    if (name(x) !== name(y))
      rows.push({ key: `${kind}-renamed-${y.id}`, label: t(`diff.${kind}Renamed`), from: name(x), to: name(y) });
    for (const [label, get] of fields)
      if (get(x) !== get(y))
        rows.push({
          key: `${kind}-${label}-${y.id}`,
          label: `${name(y)}: ${t(`structure.${label}`)}`,
          from: get(x),
          to: get(y),
        });
  }
}

export function structureDiff(t: T, s: Scenario, source: Scenario): StructureRow[] {
  const rows: StructureRow[] = [];
  byId(
    t,
    'product',
    source.products,
    s.products,
    (p) => p.name,
    [
      ['mode', (p) => p.mode],
      ['priceRef', (p) => p.commodityPriceId],
      ['priceUnit', (p) => p.priceUnit],
    ],
    rows,
  );
  byId(
    t,
    'tranche',
    source.costs.capexTranches,
    s.costs.capexTranches,
    (x) => x.label,
    [['phase', (x) => x.phase]],
    rows,
  );
  const a = source.fiscal.stakeholders;
  const b = s.fiscal.stakeholders;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x?.name === y?.name) continue;
    const kind = !x ? 'stakeholderAdded' : !y ? 'stakeholderRemoved' : 'stakeholderRenamed';
    rows.push({ key: `stakeholder-${i}`, label: t(`diff.${kind}`), from: x?.name ?? '—', to: y?.name ?? '—' });
  }
  return rows;
}
