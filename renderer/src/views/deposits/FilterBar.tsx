// Why: the filters a delegate uses to narrow the deposits (mineral, province, stage, group, critical flag,
// confidence grade) and a name search. Plain labelled controls, so they work from the keyboard and with
// screen readers; the values live in the URL hash, not here.
import { useTranslation } from 'react-i18next';
import type { DepositQuery, FacetOptions } from '../../../../shared/deposits/filter';
import { GROUP_ORDER, STAGE_ORDER } from '../../../../shared/deposits/labels';
import { MineralGroupSchema, StageSchema } from '../../../../shared/model/dataset';
import { ConfidenceSchema } from '../../../../shared/model/sourced';
import { useDepositLabels } from './useLabels';

interface FilterBarProps {
  query: DepositQuery;
  facets: FacetOptions;
  active: boolean;
  onChange(patch: Partial<DepositQuery>): void;
  onReset(): void;
}

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange(v: string): void;
}) {
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
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const parse = <T,>(
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    v: string,
  ): T | null => {
    const r = schema.safeParse(v);
    return r.success ? r.data : null;
  };
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
      data-testid="deposit-filters"
    >
      <label className="filter filter-search" htmlFor="filter-search">
        <span className="filter-label">{t('filters.search')}</span>
        <input
          id="filter-search"
          type="search"
          placeholder={t('filters.searchPlaceholder')}
          value={query.q}
          onChange={(e) => onChange({ q: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          data-testid="filter-search"
        />
      </label>
      <Select
        id="filter-mineral"
        label={t('filters.mineral')}
        value={query.mineral ?? ''}
        options={[['', t('filters.allMinerals')], ...facets.minerals.map((m): [string, string] => [m, L.mineral(m)])]}
        onChange={(v) => onChange({ mineral: v || null })}
      />
      <Select
        id="filter-province"
        label={t('filters.province')}
        value={query.province ?? ''}
        options={[
          ['', t('filters.allProvinces')],
          ...facets.provinces.map((p): [string, string] => [p, L.province(p)]),
        ]}
        onChange={(v) => onChange({ province: v || null })}
      />
      <Select
        id="filter-stage"
        label={t('filters.stage')}
        value={query.stage ?? ''}
        options={[['', t('filters.allStages')], ...STAGE_ORDER.map((s): [string, string] => [s, L.stage(s)])]}
        onChange={(v) => onChange({ stage: parse(StageSchema, v) })}
      />
      <Select
        id="filter-group"
        label={t('filters.group')}
        value={query.group ?? ''}
        options={[['', t('filters.allGroups')], ...GROUP_ORDER.map((g): [string, string] => [g, L.group(g)])]}
        onChange={(v) => onChange({ group: parse(MineralGroupSchema, v) })}
      />
      <Select
        id="filter-critical"
        label={t('filters.critical')}
        value={query.critical === null ? '' : query.critical ? 'yes' : 'no'}
        options={[
          ['', t('filters.criticalAny')],
          ['yes', t('filters.criticalOnly')],
          ['no', t('filters.notCritical')],
        ]}
        onChange={(v) => onChange({ critical: v === 'yes' ? true : v === 'no' ? false : null })}
      />
      <Select
        id="filter-grade"
        label={t('filters.grade')}
        value={query.grade ?? ''}
        options={[
          ['', t('filters.anyGrade')],
          ...ConfidenceSchema.options.map((g): [string, string] => [g, t(`filters.grade${g}`)]),
        ]}
        onChange={(v) => onChange({ grade: parse(ConfidenceSchema, v) })}
      />
      <button
        type="button"
        className="btn btn-secondary filter-reset"
        onClick={onReset}
        disabled={!active}
        data-testid="filter-reset"
      >
        {t('resetFilters')}
      </button>
    </form>
  );
}
