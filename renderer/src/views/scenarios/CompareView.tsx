// Why: `#/scenarios/compare?ids=a,b`: two to four scenarios (presets by id, workspace files by name) evaluated the
// same way as in the editor and shown side by side.
import { useMemo } from 'react';
import { presets } from '../../../../shared/scenario';
import { isPresetRef, presetRef } from '../../../../shared/workspace/scenario-refs';
import { useRouter } from '../../app/router';
import { useResolvedScenarios } from '../../stores/scenarioSources';
import { BackToLibrary } from './BackToLibrary';
import { useT } from './useT';
import { ScenarioComparison, type ComparedScenario } from './report';

export function CompareView() {
  const t = useT();
  const params = useRouter((s) => s.route.params);
  const ids = useMemo(() => (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 4), [params]);
  // Presets are named by bare id in the URL; everything else is a workspace file name.
  const refs = useMemo(() => ids.map((id) => (presets.some((p) => p.id === id) ? presetRef(id) : id)), [ids]);
  const loaded = useResolvedScenarios(refs);
  const items: ComparedScenario[] = useMemo(
    () =>
      (loaded ?? []).flatMap((l) =>
        l.ok
          ? [
              {
                label: isPresetRef(l.ref) ? l.label : `${l.label} (${l.ref})`,
                scenario: l.scenario,
                result: l.result,
                options: l.options,
              },
            ]
          : [],
      ),
    [loaded],
  );
  const errors = (loaded ?? []).flatMap((l) => (l.ok ? [] : [{ id: l.ref, error: l.problem }]));

  return (
    <div className="scn-compare-view" data-testid="compare-view">
      <div className="view-header">
        <BackToLibrary />
        <h1 id="scenarios-title">{t('compare.title')}</h1>
        <p className="asof-note">{t('compare.intro')}</p>
      </div>
      {errors.map((e) => (
        <p key={e.id} className="scn-field-error" role="alert">
          {e.id}: {e.error}
        </p>
      ))}
      {loaded === null ? (
        <p className="loading" role="status">
          {t('library.loading')}
        </p>
      ) : items.length < 2 ? (
        <p className="status-note">{t('compare.needTwo')}</p>
      ) : (
        <ScenarioComparison items={items} />
      )}
    </div>
  );
}
