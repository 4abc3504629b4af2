// Why: the sections that need a choice get it inline: which deposits (a Deposits-view filter), which
// profiles, which scenario (a preset or a workspace file) and which scenarios to compare. Problems show
// beside the field that has them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/briefing/spec';
import { DEFAULT_QUERY, facetOptions, hasActiveFilters, type DepositQuery } from '../../../../shared/deposits/filter';
import { paramsToQuery, queryToEntries } from '../../../../shared/deposits/url';
import { useData } from '../../stores/data';
import { FilterBar } from '../deposits/FilterBar';
import type { KeyedSection } from './builderStore';

export interface ScenarioChoice {
  ref: string;
  label: string;
  problem?: string;
}

interface Props {
  item: KeyedSection;
  index: number;
  errors: Record<string, string>;
  scenarioChoices: ScenarioChoice[];
  onUpdate(key: string, section: Section): void;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {message}
    </p>
  );
}

export function SectionOptions({ item, index, errors, scenarioChoices, onUpdate }: Props) {
  const { t } = useTranslation('briefing');
  const id = useId();
  const deposits = useData((s) => s.deposits);
  const s = item.section;
  const err = (field: string) => errors[`sections.${index}.${field}`];
  if (!s.enabled) return null;

  switch (s.type) {
    case 'deposits': {
      // The same controls as the Deposits view (its FilterBar); the section stores their query string.
      const query = paramsToQuery(new URLSearchParams(s.filter));
      const setQuery = (q: DepositQuery) =>
        onUpdate(item.key, { ...s, filter: new URLSearchParams(queryToEntries(q)).toString() });
      return (
        <div className="section-options" data-testid="deposits-filter">
          <p className="hint">{t('options.filterHint')}</p>
          <FilterBar
            query={query}
            facets={facetOptions(deposits)}
            active={hasActiveFilters(query)}
            onChange={(patch) => setQuery({ ...query, ...patch })}
            onReset={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort, desc: query.desc })}
          />
          <FieldError id={`${id}-fe`} message={err('filter')} />
        </div>
      );
    }
    case 'profiles':
      return (
        <fieldset className="section-options" aria-describedby={err('depositIds') ? `${id}-pe` : undefined}>
          <legend>{t('options.profiles')}</legend>
          <div className="check-grid" data-testid="profile-choices">
            {deposits.map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  checked={s.depositIds.includes(d.id)}
                  value={d.id}
                  onChange={(e) =>
                    onUpdate(item.key, {
                      ...s,
                      depositIds: e.target.checked ? [...s.depositIds, d.id] : s.depositIds.filter((x) => x !== d.id),
                    })
                  }
                />{' '}
                {d.name}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-pe`} message={err('depositIds')} />
        </fieldset>
      );
    case 'scenario':
      return (
        <div className="section-options">
          <label htmlFor={`${id}-s`}>{t('options.scenario')}</label>
          <select
            id={`${id}-s`}
            value={s.source}
            onChange={(e) => onUpdate(item.key, { ...s, source: e.target.value })}
            data-testid="scenario-source"
          >
            {!scenarioChoices.some((c) => c.ref === s.source) && <option value={s.source}>{s.source}</option>}
            {scenarioChoices.map((c) => (
              <option key={c.ref} value={c.ref} disabled={Boolean(c.problem)}>
                {c.label}
                {c.problem ? ` — ${t('options.damaged')}` : ''}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-se`} message={err('source')} />
        </div>
      );
    case 'comparison':
      return (
        <fieldset className="section-options">
          <legend>{t('options.compare')}</legend>
          <div className="check-grid" data-testid="comparison-choices">
            {scenarioChoices.map((c) => (
              <label key={c.ref}>
                <input
                  type="checkbox"
                  value={c.ref}
                  disabled={Boolean(c.problem)}
                  checked={s.sources.includes(c.ref)}
                  onChange={(e) =>
                    onUpdate(item.key, {
                      ...s,
                      sources: e.target.checked ? [...s.sources, c.ref] : s.sources.filter((x) => x !== c.ref),
                    })
                  }
                />{' '}
                {c.label}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-ce`} message={err('sources')} />
        </fieldset>
      );
    default:
      return null;
  }
}
