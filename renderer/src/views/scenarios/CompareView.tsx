// Why: `#/scenarios/compare?ids=a,b`: two to four scenarios (presets by id, workspace files by name) evaluated the
// same way as in the editor and shown side by side.
import { useEffect, useMemo, useState } from 'react';
import { createScenarioFromPreset, evaluateScenario, presets, ScenarioSchema, type Scenario } from '../../../../shared/scenario';
import { roadmapEvaluateOptions } from '../../../../shared/roadmap/link';
import { api } from '../../api/client';
import { useRouter } from '../../app/router';
import { useRoadmap } from '../../stores/roadmap';
import { useT } from './lib/useT';
import { ScenarioComparison, type ComparedScenario } from './report';

type Loaded = { id: string; label: string; scenario: Scenario } | { id: string; error: string };

async function load(id: string): Promise<Loaded> {
  if (presets.some((p) => p.id === id)) {
    const s = createScenarioFromPreset(id);
    return { id, label: s.meta.name, scenario: s };
  }
  try {
    const res = await api('workspace:read-file', { kind: 'scenario', name: id });
    const s = ScenarioSchema.parse((res.content as { scenario: unknown }).scenario);
    return { id, label: `${s.meta.name} (${id})`, scenario: s };
  } catch (err) {
    return { id, error: (err as Error).message };
  }
}

export function CompareView() {
  const t = useT();
  const params = useRouter((s) => s.route.params);
  const navigate = useRouter((s) => s.navigate);
  const ids = useMemo(() => (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 4), [params]);
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);
  const roadmap = useRoadmap((s) => s.doc);
  const ensureRoadmap = useRoadmap((s) => s.ensureLoaded);
  useEffect(() => {
    let live = true;
    ensureRoadmap();
    setLoaded(null);
    void Promise.all(ids.map(load)).then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, [ids, ensureRoadmap]);

  const items: ComparedScenario[] = useMemo(
    () =>
      (loaded ?? []).flatMap((l) => {
        if ('error' in l) return [];
        const options = roadmapEvaluateOptions(l.scenario, roadmap);
        return [{ label: l.label, scenario: l.scenario, result: evaluateScenario(l.scenario, options), options }];
      }),
    [loaded, roadmap],
  );
  const errors = (loaded ?? []).filter((l): l is { id: string; error: string } => 'error' in l);

  return (
    <div className="scn-compare-view" data-testid="compare-view">
      <div className="view-header">
        <a href="#/scenarios" className="scn-back" onClick={(e) => { e.preventDefault(); navigate('scenarios'); }}>
          {t('editor.back')}
        </a>
        <h1 id="scenarios-title">{t('compare.title')}</h1>
        <p className="asof-note">{t('compare.intro')}</p>
      </div>
      {errors.map((e) => (
        <p key={e.id} className="scn-field-error" role="alert">{e.id}: {e.error}</p>
      ))}
      {loaded === null ? <p className="loading" role="status">{t('library.loading')}</p> : items.length < 2 ? <p className="status-note">{t('compare.needTwo')}</p> : <ScenarioComparison items={items} />}
    </div>
  );
}
