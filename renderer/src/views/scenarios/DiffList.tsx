// Why: an analyst (and whoever reads their file) must see exactly what was changed from the source case: every
// input that differs, old value -> new value, with units, and every product, tranche or stakeholder added or removed;
// a switch shows what its control says ("Mid-year", "On"), never its stored value. The compare view lists the same rows.
import { memo, useMemo } from 'react';
import { LEVER_DEFINITIONS, type Scenario } from '../../../../shared/scenario';
import { catalogue, fieldLabel } from './catalogue/catalogue';
import { DASH, fmtQuantity } from '../../i18n/format';
import { Bidi } from '../../components/Bidi';
import { getIn, numberAt, sourcePath, type Path } from './catalogue/paths';
import { structureDiff } from './structure/diff';
import { useT } from './useT';
import './diff-list.css';

type T = (k: string, o?: Record<string, string>) => string;
/** A switch's value as the editor's control names it: "On", "Mid-year", the product's name; never the raw value. */
type Shown = (t: T, v: unknown, s: Scenario) => string;
const onOff: Shown = (t, v) => (v === undefined ? DASH : t(v === true ? 'diff.on' : 'diff.off'));
const option =
  (base: string): Shown =>
  (t, v) =>
    typeof v === 'string' ? t(`${base}.${v}`) : DASH;
const productName: Shown = (_t, v, s) => s.products.find((p) => p.id === v)?.name ?? DASH;

const CHOICES: { path: Path; label: string; show: Shown }[] = [
  { path: ['timing', 'followRoadmap'], label: 'field.followRoadmap', show: onOff },
  { path: ['timing', 'productionStartsIn'], label: 'field.productionStartsIn', show: option('option.productionStart') },
  { path: ['mainProductId'], label: 'field.mainProduct', show: productName },
  { path: ['costs', 'sustaining', 'mode'], label: 'field.sustainingMode', show: option('option.sustaining') },
  { path: ['costs', 'power', 'mode'], label: 'field.powerMode', show: option('option.power') },
  { path: ['fiscal', 'royaltyBase'], label: 'field.royaltyBase', show: option('option.royaltyBase') },
  { path: ['debt', 'enabled'], label: 'field.debtEnabled', show: onOff },
  { path: ['discounting', 'convention'], label: 'field.convention', show: option('option.convention') },
  { path: ['risk', 'costDistribution'], label: 'field.costDistribution', show: option('option.distribution') },
  ...LEVER_DEFINITIONS.map((d) => ({
    path: ['levers', d.id, 'enabled'] as Path,
    label: `leverName.${d.id}`,
    show: onOff,
  })),
];

/** One difference, both sides already formatted with their units ("USD 4.03/lb", "Mid-year"). */
export interface DiffRow {
  key: string;
  label: string;
  from: string;
  to: string;
}

/** Both sides in the one number format; more digits only where the usual ones would show the two as equal. */
function bothSides(a: number, b: number, unit: string): { from: string; to: string } {
  for (const style of [{}, 3, 4, 6]) {
    const from = fmtQuantity(a, unit, style);
    const to = fmtQuantity(b, unit, style);
    if (from !== to) return { from, to };
  }
  return { from: fmtQuantity(a, unit), to: fmtQuantity(b, unit) };
}

export function diffScenarios(t: T, s: Scenario, source: Scenario): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const f of catalogue(s)) {
    const sp = sourcePath(s, source, f.path);
    const a = sp ? numberAt(source, sp) : undefined;
    const b = numberAt(s, f.path);
    if (a !== undefined && b !== undefined && a !== b)
      rows.push({ key: f.path.join('.'), label: fieldLabel(t, f), ...bothSides(a, b, f.unit) });
  }
  rows.push(...structureDiff(t, s, source));
  for (const c of CHOICES) {
    const a = getIn(source, c.path);
    const b = getIn(s, c.path);
    if (a !== b)
      rows.push({ key: c.path.join('.'), label: t(c.label), from: c.show(t, a, source), to: c.show(t, b, s) });
  }
  return rows;
}

/** "Label: old → new", each side in its own direction run (numbers and units read right in Urdu too). */
export function DiffItem({ row }: { row: DiffRow }) {
  return (
    <li data-testid={`diff-${row.key}`}>
      <span className="scn-diff-label">{row.label}</span>:{' '}
      <span className="scn-diff-old">
        <Bidi>{row.from}</Bidi>
      </span>{' '}
      →{' '}
      <strong>
        <Bidi>{row.to}</Bidi>
      </strong>
    </li>
  );
}

export const DiffList = memo(function DiffList({
  scenario,
  source,
  sourceLabel,
}: {
  scenario: Scenario;
  source: Scenario;
  sourceLabel: string;
}) {
  const t = useT();
  const rows = useMemo(() => diffScenarios(t, scenario, source), [t, scenario, source]);
  return (
    <details className="scn-diff panel" data-testid="diff-list" open={rows.length > 0 && rows.length <= 8}>
      <summary>{t('diff.title', { count: rows.length, source: sourceLabel })}</summary>
      {rows.length === 0 ? (
        <p className="muted">{t('diff.none')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <DiffItem key={r.key} row={r} />
          ))}
        </ul>
      )}
    </details>
  );
});
