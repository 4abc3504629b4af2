// Why: the roadmap is only worth editing if its consequences show. For each scenario that follows the roadmap (or the
// Reko Diq preset when none does) this shows NPV under the article's roadmap and under the edited one, live.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createScenarioFromPreset, presets, scenarioNpv, type Scenario } from '../../../../shared/scenario';
import { defaultRoadmapState } from '../../../../shared/roadmap/defaults';
import { fmtUsdM } from '../../i18n/format';
import { phasesFromRoadmap, roadmapEvaluateOptions } from '../../../../shared/roadmap/link';
import { scenarioOfRef } from '../../../../shared/workspace/scenario-refs';
import type { RoadmapState } from '../../../../shared/roadmap/state';
import { useFileList } from '../../stores/fileLists';
import { useScenarioSources } from '../../stores/scenarioSources';
import { useRoadmapText } from './useRoadmapText';

export interface LinkedScenario {
  key: string;
  scenario: Scenario;
  isPreset: boolean;
}

/** The preset that stands in when no workspace scenario follows the roadmap; set to follow it for this comparison. */
export function rekoDiqLinked(): LinkedScenario {
  const s = createScenarioFromPreset('reko-diq');
  s.timing.followRoadmap = true;
  return { key: 'preset:reko-diq', scenario: s, isPreset: true };
}

/**
 * Workspace scenarios with `timing.followRoadmap` on, from the one scenario listing (so they follow the disk and a
 * folder switch like every other list); damaged or unreadable files are skipped (the banner lists them).
 */
export function useLinkedScenarios(): { items: LinkedScenario[]; loading: boolean } {
  const listing = useFileList('scenario');
  const names = useMemo(() => listing.files.filter((f) => f.status === 'ok').map((f) => f.name), [listing.files]);
  const sources = useScenarioSources(names);
  const items = useMemo(
    () =>
      [...(sources?.values() ?? [])].flatMap((source): LinkedScenario[] => {
        const found = scenarioOfRef(source.name, source);
        return 'scenario' in found && found.scenario.timing.followRoadmap
          ? [{ key: `file:${source.name}`, scenario: found.scenario, isPreset: false }]
          : [];
      }),
    [sources],
  );
  return { items, loading: listing.loading || sources === null };
}

const yearsOf = (s: Scenario, st: RoadmapState) => {
  const p = phasesFromRoadmap(st, s.timing.startYear);
  return [p.demonstration, p.scaling, p.impact].map((x) => s.timing.startYear + x.startOffsetYears).join(' / ');
};

export function LinkedScenarios({ state }: { state: RoadmapState }) {
  const { t } = useTranslation('roadmap');
  const T = useRoadmapText();
  const { items, loading } = useLinkedScenarios();
  const base = useMemo(defaultRoadmapState, []);
  const preset = useMemo(rekoDiqLinked, []);
  const list = useMemo(() => (items.length > 0 ? items : [preset]), [items, preset]);
  const change = T.describeChange(base, state);
  const rows = useMemo(
    () =>
      list.map((l) => {
        const before = scenarioNpv(l.scenario, roadmapEvaluateOptions(l.scenario, base)).afterTax;
        const after = scenarioNpv(l.scenario, roadmapEvaluateOptions(l.scenario, state)).afterTax;
        return { l, before, after, delta: after - before };
      }),
    [list, base, state],
  );

  return (
    <section className="panel linked-scenarios" aria-labelledby="linked-title" data-testid="linked-scenarios">
      <h2 id="linked-title">{t('linked.title')}</h2>
      <p className="muted">
        {items.length > 0 ? t('linked.found') : loading ? t('linked.looking') : t('linked.none')} {t('linked.explain')}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('linked.scenario')}</th>
            <th scope="col">{t('linked.starts')}</th>
            <th scope="col" className="num">
              {t('linked.npvArticle')}
            </th>
            <th scope="col" className="num">
              {t('linked.npvYours')}
            </th>
            <th scope="col">{t('linked.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ l, before, after, delta }) => (
            <tr key={l.key} data-testid={`linked-${l.key}`}>
              <th scope="row">
                <bdi>{l.scenario.meta.name}</bdi>
                {l.isPreset && <span className="tag tag-preset">{t('linked.preset')}</span>}
                <div className="muted small">
                  {l.isPreset ? t('linked.presetOrigin') : t('linked.fileOrigin', { name: l.key.slice(5) })}
                  {l.isPreset && (
                    <>
                      {' ('}
                      <bdi>{presets.find((p) => p.id === 'reko-diq')?.description ?? ''}</bdi>)
                    </>
                  )}
                </div>
              </th>
              <td>
                <bdi dir="ltr" className="nowrap">
                  {yearsOf(l.scenario, base)}
                </bdi>{' '}
                {T.rtl ? '←' : '→'}{' '}
                <bdi dir="ltr" className="nowrap">
                  {yearsOf(l.scenario, state)}
                </bdi>
              </td>
              <td className="num" data-testid="linked-npv-default">
                <bdi>{fmtUsdM(before)}</bdi>
              </td>
              <td className="num" data-testid="linked-npv-edited">
                <bdi>{fmtUsdM(after)}</bdi>
              </td>
              <td data-testid="linked-delta" className={delta < -0.05 ? 'neg' : delta > 0.05 ? 'pos' : ''}>
                {t('linked.delta', { change })} <bdi>{fmtUsdM(delta, { signed: true })}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
