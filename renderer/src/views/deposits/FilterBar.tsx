// Why: the filters a delegate uses to narrow the deposits (mineral, province, stage, group, critical flag,
// confidence grade) and a name search. Plain labelled controls, so they work from the keyboard and with
// screen readers; the values live in the URL hash, not here.
import type { DepositQuery, FacetOptions } from '../../../../shared/deposits/filter';
import { GROUP_LABEL, GROUP_ORDER, mineralName, STAGE_LABEL, STAGE_ORDER } from '../../../../shared/deposits/labels';
import { MineralGroupSchema, StageSchema } from '../../../../shared/model/dataset';
import { ConfidenceSchema } from '../../../../shared/model/sourced';

const GRADE_SHORT = { A: 'A · primary/official', B: 'B · secondary press', C: 'C · low reliability' };

interface FilterBarProps {
  query: DepositQuery;
  facets: FacetOptions;
  active: boolean;
  onChange(patch: Partial<DepositQuery>): void;
  onReset(): void;
}

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: [string, string][]; onChange(v: string): void }) {
  return (
    <label className="filter" htmlFor={id}>
      <span className="filter-label">{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={id}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ query, facets, active, onChange, onReset }: FilterBarProps) {
  const parse = <T,>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: string): T | null => {
    const r = schema.safeParse(v);
    return r.success ? r.data : null;
  };
  return (
    <form className="filter-bar" role="search" aria-label="Filter deposits" onSubmit={(e) => e.preventDefault()} data-testid="deposit-filters">
      <label className="filter filter-search" htmlFor="filter-search">
        <span className="filter-label">Search</span>
        <input
          id="filter-search"
          type="search"
          placeholder="Name, mineral, district…"
          value={query.q}
          onChange={(e) => onChange({ q: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          data-testid="filter-search"
        />
      </label>
      <Select
        id="filter-mineral"
        label="Mineral"
        value={query.mineral ?? ''}
        options={[['', 'All minerals'], ...facets.minerals.map((m): [string, string] => [m, mineralName(m)])]}
        onChange={(v) => onChange({ mineral: v || null })}
      />
      <Select
        id="filter-province"
        label="Province"
        value={query.province ?? ''}
        options={[['', 'All provinces'], ...facets.provinces.map((p): [string, string] => [p, p])]}
        onChange={(v) => onChange({ province: v || null })}
      />
      <Select
        id="filter-stage"
        label="Stage"
        value={query.stage ?? ''}
        options={[['', 'All stages'], ...STAGE_ORDER.map((s): [string, string] => [s, STAGE_LABEL[s]])]}
        onChange={(v) => onChange({ stage: parse(StageSchema, v) })}
      />
      <Select
        id="filter-group"
        label="Group"
        value={query.group ?? ''}
        options={[['', 'All groups'], ...GROUP_ORDER.map((g): [string, string] => [g, GROUP_LABEL[g]])]}
        onChange={(v) => onChange({ group: parse(MineralGroupSchema, v) })}
      />
      <Select
        id="filter-critical"
        label="Critical mineral"
        value={query.critical === null ? '' : query.critical ? 'yes' : 'no'}
        options={[
          ['', 'Any'],
          ['yes', 'Critical only'],
          ['no', 'Not critical'],
        ]}
        onChange={(v) => onChange({ critical: v === 'yes' ? true : v === 'no' ? false : null })}
      />
      <Select
        id="filter-grade"
        label="Confidence"
        value={query.grade ?? ''}
        options={[['', 'Any grade'], ...Object.entries(GRADE_SHORT)]}
        onChange={(v) => onChange({ grade: parse(ConfidenceSchema, v) })}
      />
      <button type="button" className="btn btn-secondary filter-reset" onClick={onReset} disabled={!active} data-testid="filter-reset">
        Reset filters
      </button>
    </form>
  );
}
