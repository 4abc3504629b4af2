// Why: an analyst (and whoever reads their file) must see exactly what was changed from the source case: every
// input that differs, old value -> new value, with units, and every product, tranche or stakeholder added or removed.
import { memo, useMemo } from 'react';
import { LEVER_DEFINITIONS, type Scenario } from '../../../../shared/scenario';
import { catalogue, fieldLabel } from './catalogue/catalogue';
import { fmtNumber } from '../../i18n/format';
import { getIn, numberAt, sourcePath, type Path } from './catalogue/paths';
import { structureDiff } from './structure/diff';
import { useT } from './useT';

const CHOICES: { path: Path; label: string }[] = [
  { path: ['timing', 'followRoadmap'], label: 'field.followRoadmap' },
  { path: ['timing', 'productionStartsIn'], label: 'field.productionStartsIn' },
  { path: ['mainProductId'], label: 'field.mainProduct' },
  { path: ['costs', 'sustaining', 'mode'], label: 'field.sustainingMode' },
  { path: ['costs', 'power', 'mode'], label: 'field.powerMode' },
  { path: ['fiscal', 'royaltyBase'], label: 'field.royaltyBase' },
  { path: ['debt', 'enabled'], label: 'field.debtEnabled' },
  { path: ['discounting', 'convention'], label: 'field.convention' },
  { path: ['risk', 'costDistribution'], label: 'field.costDistribution' },
  ...LEVER_DEFINITIONS.map((d) => ({ path: ['levers', d.id, 'enabled'] as Path, label: `leverName.${d.id}` })),
];

export interface DiffRow {
  key: string;
  label: string;
  from: string;
  to: string;
  unit: string;
}

const fmt = (v: number) => fmtNumber(v, Number.isInteger(v) ? 0 : Math.abs(v) < 10 ? 3 : 2);

export function diffScenarios(
  t: (k: string, o?: Record<string, string>) => string,
  s: Scenario,
  source: Scenario,
): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const f of catalogue(s)) {
    const sp = sourcePath(s, source, f.path);
    const a = sp ? numberAt(source, sp) : undefined;
    const b = numberAt(s, f.path);
    if (a !== undefined && b !== undefined && a !== b)
      rows.push({ key: f.path.join('.'), label: fieldLabel(t, f), from: fmt(a), to: fmt(b), unit: f.unit });
  }
  for (const r of structureDiff(t, s, source)) rows.push({ ...r, unit: '' });
  for (const c of CHOICES) {
    const a = getIn(source, c.path);
    const b = getIn(s, c.path);
    if (a !== b)
      rows.push({ key: c.path.join('.'), label: t(c.label), from: String(a ?? '—'), to: String(b ?? '—'), unit: '' });
  }
  return rows;
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
            <li key={r.key} data-testid={`diff-${r.key}`}>
              <span className="scn-diff-label">{r.label}</span>: <span className="scn-diff-old">{r.from}</span> →{' '}
              <strong>{r.to}</strong> {r.unit}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
});
